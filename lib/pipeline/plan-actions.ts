import type { ToolName } from "@/lib/tools/authorize";
import type { Intent } from "@/lib/policy/schema";
import type { Entities } from "./entities";
import { redactPii } from "./pii";

/**
 * The local engine's tool use: which tools a turn calls, decided from the triaged intent and the entities in the
 * customer's words, never from anything that looks like an instruction. It only proposes calls; every tool checks
 * identity, ownership, state, window, cap and idempotency itself, exactly as for a model's calls.
 */
export type PlannedCall = { tool: ToolName; input: Record<string, unknown> };

export type PlanInput = {
  intent: Intent;
  /** The intent of the conversation's previous turn: a message that only gives an email and order number continues it. */
  previousIntent: Intent | null;
  text: string;
  entities: Entities;
  verified: boolean;
  /** The order the conversation is about, from earlier turns (the verified order, or the last one mentioned). */
  contextOrderNumber: string | null;
  /** A goodwill credit asked for without an amount asks for this much (the policy's cap); the tool decides. */
  goodwillDefaultCents?: number;
  /** The verified customer's name, for a new shipping address given without one. */
  customerName?: string | null;
};

export type Plan = { intent: Intent; calls: PlannedCall[]; needsOrderNumber: boolean };

const ACTION_INTENTS = new Set<Intent>(["order_status", "shipping", "cancel_order", "returns", "refund", "order_change", "account"]);
const RESEND = /\b(send|email) (it|that|this) (again|over)\b|\b(resend|re-send|send (it |me )?again|didn'?t (get|receive)|never (got|received))\b[^.?!]{0,40}\b(confirmation|receipt|email)\b|\b(confirmation|receipt) (email )?(again|resent)\b/i;
const ABOUT_MY_ORDER =
  /\b(my|our) (order|orders|package|parcel|delivery|shipment|purchase|refund|return|item|items|stuff|money|tracking)\b|\bi (want|need|would like|'d like|wanna) (to )?(cancel|return|refund|change|track|send (it|this) back)\b|\b(cancel|refund|track|return) (it|this|that|my)\b|\b(where|when)('s| is| will) (it|my)\b|\b(mi|mon|ma|mein|meine) (pedido|commande|bestellung|paquete|colis|paket)\b/i;
// Compensation for a problem with an order: a goodwill credit, which the tool holds to the policy's cap.
const GOODWILL = /\b(goodwill|store credit|compensat\w*|make up for|for the (trouble|inconvenience|hassle)|voucher|credit(?! card)s?)\b/i;
const ADDRESS_CHANGE = /\b(change|update|correct|fix|send it to|ship it to|deliver it to)\b[^.?!]{0,40}\b(address|shipping|delivery)\b|\bnew address\b/i;
const WANTS_LIST = /\b(my|all|recent|last|latest) orders\b|\bwhat (did|have) i order(ed)?\b/i;

export function planActions(input: PlanInput): Plan {
  const { entities } = input;
  const calls: PlannedCall[] = [];
  const intent = continuingIntent(input);
  const orderNumber = entities.orderNumbers[0] ?? input.contextOrderNumber;
  const email = entities.emails[0];

  let verified = input.verified;
  if (!verified && email && entities.orderNumbers[0]) {
    calls.push({ tool: "verify_identity", input: { email, orderNumber: entities.orderNumbers[0] } });
    // Later calls in this turn still run: each checks verification itself, so a failed check stops them there.
    verified = true;
  }
  const wantsCredit = GOODWILL.test(input.text);
  if (!ACTION_INTENTS.has(intent) && !RESEND.test(input.text) && !wantsCredit) return { intent, calls, needsOrderNumber: false };
  // A general question ("how do returns work?") is answered from policy; only a request about the customer's own
  // order needs their identity.
  if (!verified && !orderNumber && !ABOUT_MY_ORDER.test(input.text)) return { intent, calls, needsOrderNumber: false };
  // Unverified and nothing to verify with: a lookup gets the tool's own "tell me your email and an order number".
  if (!verified) {
    calls.push(orderNumber ? { tool: "lookup_order", input: { orderNumber } } : { tool: "lookup_orders", input: {} });
    return { intent, calls, needsOrderNumber: false };
  }

  const reason = summarizeReason(input.text);
  if (RESEND.test(input.text) && orderNumber) {
    calls.push({ tool: "resend_confirmation", input: { orderNumber } });
    return { intent, calls, needsOrderNumber: false };
  }
  if (wantsCredit && orderNumber) {
    const amount = requestedAmount(input.text, entities) ?? input.goodwillDefaultCents;
    if (amount) {
      calls.push({ tool: "goodwill_credit", input: { orderNumber, amountCents: amount, reason } });
      return { intent, calls, needsOrderNumber: false };
    }
  }
  const address = intent === "order_change" || ADDRESS_CHANGE.test(input.text) ? parseAddress(input.text, input.customerName ?? null) : null;
  if (address && orderNumber) {
    calls.push({ tool: "change_shipping_address", input: { orderNumber, address } });
    return { intent, calls, needsOrderNumber: false };
  }
  switch (intent) {
    case "cancel_order":
      if (!orderNumber) return { intent, calls, needsOrderNumber: true };
      calls.push({ tool: "cancel_order", input: { orderNumber, reason } });
      break;
    case "returns":
      if (!orderNumber) return { intent, calls, needsOrderNumber: true };
      calls.push({ tool: "start_return", input: { orderNumber, reason } });
      break;
    case "refund": {
      if (!orderNumber) return { intent, calls, needsOrderNumber: true };
      const amount = requestedAmount(input.text, entities);
      // The customer's amount is a request to check, not a number to trust: the tool caps it by what was paid.
      calls.push({ tool: "refund", input: { orderNumber, reason, ...(amount ? { amountCents: amount } : {}) } });
      break;
    }
    case "order_status":
    case "shipping":
    case "order_change":
    case "account":
      if (orderNumber && !WANTS_LIST.test(input.text)) calls.push({ tool: "lookup_order", input: { orderNumber } });
      else calls.push({ tool: "lookup_orders", input: {} });
      break;
    default:
      break;
  }
  return { intent, calls, needsOrderNumber: false };
}

/**
 * A street address as people type it in one line: "12 Pine St, Apt 4, Portland, OR 97201" (US or Canada, with
 * an optional country). Anything less complete is not guessed at: the tool is not called and the reply asks.
 */
const US_OR_CA_ADDRESS =
  /(\d+[A-Za-z]?\s+[A-Za-z0-9 .'-]+?)(?:,\s*((?:apt|apartment|suite|unit|#)\s*[A-Za-z0-9-]+))?,\s*([A-Za-z .'-]+?),\s*([A-Z]{2})\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?:,?\s*(USA?|United States|Canada|CA|US))?\b/;

export function parseAddress(text: string, name: string | null): Record<string, string> | null {
  const match = US_OR_CA_ADDRESS.exec(text);
  if (!match || !name) return null;
  const [, line1, line2, city, region, postalCode] = match;
  const canadian = /^[A-Z]\d[A-Z]/.test(postalCode ?? "");
  return {
    name,
    line1: line1!.trim(),
    ...(line2 ? { line2: line2.trim() } : {}),
    city: city!.trim(),
    region: region!,
    postalCode: postalCode!,
    country: canadian ? "CA" : "US",
  };
}

/**
 * "ana@example.com, NW-100042" answers the question the AI asked on the previous turn; it is not a new topic.
 * A short message made mostly of identifiers continues the previous request, or, opening a conversation, asks
 * about that order. A clear request in the same message ("cancel NW-100042, ana@example.com") still wins.
 */
export function continuingIntent(input: Pick<PlanInput, "intent" | "previousIntent" | "text" | "entities">, confidence = 1): Intent {
  const hasIdentifiers = input.entities.emails.length > 0 || input.entities.orderNumbers.length > 0;
  if (!hasIdentifiers) return input.intent;
  const words = input.text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, " ")
    .replace(/\b(?:NW[\s-]?)?\d{6}\b/gi, " ")
    .replace(/[^\p{L}\s]/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 2);
  if (words.length > 8) return input.intent;
  const asked = ACTION_INTENTS.has(input.intent) && input.intent !== "account";
  const previous = input.previousIntent && ACTION_INTENTS.has(input.previousIntent) ? input.previousIntent : null;
  if (asked && (confidence >= 0.6 || !previous)) return input.intent;
  return previous ?? "order_status";
}

/**
 * The amount a customer asks for, if they ask for one: an amount next to "refund", "back" or "credit". A number
 * said about something else ("you raised your cap to $1000", "it cost $80") is not a request, and "in full"
 * means everything that is left, which the tool works out.
 */
function requestedAmount(text: string, entities: Entities): number | undefined {
  if (/\b(in full|full refund|everything|all of it|whole (amount|order))\b/i.test(text)) return undefined;
  for (const amount of entities.amounts) {
    const at = text.indexOf(amount.text);
    if (at < 0) continue;
    const before = text.slice(Math.max(0, at - 30), at).toLowerCase();
    const after = text.slice(at + amount.text.length, at + amount.text.length + 20).toLowerCase();
    if (/\b(cap|limit|max(imum)?|cost|costs|paid|price|priced|was|is)\b[^$€£\d]{0,8}$/.test(before)) continue;
    if (/\b(refund|back|return|reimburse|credit|compensat\w*|give me|want|get)\b/.test(before) || /^\s*(back|refund|credit)\b/.test(after) || /^\s*credit/.test(after)) {
      return amount.cents;
    }
  }
  return undefined;
}

/** A short reason for the audit trail, in the customer's words (first sentence, bounded). */
function summarizeReason(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  const trimmed = redactPii(first).replace(/\s+/g, " ").trim().slice(0, 200);
  return trimmed.length >= 3 ? trimmed : "customer request";
}
