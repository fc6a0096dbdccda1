import type { ReplyMeta, ReplyStream, Usage } from "@/lib/engines/types";
import { createSentenceGate } from "./sentence-gate";
import type { ValidationResult, ViolationType } from "./validate";

/**
 * The respond and validate stages together: the engine's reply streams to the customer sentence by sentence, each
 * sentence checked by the output guardrails before it is released. The first failing sentence ends the stream
 * (the engine is told to stop) and a safe replacement takes the rest of the reply's place.
 */
export type TextSink = {
  textStart(id: string): void;
  textDelta(id: string, delta: string): void;
  textEnd(id: string): void;
};

export type ValidatedReply = {
  /** The reply as stored and shown: released sentences, then the replacement if validation failed. */
  text: string;
  validation: ValidationResult & { replaced: boolean };
  usage: Usage;
  meta: ReplyMeta;
  /** Milliseconds from `startedAt` to the first released text, or null when nothing was released. */
  firstTokenMs: number | null;
};

/** Violations serious enough that a person should take over rather than the AI carrying on with a safe answer. */
export const SEVERE_VIOLATIONS = new Set<ViolationType>([
  "other_customer_data",
  "pii_leak",
  "ungrounded_promise",
  "profanity",
]);

export async function streamValidatedReply(options: {
  stream: ReplyStream;
  sink: TextSink;
  textId: string;
  check: (sentence: string) => ValidationResult;
  replacement: string;
  startedAt: number;
}): Promise<ValidatedReply> {
  const { stream, sink, textId } = options;
  const gate = createSentenceGate(options.check);
  let shown = "";
  let firstTokenMs: number | null = null;
  const release = (text: string) => {
    if (!text) return;
    if (firstTokenMs === null) firstTokenMs = performance.now() - options.startedAt;
    shown += text;
    sink.textDelta(textId, text);
  };

  sink.textStart(textId);
  for await (const delta of stream.textStream) {
    release(gate.push(delta));
    // Leaving the loop returns the engine's generator, which aborts a model call still writing.
    if (gate.failure) break;
  }
  if (!gate.failure) release(gate.flush());

  const failure = gate.failure;
  if (failure) release(`${shown && !/\s$/.test(shown) ? " " : ""}${shown ? "\n\n" : ""}${options.replacement}`);
  sink.textEnd(textId);

  const [usage, meta] = await Promise.all([
    settle(stream.usage, { inputTokens: 0, outputTokens: 0 }),
    settle(stream.meta, null),
  ]);
  return {
    text: shown.trim(),
    validation: failure ? { ...failure, replaced: true } : { ok: true, violations: [], replaced: false },
    usage,
    meta: meta ?? { engineUsed: "local", toolCalls: [] },
    firstTokenMs,
  };
}

/** A stream left early may never settle its promises as resolved; the turn still needs to finish. */
async function settle<T, F>(promise: Promise<T>, fallback: F): Promise<T | F> {
  const timeout = new Promise<F>((resolve) => setTimeout(() => resolve(fallback), 2_000).unref?.());
  return Promise.race([promise.catch(() => fallback), timeout]);
}
