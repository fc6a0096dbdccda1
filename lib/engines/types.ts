import type { ToolSet } from "ai";
import type { RetrievedArticle } from "@/lib/knowledge/article";
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
  /** ISO 639-1 code, e.g. "en", "es", "fr", "de"; the local engine says "other" for languages it does not know. */
  language: string;
};

/** Which engine produced a result, and why it was not the one asked for. */
export type EngineOutcome = {
  engineUsed: EngineName;
  /** Set when a fallback engine produced the result: what went wrong with the primary, safe to show staff. */
  fallbackReason?: string;
};

/**
 * What the customer asks for, as an engine read it (a model through structured output). The pipeline turns it into
 * its own typed request (lib/pipeline/request.ts) and resolves it against the order; nothing here authorizes anything.
 */
export type ReadRequest = {
  kind: "question" | "action" | "confirm" | "chitchat";
  action?:
    | "cancel"
    | "change_address"
    | "update_default_address"
    | "change_items"
    | "return"
    | "refund"
    | "goodwill"
    | "resend"
    | null;
  orderNumber?: string | null;
  /** Items in the customer's words, with how many and, for exchanges, the options wanted instead. */
  items?: Array<{ name: string; quantity?: number | null; wanted?: Record<string, string> | null }> | null;
  address?: {
    line1: string;
    line2?: string | null;
    city: string;
    region?: string | null;
    postalCode: string;
    country: string;
  } | null;
  problem?: "damaged" | "defective" | "missing" | "wrong_item" | null;
  refundMethod?: "original_payment" | "store_credit" | null;
  answer?: "yes" | "no" | null;
};

export type TriageResult = EngineOutcome & {
  triage: Triage;
  usage: Usage;
  /** The requests in the message, when the engine reads them (a model); otherwise the pipeline's parsers do. */
  requests?: ReadRequest[];
};

export type ReplyInput = {
  message: string;
  history: ChatTurn[];
  triage: Triage;
  /** Articles above the policy's retrieval threshold, best first. The reply may use only these. */
  articles: RetrievedArticle[];
  policy: SupportPolicy;
  signal?: AbortSignal;
  /**
   * Extra tools the model may call (AI SDK tools, built by factories that know the verified customer). Each tool
   * checks identity and policy limits itself. Engines that cannot call tools ignore them.
   */
  tools?: ToolSet;
  /** Most model steps (a step is one model call; tool round trips add steps). Default: 4. */
  maxSteps?: number;
  /** Actions the pipeline already decided this turn (identity checks, the local engine's tool calls). */
  actions?: ActionSummary[];
  /** Whether the customer's identity is verified in this conversation (account tools need it). */
  verified?: boolean;
  /** Who will send the reply: the AI to the customer (default), or a person holding the conversation (a draft). */
  audience?: "customer" | "agent";
};

/** A tool decision as a reply may use it: the customer-readable sentence is the tool's own. */
export type ActionSummary = {
  tool: string;
  decision: "allowed" | "denied" | "needs_approval";
  customerMessage: string;
  result?: unknown;
};

export type ReplyToolCall = { name: string; input: unknown; output?: unknown; error?: string };

export type ReplyMeta = EngineOutcome & {
  /** Tools the model called, in order, with their results: recorded on the turn's trace. */
  toolCalls: ReplyToolCall[];
};

export type ReplyStream = {
  /** Text deltas, in order. Iterate once. */
  textStream: AsyncIterable<string>;
  /** Settles after the stream ends. */
  usage: Promise<Usage>;
  /** Settles after the stream ends: which engine produced the text, and the tool calls it made. */
  meta: Promise<ReplyMeta>;
};

/** What an engine can do, so the turn asks instead of branching on engine names. */
export type EngineCapabilities = {
  /** Calls tools itself while replying (a model); an engine without it gets the pipeline's actions as data. */
  toolCalling: boolean;
};

export interface Engine {
  readonly name: EngineName;
  readonly capabilities?: EngineCapabilities;
  /** The model id, or null for the local engine. */
  readonly model: string | null;
  triage(input: TriageInput, signal?: AbortSignal): Promise<TriageResult>;
  reply(input: ReplyInput): ReplyStream;
}
