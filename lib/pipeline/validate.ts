import type { SupportPolicy } from "@/lib/policy/schema";
import { detectPii } from "@/lib/signals/pii";
import { legacyActions, type ValidationAction } from "./validate-actions";
import {
  claimIn,
  claimKind,
  hypothetical,
  PROMISE_ABSOLUTE,
  PROMISE_FUTURE,
  reportedState,
  UNBOUNDED,
  unbackedClaim,
} from "./validate-claims";
import { DATE, findMoney, findPercents, ORDER_REF } from "./validate-money";
import { findProfanity } from "./validate-profanity";
import { promptShingles, shingles, TALK_ABOUT_INSTRUCTIONS } from "./validate-recital";

/**
 * Output guardrails: "say only what happened". Nothing reaches the customer that policy forbids or that the AI
 * cannot back up, checked one sentence at a time while the reply streams (createSentenceGate in sentence-gate.ts):
 *
 * - A claim that something was DONE ("I've refunded", "your order has been cancelled", "the address was changed",
 *   "it's been processed / approved") needs an action of that kind that was executed in this conversation, on the
 *   order the sentence names (if it names one), for the amount it names (if it names one). A lookup is not a refund.
 *   A promise of one ("I'll refund", "we will credit") needs at least a proposal or an approval request of that kind.
 * - An amount (symbols, codes and currency words: "$19.99", "USD 19.99", "19.99 dollars", "900 bucks", "€20",
 *   "20 EUR", and numbers written as words: "fifty dollars") is grounded only by the knowledge text or by the tool
 *   output it belongs to: the amounts of the named order's actions, or of any action when no order is named. Not by
 *   any number anywhere in any output (a refund of $149.99 does not ground "$99,999.99").
 * - Percentages (also in words: "fifty percent off", "half price"), dates and unbounded promises ("free for life",
 *   "lifetime discount", "forever free") must be in the knowledge.
 * - No profanity, also obfuscated (sh1t, f*ck, fvck, a$$, s h i t); no prohibited phrases or topics.
 * - No recital of the assistant's own instructions: long word-for-word overlaps with the prompts in
 *   lib/engines/openai-prompts.ts, or talk about them ("my instructions are", "I was told to").
 * - No other customer's data (order numbers, emails) and no card numbers.
 *
 * The customer's own words never ground anything (that is how a bot ends up selling a Tahoe for $1).
 */
export const VIOLATION_TYPES = [
  "prohibited_phrase",
  "prohibited_topic",
  "ungrounded_amount",
  "ungrounded_percentage",
  "ungrounded_date",
  "ungrounded_promise",
  "other_customer_data",
  "pii_leak",
  "profanity",
  "prompt_disclosure",
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];
export type Violation = { type: ViolationType; detail: string };

export type GroundingContext = {
  policy: SupportPolicy;
  /** Text of the knowledge the turn retrieved (titles and bodies). */
  knowledge: string[];
  /** The tool calls of this conversation the reply may speak of: `validationActions(calls)`. */
  actions?: ValidationAction[];
  /**
   * @deprecated Tool decisions without their tool names (the old input). Still accepted so older callers compile,
   * but a decision cannot say what kind of action it was: prefer `actions: validationActions(calls)`.
   */
  toolResults?: unknown[];
  /** Emails and order numbers the verified customer owns: the only account data a reply may mention. */
  customerIdentifiers: string[];
};

export type ValidationResult = { ok: boolean; violations: Violation[] };

const TOPIC_LEXICON: Record<string, RegExp> = {
  politics:
    /\b(election|democrat|republican|president|congress|parliament|political part(y|ies)|vote for|liberal|conservative)\b/i,
  religion: /\b(god|jesus|allah|bible|quran|church|mosque|religio(n|us)|pray(er)?)\b/i,
  medical_advice: /\b(diagnos(e|is)|dosage|prescri(be|ption)|medication|you should take \d+ ?mg|symptoms? of)\b/i,
  legal_advice:
    /\b(you should sue|legal advice|your legal rights are|file a lawsuit|consult(ing)? (a|an) (lawyer|attorney) is not needed)\b/i,
  competitors: /\b(rei|patagonia|backcountry\.com|amazon|decathlon|moosejaw)\b/i,
};

type Grounding = {
  raw: string;
  normalized: string;
  knowledge: string;
  knowledgeAmounts: Set<number>;
  percents: Set<string>;
  actions: ValidationAction[];
  prompt: Set<string>;
};

function groundingOf(context: GroundingContext): Grounding {
  // Built per check: the caller reads its tool calls at check time (a tool result from an earlier step grounds a
  // later sentence). Only the prompt shingles, which depend on the policy alone, are cached.
  const actions = [...(context.actions ?? []), ...legacyActions(context.toolResults ?? [])];
  const knowledge = context.knowledge.join("\n");
  const tools = JSON.stringify(actions.map((a) => a.result ?? null));
  const raw = `${knowledge}\n${tools}`;
  const knowledgeAmounts = new Set(findMoney(knowledge).map((m) => m.cents));
  const percents = new Set(findPercents(raw).map((p) => p.value));
  return {
    raw,
    normalized: raw.toLowerCase(),
    knowledge: knowledge.toLowerCase(),
    knowledgeAmounts,
    percents,
    actions,
    prompt: promptShingles(context.policy),
  };
}

export function validateReply(reply: string, context: GroundingContext): ValidationResult {
  const violations: Violation[] = [];
  const grounding = groundingOf(context);
  const lower = reply.toLowerCase();
  const allowed = new Set(context.customerIdentifiers.map((id) => id.toLowerCase()));

  for (const phrase of context.policy.prohibited.phrases) {
    if (lower.includes(phrase.toLowerCase()) && !grounding.normalized.includes(phrase.toLowerCase())) {
      violations.push({ type: "prohibited_phrase", detail: phrase });
    }
  }
  for (const topic of context.policy.prohibited.topics) {
    const lexicon = TOPIC_LEXICON[topic] ?? new RegExp(`\\b${topic.replace(/_/g, " ")}\\b`, "i");
    const match = lexicon.exec(reply);
    if (match && !lexicon.test(grounding.raw))
      violations.push({ type: "prohibited_topic", detail: `${topic}: "${match[0]}"` });
  }
  const profanity = findProfanity(reply);
  if (profanity) violations.push({ type: "profanity", detail: profanity });

  // Orders the sentence names: its amounts and claims are about these.
  const named = [...new Set((reply.match(ORDER_REF) ?? []).map((r) => r.toUpperCase()))];
  const aboutOrder = (a: ValidationAction) => named.length === 0 || !a.orderNumber || named.includes(a.orderNumber);
  const money = findMoney(reply);

  for (const m of money) {
    if (grounding.knowledgeAmounts.has(m.cents)) continue;
    if (grounding.actions.some((a) => aboutOrder(a) && a.amountsCents.includes(m.cents))) continue;
    violations.push({ type: "ungrounded_amount", detail: m.text });
  }
  for (const p of findPercents(reply)) {
    if (!grounding.percents.has(p.value)) violations.push({ type: "ungrounded_percentage", detail: p.text });
  }
  for (const date of reply.match(DATE) ?? []) {
    if (!grounding.normalized.includes(date.toLowerCase())) violations.push({ type: "ungrounded_date", detail: date });
  }

  // A sentence the knowledge says word for word ("Cancelled: the order was cancelled and will not ship") is a quote.
  const quoted = reply.trim().length >= 20 && grounding.knowledge.includes(reply.trim().toLowerCase());
  const claim = quoted ? null : claimIn(reply);
  if (claim && !(claim.passive && reportedState(claim.kind, grounding.actions, named, money))) {
    const problem = unbackedClaim(claim, grounding.actions, named, money, "done");
    if (problem) violations.push({ type: "ungrounded_promise", detail: `${claim.text}: ${problem}` });
  }
  const future = PROMISE_FUTURE.exec(reply);
  if (future && !claim && !hypothetical(reply, future.index)) {
    const kind = claimKind(reply, future[1]!);
    const problem = unbackedClaim({ kind, text: future[0] }, grounding.actions, named, money, "promised");
    if (problem) violations.push({ type: "ungrounded_promise", detail: `${future[0]}: ${problem}` });
  }
  const absolute = PROMISE_ABSOLUTE.exec(reply);
  if (absolute) violations.push({ type: "ungrounded_promise", detail: absolute[0] });
  const unbounded = UNBOUNDED.exec(reply);
  if (unbounded && !grounding.knowledge.includes(unbounded[0].toLowerCase()))
    violations.push({ type: "ungrounded_promise", detail: unbounded[0] });

  const talk = TALK_ABOUT_INSTRUCTIONS.exec(reply);
  if (talk) violations.push({ type: "prompt_disclosure", detail: talk[0] });
  else {
    for (const s of shingles(reply)) {
      if (grounding.prompt.has(s) && !grounding.knowledge.includes(s)) {
        violations.push({ type: "prompt_disclosure", detail: `"${s}…"` });
        break;
      }
    }
  }

  for (const ref of reply.match(ORDER_REF) ?? []) {
    // An example number in a policy article ("e.g. NW-100042") is the article's, not a customer's.
    if (!allowed.has(ref.toLowerCase()) && !grounding.knowledge.includes(ref.toLowerCase()))
      violations.push({ type: "other_customer_data", detail: ref });
  }
  for (const span of detectPii(reply)) {
    if (
      span.type === "email" &&
      (allowed.has(span.value.toLowerCase()) || grounding.normalized.includes(span.value.toLowerCase()))
    )
      continue;
    if (span.type === "phone" && grounding.normalized.includes(span.value.toLowerCase())) continue;
    violations.push({ type: span.type === "email" ? "other_customer_data" : "pii_leak", detail: span.type });
  }
  return { ok: violations.length === 0, violations };
}
