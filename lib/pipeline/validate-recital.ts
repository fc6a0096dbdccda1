import { replyInstructions, TRIAGE_INSTRUCTIONS } from "@/lib/engines/openai-prompts";
import type { ReplyInput } from "@/lib/engines/types";
import type { SupportPolicy } from "@/lib/policy/schema";

/** Recital of the assistant's instructions: talk about them, or long word-for-word runs of its prompts. */

/** Words in a run: seven words copied in order from a prompt is a recital, not a coincidence. */
const SHINGLE = 7;
export const TALK_ABOUT_INSTRUCTIONS =
  /\b(?:my|the) (?:system )?(?:instructions|prompt|system prompt|programming|guidelines|directives|rules) (?:are|say|says|tell me|state|read|include|were)\b|\bi (?:was|am|have been|'ve been|'m) (?:told|instructed|programmed|trained|configured|asked) (?:to|not to|that)\b|\b(?:according to|per|under) my (?:instructions|prompt|programming|system prompt|guidelines)\b|\bhere (?:are|is) my (?:instructions|prompt|system prompt|rules|guidelines)\b|\bmy system prompt\b|\bsystem (?:message|prompt) (?:says|said|tells)\b/i;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}$'\s-]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
export function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

const promptShinglesCache = new WeakMap<SupportPolicy, Set<string>>();
/** Seven-word runs of the assistant's prompts (as built for this policy), minus what the customer may be told anyway. */
export function promptShingles(policy: SupportPolicy): Set<string> {
  const cached = promptShinglesCache.get(policy);
  if (cached) return cached;
  const texts: string[] = [TRIAGE_INSTRUCTIONS];
  for (const audience of ["customer", "agent"] as const) {
    for (const verified of [true, false]) {
      const input = {
        message: "",
        history: [],
        articles: [],
        policy,
        audience,
        verified,
        actions: [],
        triage: { language: "en" },
      } as unknown as ReplyInput;
      try {
        for (const message of replyInstructions(input))
          texts.push(typeof message.content === "string" ? message.content : "");
      } catch {
        // A prompt that cannot be built for a bare input is still covered by the phrases above.
      }
    }
  }
  const all = new Set<string>();
  for (const text of texts) for (const s of shingles(text)) all.add(s);
  // The customer is told these in so many words: the greeting, the refusal, the "no answer" line, the handoff.
  const customerFacing = [
    ...Object.values(policy.disclosure ?? {}),
    'You can talk to a person at any time by saying "talk to a person".',
  ];
  for (const text of customerFacing) if (typeof text === "string") for (const s of shingles(text)) all.delete(s);
  promptShinglesCache.set(policy, all);
  return all;
}
