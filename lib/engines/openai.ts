import { generateText, type LanguageModelUsage, Output, stepCountIs, streamText, type ToolSet } from "ai";
import { createDeadline } from "@/lib/engines/deadline";
import { toEngineError } from "@/lib/engines/engine-error";
import { createModelCatalog, DEFAULT_TOTAL_TIMEOUT_MS, type OpenAISettings } from "@/lib/engines/models";
import {
  replyInstructions,
  replyMessages,
  TRIAGE_INSTRUCTIONS,
  triageMessages,
  triageOutputSchema,
} from "@/lib/engines/openai-prompts";
import { searchKnowledgeTool } from "@/lib/engines/search-knowledge-tool";
import { reportUnofferedTool } from "@/lib/engines/unoffered-tool";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import {
  type Engine,
  NO_USAGE,
  type ReplyInput,
  type ReplyMeta,
  type ReplyStream,
  type ReplyToolCall,
  type Triage,
  type TriageInput,
  type TriageResult,
  type Usage,
} from "@/lib/engines/types";

/**
 * The model engine: the AI SDK over Chat Completions (OpenAI or any compatible server). Structured output for
 * triage, streamed text with tools for replies. It never retries and never falls back by itself: a failure
 * surfaces as an EngineError, and lib/engines/fallback.ts decides what the customer sees instead.
 */
export type OpenAIEngineOptions = {
  settings: OpenAISettings;
  /** Knowledge search for the built-in `search_knowledge` tool; without it the tool is not offered. */
  searchKnowledge?: (query: string) => RetrievedArticle[];
};

const DEFAULT_MAX_STEPS = 4;

export function createOpenAIEngine(options: OpenAIEngineOptions): Engine {
  const catalog = createModelCatalog(options.settings);
  const { timeoutMs } = options.settings;
  const totalTimeoutMs = options.settings.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
  const failure = (error: unknown, deadline: ReturnType<typeof createDeadline>) =>
    toEngineError(error, {
      timedOut: deadline.timedOut(),
      expired: deadline.expired(),
      timeoutMs,
      totalTimeoutMs,
      callerAborted: deadline.callerAborted(),
    });

  async function triage(input: TriageInput, signal?: AbortSignal): Promise<TriageResult> {
    const deadline = createDeadline(timeoutMs, signal, totalTimeoutMs);
    try {
      const result = await generateText({
        model: catalog.model("triage"),
        instructions: TRIAGE_INSTRUCTIONS,
        messages: triageMessages(input),
        output: Output.object({ schema: triageOutputSchema, name: "triage" }),
        temperature: 0,
        // Retrying would only delay the local fallback, which answers in a millisecond.
        maxRetries: 0,
        abortSignal: deadline.signal,
      });
      const requests = result.output.requests;
      return {
        triage: normalizeTriage(result.output),
        usage: toUsage(result.usage),
        engineUsed: "openai",
        ...(requests?.length ? { requests } : {}),
      };
    } catch (error) {
      throw failure(error, deadline);
    } finally {
      deadline.clear();
    }
  }

  function reply(input: ReplyInput): ReplyStream {
    const deadline = createDeadline(timeoutMs, input.signal, totalTimeoutMs);
    const tools: ToolSet = {
      ...(options.searchKnowledge ? { search_knowledge: searchKnowledgeTool(options.searchKnowledge) } : {}),
      ...input.tools,
    };
    const result = streamText({
      model: catalog.model("reply"),
      instructions: replyInstructions(input),
      messages: replyMessages(input),
      tools,
      stopWhen: stepCountIs(input.maxSteps ?? DEFAULT_MAX_STEPS),
      temperature: 0.2,
      maxRetries: 0,
      abortSignal: deadline.signal,
      // Failures arrive as stream parts and are turned into EngineErrors below; the SDK's default handler
      // would also print them to the console.
      onError: () => {},
    });

    const usage = deferred<Usage>();
    const meta = deferred<ReplyMeta>();

    async function* textStream(): AsyncGenerator<string> {
      const toolCalls = new Map<string, ReplyToolCall>();
      const spent = { ...NO_USAGE };
      let completed = false;
      try {
        for await (const part of result.stream) {
          deadline.touch();
          switch (part.type) {
            case "text-delta":
              if (part.text) yield part.text;
              break;
            case "tool-call":
              toolCalls.set(part.toolCallId, { name: part.toolName, input: part.input });
              // A name that was not offered: the SDK refuses it to the model; the hook puts it on the trace.
              if (!Object.hasOwn(tools, part.toolName))
                reportUnofferedTool(input.tools, {
                  toolCallId: part.toolCallId,
                  name: part.toolName,
                  input: part.input,
                });
              break;
            case "tool-result":
              Object.assign(toolCalls.get(part.toolCallId) ?? {}, { output: part.output });
              break;
            case "tool-error":
              Object.assign(toolCalls.get(part.toolCallId) ?? {}, {
                error: part.error instanceof Error ? part.error.message : String(part.error),
              });
              break;
            case "finish-step":
              addUsage(spent, part.usage);
              break;
            case "error":
              throw part.error;
            case "abort":
              // Ours (timeout) or the caller's: toEngineError tells them apart.
              throw new DOMException("The model call was aborted", "AbortError");
          }
        }
        completed = true;
      } catch (error) {
        throw failure(error, deadline);
      } finally {
        deadline.clear();
        // A consumer that stops early, or a failure, must not leave the HTTP request running.
        if (!completed) deadline.abort();
        usage.resolve(spent);
        meta.resolve({ engineUsed: "openai", toolCalls: [...toolCalls.values()] });
      }
    }

    return { textStream: textStream(), usage: usage.promise, meta: meta.promise };
  }

  return { name: "openai", model: catalog.modelId("reply"), capabilities: { toolCalling: true }, triage, reply };
}

/** The model's structured output, clamped to the ranges the rest of the pipeline relies on. */
function normalizeTriage(output: {
  intent: Triage["intent"];
  confidence: number;
  sentiment: Triage["sentiment"];
  sentimentScore: number;
  urgency: Triage["urgency"];
  language: string;
}): Triage {
  return {
    intent: output.intent,
    confidence: clamp(output.confidence, 0, 1),
    sentiment: output.sentiment,
    sentimentScore: clamp(output.sentimentScore, -1, 1),
    urgency: output.urgency,
    language: /^[a-z]{2}$/i.test(output.language.trim()) ? output.language.trim().toLowerCase() : "other",
  };
}

function toUsage(usage: LanguageModelUsage): Usage {
  return { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 };
}

function addUsage(into: Usage, usage: LanguageModelUsage): void {
  into.inputTokens += usage.inputTokens ?? 0;
  into.outputTokens += usage.outputTokens ?? 0;
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
