import "server-only";
import type { MetricsRange } from "./range";
import { GAP_CEILING } from "./rollup";
import { type Db, num, ratio, rollupInRange } from "./sql";

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
  const [row] = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    WITH ${rollupInRange(range)}
    SELECT sum("draftsDecided")::int AS drafts_decided, sum("draftsSent")::int AS sent, sum("draftsEdited")::int AS edited,
           sum("draftsHeavilyEdited")::int AS heavy, sum("draftsDiscarded")::int AS discarded,
           sum("actionsDecided")::int AS actions_decided, sum("actionsRejected")::int AS rejected
    FROM r`;
  const r = row ?? {};
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
  const rows = await prisma.$queryRaw<Array<{ type: string; n: number; conversations: number }>>`
    WITH ${rollupInRange(range)}
    SELECT v.type, count(*)::int AS n, count(DISTINCT r."conversationId")::int AS conversations
    FROM r CROSS JOIN LATERAL unnest(r."violationTypes") AS v(type)
    WHERE cardinality(r."violationTypes") > 0
    GROUP BY 1
    UNION ALL
    SELECT 'prompt_injection', COALESCE(sum("injectionFlags"), 0)::int, count(*) FILTER (WHERE "injectionFlags" > 0)::int
    FROM r`;
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
export async function knowledgeGaps(prisma: Db, range: MetricsRange, threshold: number, limit = 8): Promise<KnowledgeGap[]> {
  const rows = await prisma.$queryRaw<Array<{ intent: string | null; article_id: string | null; article_title: string | null; n: number; avg_score: number; examples: string[] }>>`
    SELECT intent, "articleId" AS article_id, max("articleTitle") AS article_title, count(*)::int AS n, avg(score)::float8 AS avg_score,
           (array_agg(DISTINCT left(question, 160)))[1:3] AS examples
    FROM "WeakAnswer"
    WHERE "conversationCreatedAt" >= ${range.from} AND "conversationCreatedAt" < ${range.to} AND score < ${Math.min(threshold, GAP_CEILING)}
    GROUP BY 1, 2
    ORDER BY n DESC, 1, 2
    LIMIT ${limit}`;
  return rows.map((row) => ({
    intent: row.intent ?? "unknown",
    articleId: row.article_id,
    articleTitle: row.article_title,
    count: num(row.n),
    avgScore: Math.round(num(row.avg_score) * 1000) / 1000,
    examples: row.examples ?? [],
  }));
}
