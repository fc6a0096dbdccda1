import "server-only";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import { maskValue, type PiiSpan } from "@/lib/signals/pii";
import type { ToolCallRecord } from "@/lib/tools/ai-tools";
import type { TraceStages as StoredTraceStages } from "@/lib/trace/schema";
import type { Violation } from "./validate";

/**
 * The parts of a turn's trace the pipeline builds. The stored document is described once, in lib/trace/schema.ts
 * (a zod schema, with the types inferred from it); lib/db/trace.ts writes the row.
 *
 * `TraceStages` is that document as the pipeline writes it: the same shape, with the validator's violation types
 * instead of the schema's open strings, because the turn keeps its validation result in this type and acts on the
 * types (lib/pipeline/turn-record.ts). It stays assignable to the stored shape: lib/db/trace.ts takes the stored type,
 * so a field renamed in the schema fails the typecheck where the turn writes its trace.
 */
export type TraceStages = Omit<StoredTraceStages, "validate"> & {
  validate: Omit<StoredTraceStages["validate"], "violations"> & { violations: Violation[] };
};

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
