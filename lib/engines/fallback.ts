import { EngineError } from "@/lib/engines/engine-error";
import {
  type Engine,
  NO_USAGE,
  type ReplyInput,
  type ReplyMeta,
  type ReplyStream,
  type TriageInput,
  type TriageResult,
  type Usage,
} from "@/lib/engines/types";

/**
 * Wraps a model engine with the local one so that a customer always gets an answer:
 * - triage that fails or times out is redone locally;
 * - a reply that fails before its first token is answered locally instead;
 * - a reply that breaks off mid-stream keeps what was sent, says honestly that it was cut off, and finishes
 *   with the local answer.
 * Every fallback is reported (`fallbackReason`) so the turn's trace shows it. A request the customer cancelled
 * is not a failure: it is passed on, not answered.
 */
export type FallbackEvent = { stage: "triage" | "reply"; reason: string; error: unknown };

export type FallbackOptions = { onFallback?: (event: FallbackEvent) => void };

export const MID_STREAM_SEPARATOR = "\n\nSorry, my answer was cut off. Here is what our policy says instead:\n\n";

export function withFallback(primary: Engine, fallback: Engine, options: FallbackOptions = {}): Engine {
  const report = (stage: FallbackEvent["stage"], reason: string, error: unknown) =>
    options.onFallback?.({ stage, reason, error });

  async function triage(input: TriageInput, signal?: AbortSignal): Promise<TriageResult> {
    try {
      return await primary.triage(input, signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      const reason = `triage: ${describe(error)}`;
      report("triage", reason, error);
      const result = await fallback.triage(input, signal);
      return { ...result, engineUsed: fallback.name, fallbackReason: reason };
    }
  }

  function reply(input: ReplyInput): ReplyStream {
    const usage = deferred<Usage>();
    const meta = deferred<ReplyMeta>();

    async function* textStream(): AsyncGenerator<string> {
      let primaryStream: ReplyStream | undefined;
      let sentAnything = false;
      try {
        primaryStream = primary.reply(input);
        for await (const delta of primaryStream.textStream) {
          sentAnything = true;
          yield delta;
        }
        usage.resolve(await primaryStream.usage);
        meta.resolve(await primaryStream.meta);
        return;
      } catch (error) {
        if (input.signal?.aborted) throw error;
        const reason = sentAnything
          ? `reply broke off mid-stream: ${describe(error)}`
          : `reply failed before the first token: ${describe(error)}`;
        report("reply", reason, error);
        if (sentAnything) yield MID_STREAM_SEPARATOR;
        const local = fallback.reply(input);
        yield* local.textStream;
        // Tokens the primary spent before failing were still spent (and billed).
        const spent = primaryStream ? await primaryStream.usage : NO_USAGE;
        const localUsage = await local.usage;
        const primaryMeta = primaryStream ? await primaryStream.meta : undefined;
        usage.resolve({
          inputTokens: spent.inputTokens + localUsage.inputTokens,
          outputTokens: spent.outputTokens + localUsage.outputTokens,
        });
        meta.resolve({ engineUsed: fallback.name, fallbackReason: reason, toolCalls: primaryMeta?.toolCalls ?? [] });
      } finally {
        // A consumer that stopped early still gets settled promises (a later resolve is a no-op).
        usage.resolve(NO_USAGE);
        meta.resolve({ engineUsed: primary.name, toolCalls: [] });
      }
    }

    return { textStream: textStream(), usage: usage.promise, meta: meta.promise };
  }

  return {
    name: primary.name,
    model: primary.model,
    ...(primary.capabilities ? { capabilities: primary.capabilities } : {}),
    triage,
    reply,
  };
}

function describe(error: unknown): string {
  if (error instanceof EngineError) return error.message;
  // Not from our engines: keep the trace readable without leaking internals.
  return error instanceof Error ? error.name : "unknown error";
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
