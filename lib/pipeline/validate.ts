import type { SupportPolicy } from "@/lib/policy/schema";
import { detectPii } from "./pii";

/**
 * Output guardrails: nothing reaches the customer that policy forbids or that the AI cannot back up. A price, an
 * amount, a percentage, a date or a promise in a reply must appear in the knowledge the turn retrieved or in a tool
 * result; the customer's own words do not count (that is how a bot ends up selling a Tahoe for $1). No other
 * customer's data, no card numbers, no profanity.
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
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];
export type Violation = { type: ViolationType; detail: string };

export type GroundingContext = {
  policy: SupportPolicy;
  /** Text of the knowledge the turn retrieved (titles and bodies). */
  knowledge: string[];
  /** Results of tools that ran in this turn, as returned to the model. */
  toolResults: unknown[];
  /** Emails and order numbers the verified customer owns: the only account data a reply may mention. */
  customerIdentifiers: string[];
};

export type ValidationResult = { ok: boolean; violations: Violation[] };

const TOPIC_LEXICON: Record<string, RegExp> = {
  politics: /\b(election|democrat|republican|president|congress|parliament|political part(y|ies)|vote for|liberal|conservative)\b/i,
  religion: /\b(god|jesus|allah|bible|quran|church|mosque|religio(n|us)|pray(er)?)\b/i,
  medical_advice: /\b(diagnos(e|is)|dosage|prescri(be|ption)|medication|you should take \d+ ?mg|symptoms? of)\b/i,
  legal_advice: /\b(you should sue|legal advice|your legal rights are|file a lawsuit|consult(ing)? (a|an) (lawyer|attorney) is not needed)\b/i,
  competitors: /\b(rei|patagonia|backcountry\.com|amazon|decathlon|moosejaw)\b/i,
};
const PROFANITY = /\b(f+u+c+k+\w*|shit\w*|bastard|bitch\w*|asshole|crap|damn|wtf|idiot|stupid customer)\b/i;
// Commitments only a tool result can make true.
const PROMISE =
  /\b(i('| ha)ve (refunded|cancell?ed|issued|processed|changed|updated|credited)|(your|the) (refund|cancellation|return|credit) (has been|is) (issued|processed|approved|complete)|i (promise|guarantee)|we (will|'ll) (refund|replace|compensate|credit|waive)|(is|are) guaranteed to)\b/i;
const EXECUTED_TOOL_HINT = /"executed":\s*true/;

const MONEY = /(?:[$€£]\s?\d[\d,]*(?:\.\d{1,2})?)|(?:\b\d[\d,]*(?:\.\d{1,2})?\s?(?:dollars|usd|euros?|eur|pounds|gbp)\b)/gi;
const PERCENT = /\b\d+(?:\.\d+)?\s?(?:%|percent\b)/gi;
const DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b/gi;
const ORDER_REF = /\bNW-\d{6}\b/gi;

export function validateReply(reply: string, context: GroundingContext): ValidationResult {
  const violations: Violation[] = [];
  const grounding = groundingText(context);
  const lower = reply.toLowerCase();

  for (const phrase of context.policy.prohibited.phrases) {
    if (lower.includes(phrase.toLowerCase()) && !grounding.normalized.includes(phrase.toLowerCase())) {
      violations.push({ type: "prohibited_phrase", detail: phrase });
    }
  }
  for (const topic of context.policy.prohibited.topics) {
    const lexicon = TOPIC_LEXICON[topic] ?? new RegExp(`\\b${topic.replace(/_/g, " ")}\\b`, "i");
    const match = lexicon.exec(reply);
    if (match && !lexicon.test(grounding.raw)) violations.push({ type: "prohibited_topic", detail: `${topic}: "${match[0]}"` });
  }
  const profanity = PROFANITY.exec(reply);
  if (profanity) violations.push({ type: "profanity", detail: profanity[0] });

  for (const money of reply.match(MONEY) ?? []) {
    if (!grounding.amounts.has(toCents(money))) violations.push({ type: "ungrounded_amount", detail: money });
  }
  for (const percent of reply.match(PERCENT) ?? []) {
    const value = percent.replace(/\s?(%|percent)/i, "");
    if (!grounding.percents.has(value)) violations.push({ type: "ungrounded_percentage", detail: percent });
  }
  for (const date of reply.match(DATE) ?? []) {
    if (!grounding.normalized.includes(date.toLowerCase())) violations.push({ type: "ungrounded_date", detail: date });
  }
  const promise = PROMISE.exec(reply);
  if (promise && !EXECUTED_TOOL_HINT.test(grounding.tools)) violations.push({ type: "ungrounded_promise", detail: promise[0] });

  const allowed = new Set(context.customerIdentifiers.map((id) => id.toLowerCase()));
  for (const ref of reply.match(ORDER_REF) ?? []) {
    // An example number in a policy article ("e.g. NW-100042") is the article's, not a customer's.
    if (!allowed.has(ref.toLowerCase()) && !grounding.knowledge.includes(ref.toLowerCase())) violations.push({ type: "other_customer_data", detail: ref });
  }
  for (const span of detectPii(reply)) {
    if (span.type === "email" && (allowed.has(span.value.toLowerCase()) || grounding.normalized.includes(span.value.toLowerCase()))) continue;
    if (span.type === "phone" && grounding.normalized.includes(span.value.toLowerCase())) continue;
    violations.push({ type: span.type === "email" ? "other_customer_data" : "pii_leak", detail: span.type });
  }
  return { ok: violations.length === 0, violations };
}

type Grounding = { raw: string; normalized: string; knowledge: string; tools: string; amounts: Set<number>; percents: Set<string> };

function groundingText(context: GroundingContext): Grounding {
  const tools = JSON.stringify(context.toolResults);
  const raw = [...context.knowledge, tools].join("\n");
  const amounts = new Set<number>((raw.match(MONEY) ?? []).map(toCents));
  // Tool results carry money as integer cents (`amountCents`, `totalCents`): those are grounded amounts too.
  for (const match of tools.matchAll(/"\w*[cC]ents":\s*(\d+)/g)) amounts.add(Number(match[1]));
  const percents = new Set((raw.match(PERCENT) ?? []).map((p) => p.replace(/\s?(%|percent)/i, "")));
  return { raw, normalized: raw.toLowerCase(), knowledge: context.knowledge.join("\n").toLowerCase(), tools, amounts, percents };
}

function toCents(money: string): number {
  const number = money.replace(/[^\d.]/g, "");
  return Math.round(Number(number) * 100);
}

/**
 * Streams a reply sentence by sentence, each one validated before it is released, so a customer never sees an
 * unchecked sentence even while the reply is still being written. The first failing sentence stops the stream.
 */
export function createSentenceGate(check: (sentence: string) => ValidationResult) {
  let pending = "";
  let failed: ValidationResult | null = null;
  const release = (text: string): string => {
    if (failed || text.trim() === "") return failed ? "" : text;
    const result = check(text);
    if (!result.ok) {
      failed = result;
      return "";
    }
    return text;
  };
  return {
    /** Feeds a delta; returns the text that may be shown now. */
    push(delta: string): string {
      if (failed) return "";
      pending += delta;
      let out = "";
      let boundary = nextBoundary(pending);
      while (boundary > 0 && !failed) {
        out += release(pending.slice(0, boundary));
        pending = pending.slice(boundary);
        boundary = nextBoundary(pending);
      }
      return out;
    },
    /** Ends the stream; returns the last sentence if it passes. */
    flush(): string {
      const out = release(pending);
      pending = "";
      return out;
    },
    get failure(): ValidationResult | null {
      return failed;
    },
  };
}

/** End of the first complete sentence (after its trailing space), or 0 when there is none yet. */
function nextBoundary(text: string): number {
  const match = /[.!?](?=\s)\s+|\n{2,}/.exec(text);
  if (!match) return 0;
  // "e.g. " and "$1.99 " are not sentence ends.
  const before = text.slice(Math.max(0, match.index - 3), match.index + 1);
  if (/\b(e\.g|i\.e|vs|no)\.$/i.test(before)) {
    const rest = nextBoundary(text.slice(match.index + match[0].length));
    return rest === 0 ? 0 : match.index + match[0].length + rest;
  }
  return match.index + match[0].length;
}
