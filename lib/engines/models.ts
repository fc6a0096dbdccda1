import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import { env } from "@/lib/env";

/**
 * The one place that knows which model serves which use case and how to reach the provider. Everything else
 * asks for a model by use case; tests point the settings at a fake server instead of patching the SDK.
 */
export type ModelUseCase = "triage" | "reply" | "summary" | "draft";

export type OpenAISettings = {
  /** May be empty for a local OpenAI-compatible server that needs no key. */
  apiKey: string;
  /** e.g. https://api.openai.com/v1 (the default) or http://127.0.0.1:11434/v1 */
  baseURL?: string;
  models: Record<ModelUseCase, string>;
  /** A call with no progress for this long is abandoned (and the turn falls back to the local engine). */
  timeoutMs: number;
  /** A call not finished this long after it started is abandoned too, however steadily it streams. Default 60 s. */
  totalTimeoutMs?: number;
};

export const DEFAULT_TOTAL_TIMEOUT_MS = 60_000;

export function openAISettingsFromEnv(): OpenAISettings {
  const e = env();
  return {
    apiKey: e.OPENAI_API_KEY ?? "",
    baseURL: e.OPENAI_BASE_URL,
    models: {
      triage: e.OPENAI_MODEL_TRIAGE,
      reply: e.OPENAI_MODEL_REPLY,
      summary: e.OPENAI_MODEL_SUMMARY,
      // Drafts for human agents are replies by another name: same model, same grounding.
      draft: e.OPENAI_MODEL_REPLY,
    },
    // OPENAI_TIMEOUT_MS is the older name of the idle deadline.
    timeoutMs: e.OPENAI_IDLE_TIMEOUT_MS ?? e.OPENAI_TIMEOUT_MS,
    totalTimeoutMs: e.OPENAI_TOTAL_TIMEOUT_MS,
  };
}

export type ModelCatalog = {
  settings: OpenAISettings;
  model(useCase: ModelUseCase): LanguageModel;
  modelId(useCase: ModelUseCase): string;
};

export function createModelCatalog(settings: OpenAISettings): ModelCatalog {
  const provider = createOpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL });
  return {
    settings,
    // Chat Completions, not the Responses API: it is what every OpenAI-compatible server implements.
    model: (useCase) => provider.chat(settings.models[useCase]),
    modelId: (useCase) => settings.models[useCase],
  };
}
