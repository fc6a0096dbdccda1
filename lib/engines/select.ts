import "server-only";
import { type Env, env } from "@/lib/env";
import { withFallback } from "@/lib/engines/fallback";
import { createLocalEngine } from "@/lib/engines/local/engine";
import { intentModel } from "@/lib/engines/local/intent-classifier";
import { openAISettingsFromEnv } from "@/lib/engines/models";
import { createOpenAIEngine } from "@/lib/engines/openai";
import type { Engine, EngineName } from "@/lib/engines/types";
import { log } from "@/lib/log";
import type { RetrievedArticle } from "@/lib/knowledge/article";

/**
 * Which engine answers customers, decided once from the environment: TANDEM_ENGINE forces one; otherwise an
 * OpenAI key means the model (with the local engine as fallback) and no key means the local engine. The console
 * banner and /api/health show the same decision, with the reason in words.
 */
export type EngineStatus = { engine: EngineName; model: string | null; reason: string };

export function chooseEngine(e: Env): EngineStatus {
  const model = e.OPENAI_MODEL_REPLY;
  const where = e.OPENAI_BASE_URL ? ` at ${hostOf(e.OPENAI_BASE_URL)}` : "";
  if (e.TANDEM_ENGINE === "local") {
    return {
      engine: "local",
      model: null,
      reason: "TANDEM_ENGINE is set to local, so answers come from Tandem's built-in engine.",
    };
  }
  if (e.TANDEM_ENGINE === "openai") {
    const keyNote = e.OPENAI_API_KEY
      ? ""
      : " No OPENAI_API_KEY is set, which works only with a server that needs none.";
    return {
      engine: "openai",
      model,
      reason: `TANDEM_ENGINE is set to openai, so answers come from ${model}${where}, with Tandem's built-in engine as fallback.${keyNote}`,
    };
  }
  if (e.OPENAI_API_KEY) {
    return {
      engine: "openai",
      model,
      reason: `An OPENAI_API_KEY is set, so answers come from ${model}${where}, with Tandem's built-in engine as fallback.`,
    };
  }
  return {
    engine: "local",
    model: null,
    reason: "No OPENAI_API_KEY is set, so answers come from Tandem's built-in engine.",
  };
}

export function engineStatus(): EngineStatus {
  return chooseEngine(env());
}

/** `searchKnowledge` is the runtime's one search index, offered to a model as a tool. */
export function selectEngine(searchKnowledge: (query: string) => RetrievedArticle[]): Engine {
  const local = createLocalEngine();
  // Train the local classifier now (about 0.1–0.3 s), at start-up or the health check, rather than during the
  // first customer's turn. The model engine needs it too: it is the fallback.
  intentModel();
  if (engineStatus().engine === "local") return local;
  const model = createOpenAIEngine({ settings: openAISettingsFromEnv(), searchKnowledge });
  return withFallback(model, local, {
    onFallback: ({ stage, reason }) => log.warn("engine.fallback", { stage, reason, model: model.model }),
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
