import type { Intent } from "@/lib/policy/schema";
import { type ParsedAddress, parseAddress } from "./address";
import { type Entities, extractEntities } from "@/lib/signals/entities";
import { redactPii } from "@/lib/signals/pii";
import {
  ASKS_WHETHER,
  CONFIRM_FILLER,
  GENERAL_QUESTION,
  KIND_CUES,
  NO,
  ORIGINAL_PAYMENT,
  OWN_OBJECT,
  PROBLEMS,
  RETURN_CUE,
  STORE_CREDIT,
  YES,
} from "./request-cues";

/**
 * What the customer asks for, as a typed value: the half of understanding that comes after screening and triage.
 * Both engines fill this type (the model through structured output, the local engine through the parsers here);
 * nothing in it authorizes anything. An action request names the tool it would take, the order and items in the
 * customer's words, and what is still missing; the tools decide, after the customer has confirmed.
 */
export type ActionKind =
  | "cancel"
  | "change_address"
  | "update_default_address"
  | "change_items"
  | "return"
  | "refund"
  | "goodwill"
  | "resend";

export type Problem = "damaged" | "defective" | "missing" | "wrong_item";
export type RefundMethod = "original_payment" | "store_credit";

export type RequestedItem = {
  /** The customer's words for the item, or the order line it was resolved to. */
  text: string;
  /** The order line's SKU once resolved against the order; null until then. */
  sku: string | null;
  quantity: number | null;
  /** Variant options asked for (exchanges and item changes), e.g. { size: "11" }. */
  wanted?: Record<string, string>;
};

export type ActionRequest = {
  kind: "action";
  action: ActionKind;
  /** The order it is about, as written or from the conversation; null when nobody said. */
  orderNumber: string | null;
  items: RequestedItem[];
  /** The words of the message that make up this request (for item and variant matching). */
  clause: string;
  address?: ParsedAddress;
  reason?: string;
  problem?: Problem;
  refundMethod?: RefundMethod;
  /** Goodwill credit asked for, in cents (checked by the tool against its cap). */
  amountCents?: number;
  /**
   * For item changes, the verb the customer used: an exchange (of something delivered) or a change to an order that
   * has not shipped. Null when the words do not say ("a bigger size"): the order's state decides.
   */
  changeKind?: "exchange" | "modify" | null;
  confidence: number;
};

export type CustomerRequest =
  | { kind: "question"; confidence: number }
  | ActionRequest
  | { kind: "confirm"; answer: "yes" | "no"; confidence: number }
  | { kind: "chitchat"; confidence: number };

export type RequestContext = {
  intent: Intent;
  entities: Entities;
  /** A proposal is waiting for the customer's yes or no. */
  pendingProposal: boolean;
  /** The order the conversation is about, from earlier turns. */
  contextOrderNumber: string | null;
};

/** A question about how things work in general ("what is your bereavement policy?"), not about an order's state. */
export function isGeneralQuestion(text: string): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => ASKS_WHETHER.test(sentence) || GENERAL_QUESTION.test(sentence));
}

export function parseRequests(text: string, context: RequestContext): CustomerRequest[] {
  const trimmed = text.trim();
  if (context.pendingProposal) {
    const answer = confirmation(trimmed);
    if (answer) return [{ kind: "confirm", answer, confidence: 0.95 }];
  }
  const actions = actionRequests(trimmed, context);
  if (actions.length > 0) return actions;
  if (/\?\s*$|^(?:how|what|when|where|why|which|who|can|could|do|does|is|are|will|would|should)\b/i.test(trimmed))
    return [{ kind: "question", confidence: 0.7 }];
  if (context.intent === "feedback" || context.intent === "other") return [{ kind: "chitchat", confidence: 0.6 }];
  return [{ kind: "question", confidence: 0.5 }];
}

/** "Yes, please go ahead." / "no thanks": a short answer, with nothing else asked in it. */
export function confirmation(text: string): "yes" | "no" | null {
  const lowered = text
    .toLowerCase()
    .replace(/[!.,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const rest = lowered
    .replace(CONFIRM_FILLER, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  // A long answer is a new request or a question, not a yes ("yes but change the size to 11").
  if (rest.split(/\s+/).filter(Boolean).length > 3) return null;
  if (/\b(?:but|except|instead|change|different|only|just the|not the)\b/.test(lowered)) return null;
  if (NO.test(lowered)) return "no";
  if (YES.test(lowered)) return "yes";
  return null;
}

function actionRequests(text: string, context: RequestContext): ActionRequest[] {
  const requests: ActionRequest[] = [];
  // Sentences before the first request ("These boots are too small.") describe it: they join its clause.
  let lead = "";
  for (const clause of clauses(text)) {
    const kind = actionKind(clause, context);
    const current = requests.at(-1);
    // "I'd like to return the boots. Please refund it to my original payment method." is one request.
    if (!kind || (current && mergesInto(current.action, kind, clause))) {
      if (current) {
        current.clause = `${current.clause} ${clause}`;
        enrich(current, clause);
      } else lead = `${lead} ${clause}`.trim();
      continue;
    }
    const request: ActionRequest = {
      kind: "action",
      action: kind,
      orderNumber: orderIn(clause) ?? null,
      items: [],
      clause: lead ? `${lead} ${clause}` : clause,
      confidence: 0.85,
      ...(kind === "change_items" ? { changeKind: changeKindOf(text) } : {}),
    };
    enrich(request, clause);
    if (lead) enrich(request, lead);
    lead = "";
    requests.push(request);
  }
  // An order number written anywhere in the message applies to requests that named none.
  const messageOrder = context.entities.orderNumbers[0] ?? context.contextOrderNumber;
  for (const request of requests) request.orderNumber ??= messageOrder;
  // A general question about a policy is answered from the articles, not turned into an action.
  if (
    !context.entities.orderNumbers.length &&
    GENERAL_QUESTION.test(text) &&
    !/\b(?:my|these|this|it|them)\b/i.test(text)
  )
    return [];
  return requests;
}

function actionKind(clause: string, context: RequestContext): ActionKind | null {
  const namesOrder = /\b(?:NW[\s-]?)?\d{6,8}\b/i.test(clause);
  if (ASKS_WHETHER.test(clause) && !namesOrder) return null;
  // "Can I cancel an order that has already shipped?": a question about orders in general, answered from policy.
  if (/\?\s*$/.test(clause) && !namesOrder && !/\b(?:my|mine|our|these|this|those|it|them|the)\b/i.test(clause))
    return null;
  for (const [kind, cue] of KIND_CUES) {
    if (!cue.test(clause)) continue;
    if (
      kind === "change_address" &&
      !parseAddress(clause) &&
      !/\b(?:change|update|correct|fix|wrong)\b[^.?!]{0,40}\baddress\b/i.test(clause)
    )
      continue;
    if (kind === "update_default_address" && !/\b(?:change|update|set|correct|fix|new)\b/i.test(clause)) continue;
    if ((kind === "return" || kind === "refund" || kind === "change_items") && !OWN_OBJECT.test(clause)) continue;
    if (kind === "goodwill" && context.intent === "billing") continue;
    // "I want to return them and get a refund": the refund follows the return, unless something went wrong.
    if (kind === "refund" && RETURN_CUE.test(clause) && !PROBLEMS.some(([, problem]) => problem.test(clause)))
      return "return";
    return kind;
  }
  return null;
}

function changeKindOf(text: string): "exchange" | "modify" | null {
  if (/\b(?:exchange\w*|umtausch\w*|échanger|echanger)\b/i.test(text)) return "exchange";
  if (
    /\b(?:modify|modif\w*|change|update|switch)\b[^.?!]{0,160}\b(?:to|for|into) (?:the|a|an)\b|\b(?:pending|hasn'?t shipped|not shipped|before it ships)\b/i.test(
      text,
    )
  )
    return "modify";
  return null;
}

/** Which later clause adds detail to the request before it rather than starting another. */
function mergesInto(current: ActionKind, next: ActionKind, clause: string): boolean {
  if (current === next) return true;
  // "…return the boots. Refund it to my card." — the refund is how the return pays out.
  if (
    (current === "return" || current === "change_items") &&
    next === "refund" &&
    !PROBLEMS.some(([, p]) => p.test(clause))
  )
    return true;
  if (current === "refund" && next === "return") return true;
  return false;
}

/** Details a clause adds to its request: an address, what went wrong, where the money goes, the reason, an amount. */
function enrich(request: ActionRequest, clause: string): void {
  const address = parseAddress(clause);
  if (address && !request.address) request.address = address;
  const problem = PROBLEMS.find(([, pattern]) => pattern.test(clause))?.[0];
  if (problem && !request.problem) request.problem = problem;
  if (STORE_CREDIT.test(clause) && request.action !== "goodwill") request.refundMethod = "store_credit";
  else if (ORIGINAL_PAYMENT.test(clause)) request.refundMethod = "original_payment";
  request.reason ??= summarizeReason(clause);
  // A credit amount the customer asks for is a request for the tool to check against its cap, never a decision.
  if (request.action === "goodwill" && request.amountCents === undefined) {
    const amount = extractEntities(clause).amounts[0];
    if (amount) request.amountCents = amount.cents;
  }
}

/** Sentences, and "…, and also …" joins, each a candidate request. Item lists ("A, B and C") stay together. */
function clauses(text: string): string[] {
  return text
    .split(
      /(?<=[.!?;])\s+|\n+|\b(?:and also|and then|also,?|plus,?)\s+(?=(?:please |can you |could you |i'?d like to |i want to |i need to )?(?:cancel|return|exchange|change|update|refund|send|swap))/i,
    )
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function orderIn(clause: string): string | undefined {
  const match = /\b(?:NW[\s-]?(\d{5,8}))\b|#\s?(\d{6,8})\b/i.exec(clause);
  const digits = match?.[1] ?? match?.[2];
  return digits ? `NW-${digits}` : undefined;
}

/** A short reason for the audit trail, in the customer's words (first sentence, bounded, PII redacted). */
export function summarizeReason(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  const trimmed = redactPii(first).replace(/\s+/g, " ").trim().slice(0, 200);
  return trimmed.length >= 3 ? trimmed : "customer request";
}
