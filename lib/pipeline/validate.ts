import type { ReplyInput } from "@/lib/engines/types";
import { replyInstructions, TRIAGE_INSTRUCTIONS } from "@/lib/engines/openai-prompts";
import type { SupportPolicy } from "@/lib/policy/schema";
import type { ToolCallRecord } from "@/lib/tools/ai-tools";
import { detectPii } from "@/lib/signals/pii";

/**
 * Output guardrails: "say only what happened". Nothing reaches the customer that policy forbids or that the AI
 * cannot back up, checked one sentence at a time while the reply streams (createSentenceGate):
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

/**
 * One tool call as the validator sees it (build them with `validationActions(calls)`).
 * - `tool`: the tool's name (ToolName), or "unknown_write" / "unknown_read" for the legacy `toolResults` input.
 * - `orderNumber`: the order it acted on or read ("NW-100042"); absent for catalog lookups and account-level tools.
 * - `executed`: true only when the tool ran and changed (or read) something; proposals, denials and approval
 *   requests are false.
 * - `decision`: "allowed" (ran), "denied", "needs_approval" (waits for a person), "proposed" (previewed, waiting
 *   for the customer's yes).
 * - `amountsCents`: every amount this output speaks of, in integer cents: its `*Cents` fields, line totals
 *   (unit price × quantity) and the amounts written in its customer-facing text.
 * - `result`: the tool's result (or denial), for dates, statuses and other text the reply may quote.
 */
export type ValidationAction = {
  tool: string;
  orderNumber?: string;
  executed: boolean;
  decision: "allowed" | "denied" | "needs_approval" | "proposed";
  amountsCents: number[];
  result?: unknown;
};

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

// ---------------------------------------------------------------------------------------------------------------
// Actions from tool calls

const ORDER_NUMBER = /^NW-\d{6}$/i;

/**
 * The validator's view of the tool calls (lib/tools/ai-tools.ts ToolCallRecord): one action per call, and one per
 * order for a call that read several orders (lookup_orders), so each amount belongs to its own order.
 */
export function validationActions(calls: readonly ToolCallRecord[]): ValidationAction[] {
  const actions: ValidationAction[] = [];
  for (const call of calls) {
    const decision = call.decision;
    if (!decision) continue;
    const kind: ValidationAction["decision"] = call.preview && decision.decision === "allowed" ? "proposed" : decision.decision;
    const executed = kind === "allowed" && !call.preview;
    const payload = decision.decision === "allowed" ? decision.result : decision;
    const message = decision.customerMessage;
    const orders = ordersIn(payload);
    if (orders.length > 1) {
      for (const order of orders) {
        actions.push({ tool: call.tool, orderNumber: order.orderNumber, executed, decision: kind, amountsCents: amountsIn(order.value), result: order.value });
      }
      continue;
    }
    const orderNumber = call.orderNumber ?? orders[0]?.orderNumber;
    actions.push({
      tool: call.tool,
      ...(orderNumber ? { orderNumber: orderNumber.toUpperCase() } : {}),
      executed,
      decision: kind,
      amountsCents: amountsIn([payload, message]),
      result: payload,
    });
  }
  return actions;
}

/** The old input: bare decisions. The kind of action is inferred: money moved or an id written means a write. */
function legacyActions(toolResults: readonly unknown[]): ValidationAction[] {
  return toolResults.map((raw) => {
    const d = (raw ?? {}) as { decision?: string; executed?: boolean; result?: unknown };
    const decision = (["allowed", "denied", "needs_approval", "proposed"].includes(d.decision ?? "") ? d.decision : "denied") as ValidationAction["decision"];
    const result = d.result ?? raw;
    // Reads return an order, orders, products or a verification; everything else that ran is a write.
    const write = typeof result === "object" && result !== null && !["order", "orders", "products", "product", "verified"].some((key) => key in result);
    const orderNumber = ordersIn(result)[0]?.orderNumber;
    return {
      tool: write ? "unknown_write" : "unknown_read",
      ...(orderNumber ? { orderNumber } : {}),
      executed: d.executed === true && decision === "allowed",
      decision,
      amountsCents: amountsIn(raw),
      result,
    };
  });
}

function ordersIn(value: unknown): Array<{ orderNumber: string; value: unknown }> {
  if (!value || typeof value !== "object") return [];
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.orders)) return v.orders.flatMap((o) => ordersIn(o).slice(0, 1));
  if (v.order && typeof v.order === "object") return ordersIn(v.order).map((o) => ({ ...o, value }));
  const number = v.orderNumber ?? v.number;
  return typeof number === "string" && ORDER_NUMBER.test(number) ? [{ orderNumber: number.toUpperCase(), value }] : [];
}

/** Every amount an output speaks of, in cents: `*Cents` fields, unit price × quantity, money written in its text. */
function amountsIn(value: unknown): number[] {
  const found = new Set<number>();
  const walk = (node: unknown, depth: number) => {
    if (depth > 8 || node === null || node === undefined) return;
    if (typeof node === "string") {
      for (const m of findMoney(node)) found.add(m.cents);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    if (typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) {
      if (/cents$/i.test(key) && typeof child === "number" && Number.isFinite(child)) found.add(Math.round(child));
      else walk(child, depth + 1);
    }
    const unit = record.unitPriceCents;
    const quantity = record.quantity;
    if (typeof unit === "number" && typeof quantity === "number") found.add(Math.round(unit * quantity));
  };
  walk(value, 0);
  return [...found];
}

// ---------------------------------------------------------------------------------------------------------------
// Money, percentages and numbers written as words

const SMALL: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, grand: 1_000, million: 1_000_000, k: 1_000 };
const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)`;
/** "fifty", "one hundred and twenty-five", "a hundred", "two thousand". */
const WORDS_NUMBER = String.raw`(?:(?:an?|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?${NUMBER_WORD})*)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const CURRENCY_WORD = String.raw`(?:dollars?|bucks|usd|us\$|eur|euros?|gbp|pounds?(?: sterling)?|quid|cad|aud|cents?)`;
const CURRENCY_CODE_BEFORE = String.raw`(?:usd|us\$|eur|gbp|cad|aud|c\$|a\$)`;

const MONEY_PATTERNS: RegExp[] = [
  // $19.99, US$ 19.99, €20, £7.95, $1k, $2 million
  new RegExp(String.raw`(?:us\$|c\$|a\$|[$€£])\s?(${DIGITS})(?:\s?(k|thousand|grand|million)\b)?`, "gi"),
  // USD 19.99, EUR 20
  new RegExp(String.raw`\b${CURRENCY_CODE_BEFORE}\s?(${DIGITS})(?:\s?(k|thousand|million)\b)?`, "gi"),
  // 19.99 dollars, 900 bucks, 20 EUR, 20€, 50 cents
  new RegExp(String.raw`(?<![\w.,$€£])(${DIGITS})(?:\s?(k|thousand|grand|million))?\s?(?:${CURRENCY_WORD}\b|[€£])`, "gi"),
  // fifty dollars, a hundred bucks, two grand
  new RegExp(String.raw`\b(${WORDS_NUMBER})\s+(?:${CURRENCY_WORD}|grand)\b`, "gi"),
];

type MoneyMention = { text: string; cents: number; index: number };

function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === "and") continue;
    if (word in SMALL) {
      current += SMALL[word]!;
      any = true;
    } else if (word in SCALE) {
      const scale = SCALE[word]!;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
    } else return null;
  }
  return any ? total + current : null;
}

function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of MONEY_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const raw = m[1]!;
      let value = /\d/.test(raw) ? Number(raw.replace(/,/g, "")) : wordsToNumber(raw);
      if (value === null || !Number.isFinite(value)) continue;
      const scale = (m[2] ?? "").toLowerCase();
      if (scale) value *= SCALE[scale] ?? 1;
      // "50 cents" is half a dollar, not fifty.
      const cents = /\bcents?\b/i.test(m[0]) ? Math.round(value) : Math.round(value * 100);
      taken.push([start, end]);
      out.push({ text: m[0].trim(), cents, index: start });
    }
  }
  return out;
}

const PERCENT_PATTERNS: RegExp[] = [
  /(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)/gi,
  new RegExp(String.raw`\b(${WORDS_NUMBER})(?:[\s-]+)(?:percent|per cent)\b`, "gi"),
];
const HALF_OFF = /\bhalf[\s-](?:off|price)\b|\b(?:at|for) half (?:the )?price\b/gi;

function findPercents(text: string): Array<{ text: string; value: string }> {
  const out: Array<{ text: string; value: string }> = [];
  for (const pattern of PERCENT_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = /\d/.test(m[1]!) ? Number(m[1]) : wordsToNumber(m[1]!);
      if (value !== null) out.push({ text: m[0], value: String(value) });
    }
  }
  HALF_OFF.lastIndex = 0;
  for (let m = HALF_OFF.exec(text); m; m = HALF_OFF.exec(text)) out.push({ text: m[0], value: "50" });
  return out;
}

const DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b/gi;
const ORDER_REF = /\bNW-\d{6}\b/gi;

// ---------------------------------------------------------------------------------------------------------------
// Claims that something was done, and promises that it will be

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
  any: ["refund", "cancel_order", "return_items", "exchange_items", "change_shipping_address", "update_default_address", "goodwill_credit", "resend_confirmation", "modify_order_items"],
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
  new RegExp(String.raw`\b(?:i|we)(?:'ve| have| just| already| now|'ve just|'ve already| have just| have already)?\s+(?:gone ahead and\s+|went ahead and\s+|successfully\s+|also\s+)?(${DONE_VERB})\b`, "i"),
  // your refund has been issued / $273.00 has been refunded / the address was changed / it's been processed
  new RegExp(String.raw`\b(?:has|have|had|'s|'ve)\s+(?:now\s+|just\s+|already\s+|successfully\s+|been\s+)*been\s+(?:now\s+|just\s+|already\s+|successfully\s+|fully\s+)?(${DONE_VERB})\b`, "i"),
  new RegExp(String.raw`\b(?:was|were|is now|are now|is all|are all|is fully|'s now)\s+(?:now\s+|just\s+|already\s+|successfully\s+|fully\s+)?(${DONE_VERB})\b`, "i"),
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
const PROMISE_FUTURE =
  /\b(?:i|we)(?:'ll| will| am going to| are going to|'m going to|'re going to)\s+(?:now\s+|go ahead and\s+)?(refund|reimburse|cancel|return|exchange|swap|replace|credit|send|resend|change|update|modify|waive|compensate)\b/i;
/** Commitments beyond what any tool or article can make. */
const PROMISE_ABSOLUTE = /\bi (?:promise|guarantee)\b|\bwe guarantee\b|\b(?:is|are) guaranteed to\b/i;
/** Unbounded promises: nothing in the store is free for ever. */
const UNBOUNDED =
  /\bfree for (?:life|ever|good|the rest of your life)\b|\bforever free\b|\bfree,? forever\b|\bfor (?:the rest of your )?life\b|\blifetime (?:free|discount|membership|access|supply|credit|refunds?|returns?|shipping|deal|pass)\b|\bfree (?:shipping|returns|items?|products?|upgrades?|orders?) (?:forever|for ever|for life|always|from now on)\b|\bunlimited (?:free|refunds?|returns|credit|discounts?)\b|\bnever (?:pay|be charged|have to pay) (?:again|anything)\b|\bat no (?:cost|charge),? ever\b|\balways (?:be )?free\b|\bno charge,? ever\b/i;

function claimKind(sentence: string, verb: string): ActionKind {
  const v = verb.toLowerCase();
  for (const [pattern, kind] of VERB_KIND) if (pattern.test(v)) {
    // "changed/updated the address" is an address change; "changed the size" is an item change.
    if (kind === "modify" && /\baddress\b/i.test(sentence)) return "address";
    if (kind === "send" && !/\b(?:confirmation|receipt|email|e-mail|invoice)\b/i.test(sentence) && /\brefund|credit|money/i.test(sentence)) return "refund";
    return kind;
  }
  for (const [pattern, kind] of CLAIM_OBJECT) if (pattern.test(sentence)) return kind;
  return "any";
}

// ---------------------------------------------------------------------------------------------------------------
// Profanity, obfuscated or not

const LOOKALIKE: Record<string, string> = {
  a: "a@4*", b: "b8", c: "c(k", d: "d", e: "e3*", f: "f", g: "g9", h: "h#", i: "i1!|l*y", k: "kc", l: "l1|", m: "m", n: "n",
  o: "o0*", p: "p", r: "r", s: "s$5z*", t: "t7+*", u: "uv*", w: "w", x: "x", y: "y",
};
const letter = (ch: string) => `[${(LOOKALIKE[ch] ?? ch).replace(/[\]\\^-]/g, "\\$&")}]`;
/** A word with look-alike characters, optional repeats and spaced letters ("f*ck", "fvck", "sh1t", "s h i t"). */
function obfuscated(word: string, suffixes: string, spaced = true): string {
  const gap = spaced ? String.raw`[\s._\-]{0,2}` : "";
  const [first, ...rest] = [...word];
  return `(?<![\\p{L}\\p{N}])${letter(first!)}+${rest.map((ch) => `${gap}${letter(ch)}+`).join("")}(?:${suffixes})?(?![\\p{L}\\p{N}])`;
}
const PROFANITY: RegExp[] = [
  ...[
    ["fuck", "ing|in|ed|er|ers|s|face|wit|off"],
    ["shit", "s|ty|ting|ted|head|heads|show|hole"],
    ["bitch", "es|y|ing"],
    ["asshole", "s"],
    ["bastard", "s"],
    ["cunt", "s"],
    ["motherfucker", "s"],
    ["bullshit", ""],
    ["wanker", "s"],
    ["bollocks", ""],
    ["piss", "ed|ing"],
    ["crap", "py|s"],
    ["damn", "ed|it"],
    ["dickhead", "s"],
    ["twat", "s"],
  ].map(([word, suffixes]) => new RegExp(obfuscated(word!, suffixes!), "iu")),
  // "ass" only as a word or visibly masked ("a$$", "@ss", "a**"): "class", "pass" and "assist" stay clean.
  /(?<![\p{L}\p{N}$@*])(?:ass|a[$*]{2}|@ss|@\$\$|a\$s|as\$)(?:hole|holes|es)?(?![\p{L}\p{N}$*])/iu,
  /\b(?:wtf|stfu|fml|gtfo|idiot|stupid customer|moron)\b/i,
];

function findProfanity(sentence: string): string | null {
  for (const pattern of PROFANITY) {
    const match = pattern.exec(sentence);
    if (match) return match[0];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Recital of the assistant's instructions

/** Words in a run: seven words copied in order from a prompt is a recital, not a coincidence. */
const SHINGLE = 7;
const TALK_ABOUT_INSTRUCTIONS =
  /\b(?:my|the) (?:system )?(?:instructions|prompt|system prompt|programming|guidelines|directives|rules) (?:are|say|says|tell me|state|read|include|were)\b|\bi (?:was|am|have been|'ve been|'m) (?:told|instructed|programmed|trained|configured|asked) (?:to|not to|that)\b|\b(?:according to|per|under) my (?:instructions|prompt|programming|system prompt|guidelines)\b|\bhere (?:are|is) my (?:instructions|prompt|system prompt|rules|guidelines)\b|\bmy system prompt\b|\bsystem (?:message|prompt) (?:says|said|tells)\b/i;

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}$'\s-]+/gu, " ").split(/\s+/).filter(Boolean);
function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

const promptShinglesCache = new WeakMap<SupportPolicy, Set<string>>();
/** Seven-word runs of the assistant's prompts (as built for this policy), minus what the customer may be told anyway. */
function promptShingles(policy: SupportPolicy): Set<string> {
  const cached = promptShinglesCache.get(policy);
  if (cached) return cached;
  const texts: string[] = [TRIAGE_INSTRUCTIONS];
  for (const audience of ["customer", "agent"] as const) {
    for (const verified of [true, false]) {
      const input = { message: "", history: [], articles: [], policy, audience, verified, actions: [], triage: { language: "en" } } as unknown as ReplyInput;
      try {
        for (const message of replyInstructions(input)) texts.push(typeof message.content === "string" ? message.content : "");
      } catch {
        // A prompt that cannot be built for a bare input is still covered by the phrases above.
      }
    }
  }
  const all = new Set<string>();
  for (const text of texts) for (const s of shingles(text)) all.add(s);
  // The customer is told these in so many words: the greeting, the refusal, the "no answer" line, the handoff.
  const customerFacing = [...Object.values(policy.disclosure ?? {}), 'You can talk to a person at any time by saying "talk to a person".'];
  for (const text of customerFacing) if (typeof text === "string") for (const s of shingles(text)) all.delete(s);
  promptShinglesCache.set(policy, all);
  return all;
}

// ---------------------------------------------------------------------------------------------------------------

const TOPIC_LEXICON: Record<string, RegExp> = {
  politics: /\b(election|democrat|republican|president|congress|parliament|political part(y|ies)|vote for|liberal|conservative)\b/i,
  religion: /\b(god|jesus|allah|bible|quran|church|mosque|religio(n|us)|pray(er)?)\b/i,
  medical_advice: /\b(diagnos(e|is)|dosage|prescri(be|ption)|medication|you should take \d+ ?mg|symptoms? of)\b/i,
  legal_advice: /\b(you should sue|legal advice|your legal rights are|file a lawsuit|consult(ing)? (a|an) (lawyer|attorney) is not needed)\b/i,
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
  return { raw, normalized: raw.toLowerCase(), knowledge: knowledge.toLowerCase(), knowledgeAmounts, percents, actions, prompt: promptShingles(context.policy) };
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
    if (match && !lexicon.test(grounding.raw)) violations.push({ type: "prohibited_topic", detail: `${topic}: "${match[0]}"` });
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
  if (unbounded && !grounding.knowledge.includes(unbounded[0].toLowerCase())) violations.push({ type: "ungrounded_promise", detail: unbounded[0] });

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
    if (!allowed.has(ref.toLowerCase()) && !grounding.knowledge.includes(ref.toLowerCase())) violations.push({ type: "other_customer_data", detail: ref });
  }
  for (const span of detectPii(reply)) {
    if (span.type === "email" && (allowed.has(span.value.toLowerCase()) || grounding.normalized.includes(span.value.toLowerCase()))) continue;
    if (span.type === "phone" && grounding.normalized.includes(span.value.toLowerCase())) continue;
    violations.push({ type: span.type === "email" ? "other_customer_data" : "pii_leak", detail: span.type });
  }
  return { ok: violations.length === 0, violations };
}

/** A question ("Has your refund been processed?") or a condition ("If your order was cancelled, ...") claims nothing. */
function hypothetical(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  // ... and neither does a description ("an order that has been placed cannot be edited").
  return /\?\s*$/.test(sentence) || /\b(?:if|when|whenever|once|after|unless|whether|until|before|in case)\b/i.test(before) || /\b(?:that|which|who)\s*$/i.test(before);
}

/** What a lookup shows an order went through: "Order NW-100042 was cancelled" reports it, it claims nothing new. */
const STATE_IN_RESULT: Partial<Record<ActionKind, RegExp>> = {
  cancel: /"status":"cancel/,
  refund: /"status":"(?:refund|returned)|"refundedCents":[1-9]/,
  return: /"status":"return|"kind":"return"/,
  exchange: /"kind":"exchange"/,
};
const READ_TOOLS = new Set(["lookup_order", "lookup_orders", "unknown_read"]);

function reportedState(kind: ActionKind, actions: ValidationAction[], named: string[], money: MoneyMention[]): boolean {
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

function claimIn(sentence: string): { kind: ActionKind; text: string; passive: boolean } | null {
  for (const pattern of CLAIMS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const verb = m[1] ?? m[2] ?? m[3] ?? "";
    if (hypothetical(sentence, m.index)) continue;
    // "Refunds are processed within 5-10 days" is policy, not a claim: the passive forms need a subject that is
    // this customer's (your/the/this/it/that/order/amount), which the generic present tense lacks.
    if (pattern !== CLAIMS[0] && !/\b(?:your|the|this|that|it|it's|its|order|nw-\d{6}|[$€£]\s?\d|everything|all)\b/i.test(sentence.slice(0, m.index + m[0].length))) continue;
    return { kind: claimKind(sentence, verb || m[0]), text: m[0].trim(), passive: pattern !== CLAIMS[0] };
  }
  return null;
}

/**
 * Null when an action backs the claim; otherwise why not. "done" needs an executed action; "promised" accepts one
 * that is proposed or waiting for approval too. Kind, named order and named amount must all match one action.
 */
function unbackedClaim(
  claim: { kind: ActionKind; text: string },
  actions: ValidationAction[],
  named: string[],
  money: MoneyMention[],
  mode: "done" | "promised",
): string | null {
  const tools = KIND_TOOLS[claim.kind];
  const ofKind = actions.filter((a) => tools.includes(a.tool) || a.tool === "unknown_write");
  const live = ofKind.filter((a) => (mode === "done" ? a.executed : a.executed || a.decision === "proposed" || a.decision === "needs_approval"));
  const noun = claim.kind === "any" ? "action" : claim.kind === "address" ? "address change" : claim.kind;
  if (live.length === 0) {
    return mode === "done" ? `no ${noun} was executed in this conversation` : `no ${noun} was proposed or requested in this conversation`;
  }
  const onOrder = named.length ? live.filter((a) => !a.orderNumber || named.includes(a.orderNumber)) : live;
  if (onOrder.length === 0) return `no ${noun} on ${named.join(", ")}`;
  if (money.length > 0 && !onOrder.some((a) => money.every((m) => a.amountsCents.includes(m.cents)))) {
    return `no ${noun} for ${money.map((m) => m.text).join(", ")}`;
  }
  return null;
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
