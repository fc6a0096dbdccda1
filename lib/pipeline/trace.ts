import "server-only";
import { randomUUID } from "node:crypto";
import type { EngineName, Triage, Usage } from "@/lib/engines/types";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ToolCallRecord } from "@/lib/tools/ai-tools";
import type { Complexity, Entities } from "@/lib/signals/entities";
import type { EscalationDecision } from "./escalate";
import type { InjectionResult } from "@/lib/signals/injection";
import { maskValue, type PiiSpan } from "@/lib/signals/pii";
import type { Violation } from "./validate";

/**
 * The record of one customer turn: every stage's result, the tool decisions, timings, tokens, the engine and the
 * policy version. This is what a supervisor reads to see why the AI did what it did, so it stores decisions and
 * reasons, and never a raw card number, phone or email (PII appears masked).
 */
export type TraceStages = {
  screen: { injection: InjectionResult; pii: Array<{ type: PiiSpan["type"]; masked: string }>; chars: number };
  triage: Triage & { entities: Entities; complexity: Complexity; engine: EngineName };
  route: { mode: "autonomous" | "draft_only" | "human_only"; action: "answer" | "refuse" | "draft" | "handoff" };
  retrieve: Array<{ id: string; title: string; version: number; score: number; stale: boolean; used: boolean }>;
  tools: Array<{
    tool: string;
    decision: string;
    reason?: string;
    executed: boolean;
    orderNumber?: string;
    input: unknown;
    durationMs: number;
    /** Money the call moved or will move (write tools), as the tool computed it. */
    money?: unknown;
    /** The proposal the customer confirmed, when the call ran on one. */
    proposalId?: string;
    /** Ran after the customer's explicit yes to a proposal. */
    confirmed?: boolean;
    /** A preview for a proposal: checked and priced, nothing written. */
    preview?: boolean;
  }>;
  /** What the customer asked for, as understood (kinds, tools, orders; never the customer's text). */
  understand?: { requests: Array<{ kind: string; action?: string; orderNumber?: string | null; confidence: number }> };
  /** Proposals offered to the customer this turn, and their answer to earlier ones. */
  proposal?: { offered: Array<{ id: string; tool: string; lines: string[] }>; answered: "yes" | "no" | null };
  validate: { ok: boolean; violations: Violation[]; replaced: boolean };
  escalate: EscalationDecision;
  handoff: { packetWords: number } | null;
  timings: Record<string, number>;
};

export type TraceRecord = {
  conversationId: string;
  customerMessageId: string;
  replyMessageId: string | null;
  engine: EngineName;
  model: string | null;
  policyVersion: string;
  fallbackReason: string | null;
  durationMs: number;
  usage: Usage;
  stages: TraceStages;
};

export async function saveTrace(prisma: PrismaClient | Prisma.TransactionClient, record: TraceRecord): Promise<string> {
  const { id, sql } = traceInsert(record);
  await prisma.$executeRaw(sql);
  return id;
}

/** The INSERT of a trace and the id it gives the row, for a caller that writes it together with other rows. */
export function traceInsert(record: TraceRecord): { id: string; sql: Prisma.Sql } {
  const id = randomUUID();
  const sql = Prisma.sql`
    INSERT INTO "TurnTrace" ("id", "conversationId", "customerMessageId", "replyMessageId", "engine", "model", "policyVersion",
      "stages", "fallbackReason", "durationMs", "inputTokens", "outputTokens", "createdAt")
    VALUES (${id}, ${record.conversationId}, ${record.customerMessageId}, ${record.replyMessageId}, ${record.engine}, ${record.model},
      ${record.policyVersion}, ${JSON.stringify(record.stages)}::jsonb, ${record.fallbackReason}, ${Math.round(record.durationMs)},
      ${record.usage.inputTokens}, ${record.usage.outputTokens}, ${new Date()}::timestamp)`;
  return { id, sql };
}

export function traceArticles(articles: RetrievedArticle[], used: number): TraceStages["retrieve"] {
  return articles.map((article, index) => ({
    id: article.id,
    title: article.title,
    version: article.version,
    score: Math.round(article.score * 1000) / 1000,
    stale: article.stale,
    used: index < used,
  }));
}

export function tracePii(spans: PiiSpan[]): TraceStages["screen"]["pii"] {
  return spans.map((span) => ({ type: span.type, masked: maskValue(span) }));
}

/** Tool calls as the trace keeps them: the decision in full, inputs with emails masked. */
export function traceTools(calls: ToolCallRecord[]): TraceStages["tools"] {
  return calls.map((call) => ({
    tool: call.tool,
    decision: call.decisionKind,
    ...(call.reason ? { reason: call.reason } : {}),
    executed: call.decision?.decision === "allowed" && !call.preview,
    ...(call.orderNumber ? { orderNumber: call.orderNumber } : {}),
    input: maskInput(call.input),
    durationMs: call.durationMs,
    ...(moneyOf(call) ? { money: moneyOf(call) } : {}),
    ...(call.proposalId ? { proposalId: call.proposalId } : {}),
    ...(call.confirmed ? { confirmed: true } : {}),
    ...(call.preview ? { preview: true } : {}),
  }));
}

function moneyOf(call: ToolCallRecord): unknown {
  const result = call.decision?.decision === "allowed" ? (call.decision.result as { money?: unknown } | null) : null;
  return result && typeof result === "object" ? result.money : undefined;
}

function maskInput(input: unknown): unknown {
  if (!input || typeof input !== "object") return input;
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  if (typeof copy.email === "string") copy.email = maskValue({ type: "email", value: copy.email });
  return copy;
}
