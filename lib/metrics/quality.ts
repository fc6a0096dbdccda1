import "server-only";
import { knowledgeGapRows, overrideRow, violationRows } from "@/lib/db/metrics";
import type { Db } from "@/lib/db/types";
import type { MetricsRange } from "./range";
import { GAP_CEILING } from "./rollup";
import { num, ratio } from "./sql";

/**
 * Where people overrode the AI, where its output was blocked, and where it answered without good knowledge.
 * Each is one aggregate query over the roll-up of the conversations started in the range.
 */
export type Overrides = {
  draftsDecided: number;
  draftsSent: number;
  draftsEdited: number;
  draftsHeavilyEdited: number;
  draftsDiscarded: number;
  actionsDecided: number;
  actionsApproved: number;
  actionsRejected: number;
  overrides: number;
  rate: number | null;
};

export async function overrideMetrics(prisma: Db, range: MetricsRange): Promise<Overrides> {
  const r = await overrideRow(prisma, range);
  const overrides = num(r.discarded) + num(r.heavy) + num(r.rejected);
  const decided = num(r.drafts_decided) + num(r.actions_decided);
  return {
    draftsDecided: num(r.drafts_decided),
    draftsSent: num(r.sent),
    draftsEdited: num(r.edited),
    draftsHeavilyEdited: num(r.heavy),
    draftsDiscarded: num(r.discarded),
    actionsDecided: num(r.actions_decided),
    actionsApproved: num(r.actions_decided) - num(r.rejected),
    actionsRejected: num(r.rejected),
    overrides,
    rate: ratio(overrides, decided),
  };
}

export type ViolationCount = { type: string; count: number; conversations: number };

/** Output guardrail violations by type, then flagged manipulation attempts on input as `prompt_injection`. */
export async function violationMetrics(prisma: Db, range: MetricsRange): Promise<ViolationCount[]> {
  const rows = await violationRows(prisma, range);
  return rows
    .map((row) => ({ type: row.type, count: num(row.n), conversations: num(row.conversations) }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

export type KnowledgeGap = {
  intent: string;
  articleId: string | null;
  articleTitle: string | null;
  count: number;
  /** Best article score, averaged over the group's questions (0..1). */
  avgScore: number;
  examples: string[];
};

/**
 * Questions the AI answered although retrieval was weak: the best article scored below `threshold` (the policy's
 * low-retrieval confidence, capped at the roll-up's GAP_CEILING). Grouped by intent and nearest article, largest
 * first, with up to three different questions of each group.
 */
export async function knowledgeGaps(
  prisma: Db,
  range: MetricsRange,
  threshold: number,
  limit = 8,
): Promise<KnowledgeGap[]> {
  const rows = await knowledgeGapRows(prisma, range, { below: Math.min(threshold, GAP_CEILING), limit });
  return rows.map((row) => ({
    intent: row.intent ?? "unknown",
    articleId: row.article_id,
    articleTitle: row.article_title,
    count: num(row.n),
    avgScore: Math.round(num(row.avg_score) * 1000) / 1000,
    examples: row.examples ?? [],
  }));
}
