import { ALL_RULES } from "./injection-rules";

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
const IMPERATIVE = /\b(?:you (?:must|will|should)|always|never)\b/gi;

export function detectInjection(text: string): InjectionResult {
  const evidence = new Map<InjectionSignal, number>();
  const add = (signal: InjectionSignal, weight: number) => {
    const previous = evidence.get(signal) ?? 0;
    evidence.set(signal, 1 - (1 - previous) * (1 - weight));
  };
  // Invisible characters are evidence themselves, and must not split the words the patterns look for.
  const hidden = INVISIBLE.test(text);
  const clean = (hidden ? text.replace(INVISIBLE_ALL, "") : text).normalize("NFKC").replace(/[’‘`´]/g, "'");
  for (const { signal, weight, pattern, unless } of ALL_RULES) {
    if (pattern.test(clean) && !unless?.test(clean)) add(signal, weight);
  }
  if (BASE64_BLOCK.test(clean) && looksLikeBase64Text(clean)) add("encoded_payload", 0.55);
  if (HEX_BLOCK.test(clean)) add("encoded_payload", 0.45);
  if (hidden) add("encoded_payload", 0.4);
  // Very long messages with many imperative lines are the shape of pasted jailbreak templates.
  if (clean.length > 1200 && (clean.match(IMPERATIVE)?.length ?? 0) >= 6) add("jailbreak_persona", 0.5);

  let miss = 1;
  for (const weight of evidence.values()) miss *= 1 - weight;
  const score = Math.round((1 - miss) * 1000) / 1000;
  const reasons = INJECTION_SIGNALS.filter((signal) => (evidence.get(signal) ?? 0) > 0);
  return { flagged: score >= INJECTION_THRESHOLD, score, reasons };
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
