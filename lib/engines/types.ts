import type { Intent, SupportPolicy } from "@/lib/policy/schema";

/**
 * The model-dependent work of a turn, behind one interface with two implementations: `local` (no network,
 * deterministic; the default, the fallback and what tests run on) and `openai` (the AI SDK with the OpenAI
 * provider or any compatible server). Everything that decides or authorizes lives outside the engines.
 */
export type EngineName = "local" | "openai";

export type Sentiment = "frustrated" | "neutral" | "positive";
export type Urgency = "critical" | "high" | "normal" | "low";

export type ChatTurn = { role: "customer" | "ai" | "agent" | "system"; text: string };

export type Usage = { inputTokens: number; outputTokens: number };
export const NO_USAGE: Usage = { inputTokens: 0, outputTokens: 0 };

export type TriageInput = {
  /** The customer's message, already screened (and, from the pipeline issue on, redacted). */
  message: string;
  /** Earlier turns, oldest first. */
  history: ChatTurn[];
};

export type Triage = {
  intent: Intent;
  /** Confidence in the intent, 0..1. */
  confidence: number;
  sentiment: Sentiment;
  /** -1 (very negative) .. 1 (very positive). */
  sentimentScore: number;
  urgency: Urgency;
  /** ISO 639-1 code, e.g. "en", "es", "fr", "de". */
  language: string;
};

/** A knowledge article as retrieval returns it: ranked, scored and checked for staleness. */
export type RetrievedArticle = {
  id: string;
  title: string;
  version: number;
  updated: string;
  /** BM25 score normalised to 0..1 (the share of the query's best possible score). */
  score: number;
  stale: boolean;
  /** The article body (Markdown). */
  body: string;
  /** The passage of the body that best matches the query. */
  passage: string;
};

export type ReplyInput = {
  message: string;
  history: ChatTurn[];
  triage: Triage;
  /** Articles above the policy's retrieval threshold, best first. The reply may use only these. */
  articles: RetrievedArticle[];
  policy: SupportPolicy;
  signal?: AbortSignal;
};

export type ReplyStream = {
  /** Text deltas, in order. Iterate once. */
  textStream: AsyncIterable<string>;
  /** Settles after the stream ends. */
  usage: Promise<Usage>;
};

export interface Engine {
  readonly name: EngineName;
  /** The model id, or null for the local engine. */
  readonly model: string | null;
  triage(input: TriageInput, signal?: AbortSignal): Promise<{ triage: Triage; usage: Usage }>;
  reply(input: ReplyInput): ReplyStream;
}
