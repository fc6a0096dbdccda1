import { ALL_RULES } from "./injection-rules";
import { structuralFeatures, templateEvidence } from "./injection-structure";
import { CASED_PATTERNS } from "./injection-vocabulary";

/**
 * Prompt-injection and jailbreak signals in customer text. Customer text is data, never instructions (DESIGN.md):
 * the score does not gate what the model may do (the tools do that), it decides how a turn is handled (a polite,
 * on-brand refusal instead of an answer) and is recorded on the trace with the reasons that fired.
 *
 * The patterns are built from small vocabularies (English, Spanish, French, German) around one idea: an attack is
 * an instruction aimed at the assistant itself (its rules, its prompt, its role, its checks), not at an order or a
 * courier. "Ignore your rules" fires and "ignore my last message" does not; "repeat your instructions" fires and
 * "repeat the instructions you gave me for the return" does not. Weak hints (a claimed staff role, a request to
 * skip verification, a "SYSTEM:" header) stay under the threshold alone and add up as independent evidence.
 */
export const INJECTION_SIGNALS = [
  "instruction_override",
  "role_play",
  "prompt_extraction",
  "encoded_payload",
  "fake_delimiter",
  "jailbreak_persona",
  "policy_bypass",
] as const;
export type InjectionSignal = (typeof INJECTION_SIGNALS)[number];

export type InjectionResult = { flagged: boolean; score: number; reasons: InjectionSignal[] };

export const INJECTION_THRESHOLD = 0.5;

// A long run of base64 or hex, or invisible characters, hides instructions from a human reader.
const BASE64_BLOCK = /(?:[A-Za-z0-9+/]{4}){12,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?/;
const HEX_BLOCK = /\b(?:[0-9a-f]{2}\s?){24,}\b/i;
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");
/** What a shop can be talked into giving: money, codes, approvals. */
const CONCESSION =
  /\b(?:discount|coupon|promo|voucher|gift ?card|store credit|refund(?:s|ed)?|for free|free (?:of charge|shipping|items?|products?)|\d+ ?(?:%|percent) off|price match|waive|approve|(?:staff|employee|secret|admin|override) (?:code|price|discount))\b|\bcodes?\b/;

export function detectInjection(text: string): InjectionResult {
  return screenForInjection(text, null);
}

/** One piece of evidence: the signal, its weight, and why it fired, in words a supervisor can read. */
export type InjectionEvidence = { signal: InjectionSignal; weight: number; why: string };

/** detectInjection plus every piece of evidence behind the score (for the trace view, evals and debugging). */
export function explainInjection(text: string): InjectionResult & { evidence: InjectionEvidence[] } {
  const evidence: InjectionEvidence[] = [];
  const result = screenForInjection(text, evidence);
  return { ...result, evidence };
}

function screenForInjection(text: string, explain: InjectionEvidence[] | null): InjectionResult {
  const evidence = new Map<InjectionSignal, number>();
  const add = (signal: InjectionSignal, weight: number, why?: () => string) => {
    const previous = evidence.get(signal) ?? 0;
    evidence.set(signal, 1 - (1 - previous) * (1 - weight));
    if (explain) explain.push({ signal, weight, why: why?.() ?? signal });
  };
  // Invisible characters are evidence themselves, and must not split the words the patterns look for.
  const hidden = INVISIBLE.test(text);
  const clean = (hidden ? text.replace(INVISIBLE_ALL, "") : text).normalize("NFKC").replace(/[’‘`´]/g, "'");
  // Most rules are written lowercase and matched on the lowercased text (see lowerSource in injection-vocabulary.ts).
  const lower = clean.toLowerCase();
  const fired = new Set<number>();
  ALL_RULES.forEach(({ signal, weight, pattern, unless }, i) => {
    const target = CASED_PATTERNS.has(pattern) ? clean : lower;
    if (pattern.test(target) && !unless?.test(lower)) {
      fired.add(i);
      add(signal, weight, () => `phrase "${pattern.exec(target)?.[0].trim().slice(0, 80)}"`);
    }
  });
  // Token smuggling: "1gn0r3 y0ur ru1es", "i g n o r e", "s-y-s-t-e-m p-r-o-m-p-t", "ig.nore". When words that
  // attacks are made of were hidden this way, that is evidence itself, and the rules run again on the decoded text.
  const smuggled = revealSmuggledWords(lower);
  if (smuggled) {
    add(
      "encoded_payload",
      smuggled.words.length > 1 ? 0.5 : 0.3,
      () => `obfuscated words (${smuggled.words.join(", ")})`,
    );
    ALL_RULES.forEach(({ signal, weight, pattern, unless }, i) => {
      if (fired.has(i) || CASED_PATTERNS.has(pattern)) return;
      if (pattern.test(smuggled.text) && !unless?.test(smuggled.text))
        add(signal, weight, () => `decoded phrase "${pattern.exec(smuggled.text)?.[0].trim().slice(0, 80)}"`);
    });
  }
  if (BASE64_BLOCK.test(clean) && looksLikeBase64Text(clean))
    add("encoded_payload", 0.55, () => "base64 block that decodes to readable text");
  if (HEX_BLOCK.test(clean)) add("encoded_payload", 0.45, () => "long hex block");
  if (hidden) add("encoded_payload", 0.4, () => "invisible characters inside the text");
  // The shape of a pasted template (persona + persistent rules, negated safety rules, a slot for the prompt, a long
  // list of directives): see injection-structure.ts.
  for (const finding of templateEvidence(structuralFeatures(clean, lower)))
    add(finding.signal, finding.weight, () => finding.why);
  // A role-play frame is weak alone; aimed at a concession (a code, a discount, a refund) it is social engineering.
  if (evidence.has("role_play") && CONCESSION.test(lower))
    add("policy_bypass", 0.3, () => `role-play aimed at a concession ("${CONCESSION.exec(lower)?.[0]}")`);

  let miss = 1;
  for (const weight of evidence.values()) miss *= 1 - weight;
  const score = Math.round((1 - miss) * 1000) / 1000;
  const reasons = INJECTION_SIGNALS.filter((signal) => (evidence.get(signal) ?? 0) > 0);
  return { flagged: score >= INJECTION_THRESHOLD, score, reasons };
}

/** Words injections are made of: hiding one of them (leetspeak, spaced or split letters) is not an accident. */
const SENSITIVE = new Set(
  "ignore disregard forget override bypass previous prior instructions instruction rules guidelines restrictions filters policy policies system prompt reveal jailbreak jailbroken developer unfiltered uncensored unrestricted pretend dan refund discount admin administrator verification secret hidden confidential".split(
    " ",
  ),
);
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
// Plain classes (Latin letters with their accents) rather than \p{L}: the text is lowercased and these run on every
// message, so they must cost next to nothing.
const LETTER = String.raw`a-z\u00C0-\u024F`;
const LEET_TOKEN = new RegExp(
  String.raw`(?<![${LETTER}0-9@$])[${LETTER}0-9@$]*(?:[${LETTER}][013457@$]|[013457@$][${LETTER}])[${LETTER}0-9@$]*`,
  "g",
);
const SPACED_LETTERS = new RegExp(
  String.raw`(?<![${LETTER}0-9])[${LETTER}](?:[ \-._*][${LETTER}](?![${LETTER}0-9])){3,}`,
  "g",
);
const SPLIT_WORD = new RegExp(String.raw`[${LETTER}]+(?:[-._*][${LETTER}]+)+`, "g");

/**
 * Decodes leetspeak, spaced-out letters and words split by punctuation, and returns the decoded text when that
 * revealed one of the SENSITIVE words (so ordinary "follow-up", "3pm" or "e.g." cost nothing), else null.
 */
function revealSmuggledWords(lower: string): { text: string; words: string[] } | null {
  const words = new Set<string>();
  const reveal = (token: string, decoded: string) => {
    if (decoded === token) return token;
    for (const word of decoded.split(" ")) if (SENSITIVE.has(word)) words.add(word);
    return decoded;
  };
  let text = lower.replace(LEET_TOKEN, (token) =>
    reveal(
      token,
      token.replace(/[013457@$]/g, (c) => LEET[c] ?? c),
    ),
  );
  text = text.replace(SPACED_LETTERS, (run) => {
    const joined = run.replace(/[ \-._*]/g, "");
    // "i g n o r e a l l" has no word gaps: name the hidden words it contains.
    for (const word of SENSITIVE) if (word.length >= 5 && joined.includes(word)) words.add(word);
    return reveal(run, joined);
  });
  text = text.replace(SPLIT_WORD, (token) => {
    const joined = token.replace(/[-._*]/g, "");
    return SENSITIVE.has(joined) ? reveal(token, joined) : token;
  });
  return words.size > 0 ? { text, words: [...words] } : null;
}

/** Decodes a candidate base64 block and checks that it is readable text, not a tracking number or a token. */
function looksLikeBase64Text(text: string): boolean {
  const block = BASE64_BLOCK.exec(text)?.[0];
  if (!block) return false;
  try {
    const decoded = Buffer.from(block, "base64").toString("utf8");
    const printable = decoded.replace(/[^\x20-\x7E\n]/g, "").length;
    return printable / Math.max(1, decoded.length) > 0.9 && /\s/.test(decoded);
  } catch {
    return false;
  }
}
