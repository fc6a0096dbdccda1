import type { SupportPolicy } from "@/lib/policy/schema";

/**
 * Stage 1 of a turn: is this message acceptable input at all? Size and encoding limits come from policy.
 * Prompt-injection signals (injection.ts) and PII (pii.ts) are the rest of the stage. This module has no server-only
 * imports: the chat page runs the same check before sending, so the customer sees the server's exact wording.
 */
export type ScreenResult =
  | { ok: true; text: string; chars: number }
  | { ok: false; code: "empty_message" | "message_too_long"; message: string };

// C0/C1 control characters other than tab and newline, and lone surrogates: never meaningful in a chat message.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normalizeMessage(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFC")
    .replace(/\n{4,}/g, "\n\n\n")
    .trim();
}

// Characters that take no space: zero-width spaces and joiners, word joiners, the byte-order mark, soft hyphens,
// invisible operators, bidirectional controls. Inside text they can matter (a joiner in an emoji), but a message of
// nothing else is empty.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

export function screenMessage(raw: string, limits: Pick<SupportPolicy["limits"], "max_message_chars">): ScreenResult {
  const text = normalizeMessage(raw);
  const chars = [...text].length;
  if (chars === 0 || text.replace(INVISIBLE, "").trim() === "")
    return { ok: false, code: "empty_message", message: "Please type a message before sending." };
  if (chars > limits.max_message_chars) {
    return {
      ok: false,
      code: "message_too_long",
      message: `Messages can be up to ${limits.max_message_chars.toLocaleString("en-US")} characters; this one has ${chars.toLocaleString("en-US")}. Please shorten it or split it in two.`,
    };
  }
  return { ok: true, text, chars };
}

/**
 * Requests the assistant declines however they are phrased (the DPD lesson): to swear, to write poems, jokes or
 * songs, to mock or insult the store, or to give opinions on politics. Answered with the policy's refusal, not
 * passed to a model that might oblige.
 */
const OFF_TOPIC_REQUESTS: Array<{ kind: string; pattern: RegExp }> = [
  {
    kind: "profanity_request",
    pattern:
      /\b(swear|curse|cuss)\b(?! (word )?(filter|jar))|\b(use|say|write)\b[^.?!]{0,20}\b(bad|foul|profane|dirty|rude) (words?|language)\b/i,
  },
  {
    kind: "creative_writing",
    pattern:
      /\b(write|compose|make up|give me|tell me|create)\b[^.?!]{0,30}\b(poem|song|haiku|limerick|rap|sonnet|story|joke|essay|lyrics)\b/i,
  },
  {
    kind: "disparagement",
    pattern:
      /\b(mock|insult|roast|trash[- ]?talk|make fun of|badmouth)\b[^.?!]{0,30}\b(store|company|shop|brand|yourself|northwind|your (boss|employer|company))\b/i,
  },
  {
    kind: "disparagement",
    pattern:
      /\b(worst|useless|terrible|awful)\b[^.?!]{0,20}\b(company|store|chatbot|bot)\b[^.?!]{0,20}\b(say|admit|agree)\b/i,
  },
  {
    kind: "opinion_politics",
    pattern:
      /\b(who should i vote for|your (opinion|view) on (politics|the election|religion)|which (party|candidate))\b/i,
  },
];

export function detectOffTopicRequest(text: string): { kind: string } | null {
  for (const { kind, pattern } of OFF_TOPIC_REQUESTS) if (pattern.test(text)) return { kind };
  return null;
}
