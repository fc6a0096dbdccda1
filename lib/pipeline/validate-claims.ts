import type { ValidationAction } from "./validate-actions";
import type { MoneyMention } from "./validate-money";

/**
 * Claims that something was done, and promises that it will be: which kind of action a sentence claims, and
 * whether the conversation's tool calls back it (on the order and for the amount the sentence names).
 */

type ActionKind = "refund" | "cancel" | "return" | "exchange" | "address" | "credit" | "send" | "modify" | "any";

/** Which tools make a claim of each kind true. "any" is a generic "processed", "approved", "done". */
const KIND_TOOLS: Record<ActionKind, readonly string[]> = {
  refund: ["refund", "cancel_order", "modify_order_items"],
  cancel: ["cancel_order"],
  return: ["return_items"],
  exchange: ["exchange_items", "modify_order_items"],
  address: ["change_shipping_address", "update_default_address"],
  credit: ["goodwill_credit", "refund", "cancel_order", "return_items"],
  send: ["resend_confirmation"],
  modify: ["modify_order_items", "exchange_items"],
  any: [
    "refund",
    "cancel_order",
    "return_items",
    "exchange_items",
    "change_shipping_address",
    "update_default_address",
    "goodwill_credit",
    "resend_confirmation",
    "modify_order_items",
  ],
};
const VERB_KIND: Array<[RegExp, ActionKind]> = [
  [/^(?:refund|reimburs|money back|paid back|repaid)/, "refund"],
  [/^cancel/, "cancel"],
  [/^(?:return|rma)/, "return"],
  [/^(?:exchang|swap|replac)/, "exchange"],
  [/^(?:address|redirect|rerout)/, "address"],
  [/^credit/, "credit"],
  [/^(?:sent|send|resen|re-sen|email|mail)/, "send"],
  [/^(?:modif|chang|updat|switch)/, "modify"],
];

const DONE_VERB = String.raw`refunded|reimbursed|repaid|paid back|cancell?ed|returned|exchanged|swapped|replaced|credited|sent|resent|re-sent|emailed|mailed|changed|updated|modified|switched|redirected|rerouted|processed|approved|issued|applied|completed|finali[sz]ed|submitted|initiated|started|arranged|set up|created|opened|placed|booked|confirmed|executed|handled|done|taken care of`;
const CLAIMS: RegExp[] = [
  // I've refunded / I have cancelled / I just sent / we've processed / I went ahead and refunded
  new RegExp(
    String.raw`\b(?:i|we)(?:'ve| have| just| already| now|'ve just|'ve already| have just| have already)?\s+(?:gone ahead and\s+|went ahead and\s+|successfully\s+|also\s+)?(${DONE_VERB})\b`,
    "i",
  ),
  // your refund has been issued / $273.00 has been refunded / the address was changed / it's been processed
  new RegExp(
    String.raw`\b(?:has|have|had|'s|'ve)\s+(?:now\s+|just\s+|already\s+|successfully\s+|been\s+)*been\s+(?:now\s+|just\s+|already\s+|successfully\s+|fully\s+)?(${DONE_VERB})\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:was|were|is now|are now|is all|are all|is fully|'s now)\s+(?:now\s+|just\s+|already\s+|successfully\s+|fully\s+)?(${DONE_VERB})\b`,
    "i",
  ),
  // the refund is complete / went through / is on its way / you're all set
  /\b(refund|cancellation|return|exchange|credit|address change|change|confirmation|email)\s+(?:is|was|has)\s+(?:now\s+)?(?:complete|done|through|gone through|finished|on (?:its|the) way|in progress|under way|underway)\b|\b(refund|credit|payment|money)\s+(?:went|has gone|is going) (?:through|out|back)\b/i,
];
/** What the claim is about, for claims with a generic verb ("processed", "has been approved"). */
const CLAIM_OBJECT: Array<[RegExp, ActionKind]> = [
  [/\brefund|\bmoney back\b|\breimburs/i, "refund"],
  [/\bcancel/i, "cancel"],
  [/\breturn\b|\breturn label\b|\brma\b/i, "return"],
  [/\bexchange/i, "exchange"],
  [/\baddress\b/i, "address"],
  [/\bcredit\b|\bvoucher\b|\bgift card\b/i, "credit"],
  [/\bconfirmation\b|\bemail\b|\breceipt\b/i, "send"],
  [/\bsize\b|\bcolou?r\b|\bvariant\b|\bitems?\b/i, "modify"],
];
export const PROMISE_FUTURE =
  /\b(?:i|we)(?:'ll| will| am going to| are going to|'m going to|'re going to)\s+(?:now\s+|go ahead and\s+)?(refund|reimburse|cancel|return|exchange|swap|replace|credit|send|resend|change|update|modify|waive|compensate)\b/i;
/** Commitments beyond what any tool or article can make. */
export const PROMISE_ABSOLUTE = /\bi (?:promise|guarantee)\b|\bwe guarantee\b|\b(?:is|are) guaranteed to\b/i;
/** Unbounded promises: nothing in the store is free for ever. */
export const UNBOUNDED =
  /\bfree for (?:life|ever|good|the rest of your life)\b|\bforever free\b|\bfree,? forever\b|\bfor (?:the rest of your )?life\b|\blifetime (?:free|discount|membership|access|supply|credit|refunds?|returns?|shipping|deal|pass)\b|\bfree (?:shipping|returns|items?|products?|upgrades?|orders?) (?:forever|for ever|for life|always|from now on)\b|\bunlimited (?:free|refunds?|returns|credit|discounts?)\b|\bnever (?:pay|be charged|have to pay) (?:again|anything)\b|\bat no (?:cost|charge),? ever\b|\balways (?:be )?free\b|\bno charge,? ever\b/i;

export function claimKind(sentence: string, verb: string): ActionKind {
  const v = verb.toLowerCase();
  for (const [pattern, kind] of VERB_KIND)
    if (pattern.test(v)) {
      // "changed/updated the address" is an address change; "changed the size" is an item change.
      if (kind === "modify" && /\baddress\b/i.test(sentence)) return "address";
      if (
        kind === "send" &&
        !/\b(?:confirmation|receipt|email|e-mail|invoice)\b/i.test(sentence) &&
        /\brefund|credit|money/i.test(sentence)
      )
        return "refund";
      return kind;
    }
  for (const [pattern, kind] of CLAIM_OBJECT) if (pattern.test(sentence)) return kind;
  return "any";
}

/** A question ("Has your refund been processed?") or a condition ("If your order was cancelled, ...") claims nothing. */
export function hypothetical(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  // ... and neither does a description ("an order that has been placed cannot be edited").
  return (
    /\?\s*$/.test(sentence) ||
    /\b(?:if|when|whenever|once|after|unless|whether|until|before|in case)\b/i.test(before) ||
    /\b(?:that|which|who)\s*$/i.test(before)
  );
}

/** What a lookup shows an order went through: "Order NW-100042 was cancelled" reports it, it claims nothing new. */
const STATE_IN_RESULT: Partial<Record<ActionKind, RegExp>> = {
  cancel: /"status":"cancel/,
  refund: /"status":"(?:refund|returned)|"refundedCents":[1-9]/,
  return: /"status":"return|"kind":"return"/,
  exchange: /"kind":"exchange"/,
};
const READ_TOOLS = new Set(["lookup_order", "lookup_orders", "unknown_read"]);

export function reportedState(
  kind: ActionKind,
  actions: ValidationAction[],
  named: string[],
  money: MoneyMention[],
): boolean {
  const state = STATE_IN_RESULT[kind];
  if (!state) return false;
  return actions.some(
    (a) =>
      READ_TOOLS.has(a.tool) &&
      a.executed &&
      (named.length === 0 || (a.orderNumber !== undefined && named.includes(a.orderNumber))) &&
      state.test(JSON.stringify(a.result ?? null)) &&
      money.every((m) => a.amountsCents.includes(m.cents)),
  );
}

export function claimIn(sentence: string): { kind: ActionKind; text: string; passive: boolean } | null {
  for (const pattern of CLAIMS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const verb = m[1] ?? m[2] ?? m[3] ?? "";
    if (hypothetical(sentence, m.index)) continue;
    // "Refunds are processed within 5-10 days" is policy, not a claim: the passive forms need a subject that is
    // this customer's (your/the/this/it/that/order/amount), which the generic present tense lacks.
    if (
      pattern !== CLAIMS[0] &&
      !/\b(?:your|the|this|that|it|it's|its|order|nw-\d{6}|[$€£]\s?\d|everything|all)\b/i.test(
        sentence.slice(0, m.index + m[0].length),
      )
    )
      continue;
    return { kind: claimKind(sentence, verb || m[0]), text: m[0].trim(), passive: pattern !== CLAIMS[0] };
  }
  return null;
}

/**
 * Null when an action backs the claim; otherwise why not. "done" needs an executed action; "promised" accepts one
 * that is proposed or waiting for approval too. Kind, named order and named amount must all match one action.
 */
export function unbackedClaim(
  claim: { kind: ActionKind; text: string },
  actions: ValidationAction[],
  named: string[],
  money: MoneyMention[],
  mode: "done" | "promised",
): string | null {
  const tools = KIND_TOOLS[claim.kind];
  const ofKind = actions.filter((a) => tools.includes(a.tool) || a.tool === "unknown_write");
  const live = ofKind.filter((a) =>
    mode === "done" ? a.executed : a.executed || a.decision === "proposed" || a.decision === "needs_approval",
  );
  const noun = claim.kind === "any" ? "action" : claim.kind === "address" ? "address change" : claim.kind;
  if (live.length === 0) {
    return mode === "done"
      ? `no ${noun} was executed in this conversation`
      : `no ${noun} was proposed or requested in this conversation`;
  }
  const onOrder = named.length ? live.filter((a) => !a.orderNumber || named.includes(a.orderNumber)) : live;
  if (onOrder.length === 0) return `no ${noun} on ${named.join(", ")}`;
  if (money.length > 0 && !onOrder.some((a) => money.every((m) => a.amountsCents.includes(m.cents)))) {
    return `no ${noun} for ${money.map((m) => m.text).join(", ")}`;
  }
  return null;
}
