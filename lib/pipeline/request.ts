import type { Intent } from "@/lib/policy/schema";
import { type ParsedAddress, parseAddress } from "./address";
import { type Entities, extractEntities } from "@/lib/signals/entities";
import { redactPii } from "@/lib/signals/pii";

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

const YES =
  /^(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|confirm(?:ed)?|correct|right|go ahead|do it|please do|proceed|that'?s (?:right|correct|fine)|sounds good|perfect|great|s[ií]|claro|vale|de acuerdo|oui|d'accord|ja|jawohl|genau|gerne|einverstanden)(?![\p{L}\p{N}])/iu;
const NO =
  /^(?:n|no|nope|nah|don'?t|do not|stop|wait|hold on|never ?mind|cancel (?:that|it)|not (?:now|yet|that)|no,? thanks?|non|nein|nicht)(?![\p{L}\p{N}])/iu;
const CONFIRM_FILLER = /\b(please|thanks?|thank you|go|ahead|do|it|that|yes|yeah|ok|okay|sure|confirm|proceed|fine|is|right|correct|sounds|good|great|perfect|the|all|of|them|both|por favor|gracias|merci|danke|bitte|s'il vous plaît|vas-y|mach|das|es)\b/gi;

// Cues for each kind of action, in English, Spanish, French and German. Order matters: the first kind found in a
// clause names it, so the more specific kinds come first.
const KIND_CUES: Array<[ActionKind, RegExp]> = [
  ["resend", /\b(?:re-?send|send (?:it|that|this|me)? ?(?:again|over)|(?:didn'?t|did not|never|haven'?t|have not) (?:get|got|gotten|receive|received)[^.?!]{0,30}\b(?:confirmation|receipt|email))\b/i],
  ["update_default_address", /\b(?:default|saved|profile|account|billing|home) address\b|\baddress (?:on|in) (?:my )?(?:file|account|profile)\b/i],
  ["change_address", /\b(?:address|ship (?:it|them|this|my order) to|send (?:it|them|this|my order) to|deliver (?:it|them|this|my order) to|direcci[oó]n|adresse|lieferadresse)\b/i],
  ["cancel", /\b(?:cancel\w*|call off|annul\w*|storn\w*|anular|cancelar|annuler)\b/i],
  [
    "change_items",
    /\b(?:exchange\w*|swap\w*|umtausch\w*|tauschen|échanger|echanger|cambiar (?:por|a)|(?:bigger|smaller|larger|different|another|other) (?:size|colou?r|one)|size (?:up|down)|(?:change|switch|modify|update)\b[^.?!]{0,60}\b(?:size|colou?r|items?|variant|option|version|model)|(?:change|switch|modify|update)\b[^.?!]{0,160}\b(?:to|for|into|with) (?:the|a|an)\b[^.?!]{0,80}\bones?|instead of the|(?:get|have|want|prefer|send me)\b[^.?!]{0,60}\binstead)\b/i,
  ],
  ["refund", /\b(?:refund\w*|money back|reimburse\w*|reembols\w*|rembours\w*|erstatt\w*|r[uü]ckerstatt\w*)\b/i],
  ["return", /\b(?:return\w*|(?:send|ship|give|post|mail) (?:it |them |this |these |those |the \w+ )?back|devolver|devoluci[oó]n|retourner|retour|zur[uü]ck(?:senden|schicken|geben)|r[uü]cksendung)\b/i],
  ["goodwill", /\b(?:goodwill|store credit|compensat\w*|make up for|for the (?:trouble|inconvenience|hassle)|voucher|credit(?! card)s?)\b/i],
];

const RETURN_CUE = KIND_CUES.find(([kind]) => kind === "return")![1];

const PROBLEMS: Array<[Problem, RegExp]> = [
  ["wrong_item", /\b(?:wrong (?:item|product|size|colou?r|one|thing)|not what i ordered|sent (?:me )?the wrong|different (?:item|product) than)\b/i],
  ["missing", /\b(?:missing|never (?:arrived|came|got it)|not in the (?:box|package|parcel)|didn'?t (?:arrive|come)|was(?:n'?t| not) (?:in|included))\b/i],
  ["damaged", /\b(?:damaged|broken|broke|snapped|bent|smashed|crushed|cracked|torn|ripped|dented|shattered|arrived broken|besch[aä]digt|da[ñn]ado|endommag[ée])\b/i],
  ["defective", /\b(?:defective|faulty|leak(?:s|ing|ed)?|doesn'?t work|does not work|stopped working|won'?t (?:turn on|work|charge)|malfunction\w*|defekt|defectuos[oa]|d[ée]fectueu[xs]e?|coming (?:off|apart)|fell apart)\b/i],
];

// A question about how something works in general, rather than a request about the customer's own order.
const GENERAL_QUESTION =
  /^(?:how|what|when|which|do you|does|is there|are there|can you tell me|cómo|qué|comment|quel|wie|was|welche)\b[^?]*\b(?:policy|policies|rules?|work|take|long|cost|windows?|options?|allowed|usually|normally|in general)\b|\b(?:return|refund|exchange|cancellation|shipping) (?:policy|window|rules|process)\b/i;
// "Do you offer a bereavement refund?", "Is there a fee for exchanges?": asking whether something exists.
const ASKS_WHETHER = /^(?:do|does) (?:you|your|northwind|the store)\b|^(?:is|are) there\b|^(?:what|how|which|when) (?:is|are|does|do) (?:the|your)\b/i;
const OWN_OBJECT = /\b(?:my|mine|these|those|this|the|it|them|our|order|nw[\s-]?\d)/i;

const STORE_CREDIT = /\b(?:store credit|gift ?card|as credit|in credit|account credit)\b/i;
const ORIGINAL_PAYMENT = /\b(?:original (?:payment|method|card)|(?:my|the same) (?:card|credit card|debit card|visa|mastercard|amex|paypal|payment method)|back to (?:my|the) (?:card|paypal|account)|paypal)\b/i;

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
  if (/\?\s*$|^(?:how|what|when|where|why|which|who|can|could|do|does|is|are|will|would|should)\b/i.test(trimmed)) return [{ kind: "question", confidence: 0.7 }];
  if (context.intent === "feedback" || context.intent === "other") return [{ kind: "chitchat", confidence: 0.6 }];
  return [{ kind: "question", confidence: 0.5 }];
}

/** "Yes, please go ahead." / "no thanks": a short answer, with nothing else asked in it. */
export function confirmation(text: string): "yes" | "no" | null {
  const lowered = text.toLowerCase().replace(/[!.,]+/g, " ").replace(/\s+/g, " ").trim();
  const rest = lowered.replace(CONFIRM_FILLER, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
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
  if (!context.entities.orderNumbers.length && GENERAL_QUESTION.test(text) && !/\b(?:my|these|this|it|them)\b/i.test(text)) return [];
  return requests;
}

function actionKind(clause: string, context: RequestContext): ActionKind | null {
  const namesOrder = /\b(?:NW[\s-]?)?\d{6,8}\b/i.test(clause);
  if (ASKS_WHETHER.test(clause) && !namesOrder) return null;
  // "Can I cancel an order that has already shipped?": a question about orders in general, answered from policy.
  if (/\?\s*$/.test(clause) && !namesOrder && !/\b(?:my|mine|our|these|this|those|it|them|the)\b/i.test(clause)) return null;
  for (const [kind, cue] of KIND_CUES) {
    if (!cue.test(clause)) continue;
    if (kind === "change_address" && !parseAddress(clause) && !/\b(?:change|update|correct|fix|wrong)\b[^.?!]{0,40}\baddress\b/i.test(clause)) continue;
    if (kind === "update_default_address" && !/\b(?:change|update|set|correct|fix|new)\b/i.test(clause)) continue;
    if ((kind === "return" || kind === "refund" || kind === "change_items") && !OWN_OBJECT.test(clause)) continue;
    if (kind === "goodwill" && context.intent === "billing") continue;
    // "I want to return them and get a refund": the refund follows the return, unless something went wrong.
    if (kind === "refund" && RETURN_CUE.test(clause) && !PROBLEMS.some(([, problem]) => problem.test(clause))) return "return";
    return kind;
  }
  return null;
}

function changeKindOf(text: string): "exchange" | "modify" | null {
  if (/\b(?:exchange\w*|umtausch\w*|échanger|echanger)\b/i.test(text)) return "exchange";
  if (/\b(?:modify|modif\w*|change|update|switch)\b[^.?!]{0,160}\b(?:to|for|into) (?:the|a|an)\b|\b(?:pending|hasn'?t shipped|not shipped|before it ships)\b/i.test(text)) return "modify";
  return null;
}

/** Which later clause adds detail to the request before it rather than starting another. */
function mergesInto(current: ActionKind, next: ActionKind, clause: string): boolean {
  if (current === next) return true;
  // "…return the boots. Refund it to my card." — the refund is how the return pays out.
  if ((current === "return" || current === "change_items") && next === "refund" && !PROBLEMS.some(([, p]) => p.test(clause))) return true;
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
    .split(/(?<=[.!?;])\s+|\n+|\b(?:and also|and then|also,?|plus,?)\s+(?=(?:please |can you |could you |i'?d like to |i want to |i need to )?(?:cancel|return|exchange|change|update|refund|send|swap))/i)
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
