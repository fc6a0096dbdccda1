/**
 * Prompt-injection and jailbreak signals in customer text. Customer text is data, never instructions (DESIGN.md):
 * the score does not gate what the model may do (the tools do that), it decides how a turn is handled (a polite,
 * on-brand refusal instead of an answer) and is recorded on the trace with the reasons that fired.
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

/** Each pattern adds evidence for its signal; the score combines signals as independent evidence. */
const PATTERNS: Array<{ signal: InjectionSignal; weight: number; pattern: RegExp }> = [
  {
    signal: "instruction_override",
    weight: 0.75,
    pattern:
      /\b(ignore|disregard|forget|override|bypass|skip)\b[^.!?\n]{0,40}\b(previous|prior|above|earlier|all|your|the|these|any)\b[^.!?\n]{0,25}\b(instructions?|rules?|guidelines?|directives?|prompts?|polic(y|ies)|constraints?|programming)\b/i,
  },
  { signal: "instruction_override", weight: 0.6, pattern: /\bnew (instructions?|rules?)\b\s*[:-]|\bfrom now on,? (you|your)\b/i },
  { signal: "instruction_override", weight: 0.55, pattern: /\byou (must|will) (now )?(obey|comply|follow) (me|my|all)\b|\bobey all of the following\b/i },
  {
    signal: "role_play",
    weight: 0.5,
    pattern: /\b(you are now|you're now|pretend (to be|you are|you're)|act as (if|an?|my)|roleplay as|role-play as|simulate being|from now on you are)\b/i,
  },
  { signal: "role_play", weight: 0.35, pattern: /\b(stay in character|in this hypothetical|let'?s play a game)\b/i },
  {
    signal: "jailbreak_persona",
    weight: 0.85,
    pattern: /\b(do anything now|developer mode|jailbreak|jailbroken|unfiltered mode|god mode|evil (confidant|mode)|anti-?dan)\b/i,
  },
  // The persona names are shouted in the templates; matching case keeps a customer called Dan or Stan safe.
  { signal: "jailbreak_persona", weight: 0.7, pattern: /\b(DAN|STAN|DUDE)\b/ },
  { signal: "jailbreak_persona", weight: 0.6, pattern: /\b(not bound by|free(d)? from) (any |all )?(ethical|moral|legal|openai|content) ?(constraints|guidelines|rules|policies|restrictions)?/i },
  {
    signal: "prompt_extraction",
    weight: 0.75,
    pattern:
      /\b(system|initial|original|hidden|starting|secret|developer) (prompt|instructions?|message|configuration)\b|\b(repeat|print|output|reveal|show|display|tell me|what are|what were|encode|translate|give me)\b[^.?!\n]{0,40}\b(your (instructions|prompt|rules|guidelines)|the (instructions|prompt|rules) (you|above|given|that were))\b/i,
  },
  {
    signal: "prompt_extraction",
    weight: 0.55,
    pattern:
      /\b(text|everything|words?) (above|before this)\b|\bwhat (were you|are you not supposed to|have you been) (told|tell me|instructed)\b|\bi was instructed to\b|\bmy instructions are\b|\bconversation (back to me )?word for word\b/i,
  },
  { signal: "prompt_extraction", weight: 0.5, pattern: /console\.log\(|<\/?system|\bsystemPrompt\b|\bsystem message\b/i },
  { signal: "fake_delimiter", weight: 0.7, pattern: /\[\/?INST\]|<\|im_(start|end)\|>|<\|(system|assistant|user)\|>|^#{2,}\s*(system|assistant|instructions?)\b|\bBEGIN (SYSTEM|ADMIN)\b/im },
  { signal: "fake_delimiter", weight: 0.45, pattern: /^\s*(system|assistant)\s*:/im },
  {
    signal: "policy_bypass",
    weight: 0.55,
    pattern:
      /\b(legally binding|no takesies backsies|agree (to|with) (anything|everything) (i|the customer) say|end each (response|reply|answer) with|say yes to everything|you (have to|must) (agree|accept|honou?r))\b/i,
  },
  { signal: "policy_bypass", weight: 0.4, pattern: /\b(maintenance|debug|admin|sudo|root) mode\b|\bi am (your|the) (developer|admin|administrator|creator)\b/i },
  { signal: "encoded_payload", weight: 0.5, pattern: /\b(base64|rot13|rot-13|hex[- ]?encoded?|morse code|leetspeak)\b/i },
];

// A long run of base64 or hex, or invisible characters, hides instructions from a human reader.
const BASE64_BLOCK = /(?:[A-Za-z0-9+/]{4}){12,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?/;
const HEX_BLOCK = /\b(?:[0-9a-f]{2}\s?){24,}\b/i;
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u{E0000}-\u{E007F}]/u;

export const INJECTION_THRESHOLD = 0.5;

export function detectInjection(text: string): InjectionResult {
  const evidence = new Map<InjectionSignal, number>();
  const add = (signal: InjectionSignal, weight: number) => {
    const previous = evidence.get(signal) ?? 0;
    evidence.set(signal, 1 - (1 - previous) * (1 - weight));
  };
  for (const { signal, weight, pattern } of PATTERNS) if (pattern.test(text)) add(signal, weight);
  if (BASE64_BLOCK.test(text) && looksLikeBase64Text(text)) add("encoded_payload", 0.55);
  if (HEX_BLOCK.test(text)) add("encoded_payload", 0.45);
  if (INVISIBLE.test(text)) add("encoded_payload", 0.4);
  // Very long messages with many imperative lines are the shape of pasted jailbreak templates.
  if (text.length > 1200 && (text.match(/\b(you (must|will|should)|always|never)\b/gi)?.length ?? 0) >= 6) add("jailbreak_persona", 0.5);

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
