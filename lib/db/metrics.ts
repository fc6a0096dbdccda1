import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * The supervisor dashboard's aggregate queries (lib/metrics turns their rows into figures). Each reads the roll-up
 * (lib/db/metrics-rollup.ts): one row per counted conversation, keyed by when the conversation started, so `from`
 * is inclusive and `to` exclusive on ConversationRollup."createdAt". Counts come back as numbers, bigints or
 * numerics depending on the driver; the service converts them.
 */
export type Span = { from: Date; to: Date };

/** Roll-up rows of the conversations started in the span, as the CTE `r`. */
function rollupInRange(span: Span): Prisma.Sql {
  return Prisma.sql`r AS (
    SELECT * FROM "ConversationRollup" WHERE "createdAt" >= ${span.from} AND "createdAt" < ${span.to}
  )`;
}

/**
 * Outcome counts per resolution path and overall (GROUPING(path) = 1), in one pass. A resolution counts as matured
 * (its re-contact window has passed) when it came before `maturedBefore`; CSAT from `satisfiedFrom` is satisfied.
 */
export function outcomeRows(prisma: Db, span: Span, input: { maturedBefore: Date; satisfiedFrom: number }) {
  return prisma.$queryRaw<Array<Record<string, unknown> & { path: string | null; overall: number }>>`
    WITH ${rollupInRange(span)},
    classified AS (
      SELECT r.*, ("resolvedAt" IS NOT NULL AND path <> 'abandoned') AS resolved, ("resolvedAt" <= ${input.maturedBefore}) IS TRUE AS matured
      FROM r
    )
    SELECT path, GROUPING(path)::int AS overall,
      count(*)::int AS total,
      count(*) FILTER (WHERE resolved)::int AS resolved,
      count(*) FILTER (WHERE resolved AND NOT recontacted AND matured)::int AS durable,
      count(*) FILTER (WHERE resolved AND recontacted)::int AS recontacted,
      count(*) FILTER (WHERE resolved AND NOT recontacted AND NOT matured)::int AS pending,
      count(*) FILTER (WHERE path = 'abandoned' OR (resolved AND (recontacted OR matured)))::int AS settled,
      count(*) FILTER (WHERE NOT "repeatContact")::int AS first_contacts,
      count(*) FILTER (WHERE NOT "repeatContact" AND (path = 'abandoned' OR (resolved AND (recontacted OR matured))))::int AS first_settled,
      count(*) FILTER (WHERE NOT "repeatContact" AND resolved AND NOT recontacted AND matured)::int AS first_durable,
      count("csatScore")::int AS rated,
      avg("csatScore")::float8 AS csat_avg,
      count(*) FILTER (WHERE "csatScore" >= ${input.satisfiedFrom})::int AS satisfied,
      avg("turnCount")::float8 AS turns_avg,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "resolveSeconds") FILTER (WHERE resolved)::float8 AS resolve_s,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "handleSeconds") FILTER (WHERE resolved)::float8 AS handle_s,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "firstReplySeconds")::float8 AS first_reply_s
    FROM classified
    GROUP BY GROUPING SETS ((path), ())`;
}

/** Conversations started per UTC day and path. */
export function dailyVolumeRows(prisma: Db, span: Span) {
  return prisma.$queryRaw<Array<{ day: Date | string; path: string; n: number }>>`
    SELECT date_trunc('day', "createdAt") AS day, path, count(*)::int AS n
    FROM "ConversationRollup"
    WHERE "createdAt" >= ${span.from} AND "createdAt" < ${span.to}
    GROUP BY 1, 2`;
}

/** Handoffs and their judgements by intent (gi = 0), by reason (gr = 0) and overall (both 1). */
export function escalationRows(prisma: Db, span: Span) {
  return prisma.$queryRaw<
    Array<{
      gi: number;
      gr: number;
      intent: string | null;
      reason: string | null;
      total: number;
      escalated: number;
      needed: number;
      not_needed: number;
    }>
  >`
    SELECT GROUPING(intent)::int AS gi, GROUPING("handoffReason")::int AS gr, intent, "handoffReason" AS reason,
      count(*)::int AS total,
      count(*) FILTER (WHERE "handedOff")::int AS escalated,
      count(*) FILTER (WHERE "handoffAssessment" = 'needed')::int AS needed,
      count(*) FILTER (WHERE "handoffAssessment" = 'not_needed')::int AS not_needed
    FROM "ConversationRollup"
    WHERE "createdAt" >= ${span.from} AND "createdAt" < ${span.to}
    GROUP BY GROUPING SETS ((intent), ("handoffReason"), ())`;
}

/** Drafts and action requests decided by people, summed over the span. */
export async function overrideRow(prisma: Db, span: Span): Promise<Record<string, unknown>> {
  const [row] = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    WITH ${rollupInRange(span)}
    SELECT sum("draftsDecided")::int AS drafts_decided, sum("draftsSent")::int AS sent, sum("draftsEdited")::int AS edited,
           sum("draftsHeavilyEdited")::int AS heavy, sum("draftsDiscarded")::int AS discarded,
           sum("actionsDecided")::int AS actions_decided, sum("actionsRejected")::int AS rejected
    FROM r`;
  return row ?? {};
}

/** Guardrail violations by type, then flagged manipulation attempts as `prompt_injection`. */
export function violationRows(prisma: Db, span: Span) {
  return prisma.$queryRaw<Array<{ type: string; n: number; conversations: number }>>`
    WITH ${rollupInRange(span)}
    SELECT v.type, count(*)::int AS n, count(DISTINCT r."conversationId")::int AS conversations
    FROM r CROSS JOIN LATERAL unnest(r."violationTypes") AS v(type)
    WHERE cardinality(r."violationTypes") > 0
    GROUP BY 1
    UNION ALL
    SELECT 'prompt_injection', COALESCE(sum("injectionFlags"), 0)::int, count(*) FILTER (WHERE "injectionFlags" > 0)::int
    FROM r`;
}

/** Weakly grounded answers scoring below `below`, grouped by intent and nearest article, largest first. */
export function knowledgeGapRows(prisma: Db, span: Span, input: { below: number; limit: number }) {
  return prisma.$queryRaw<
    Array<{
      intent: string | null;
      article_id: string | null;
      article_title: string | null;
      n: number;
      avg_score: number;
      examples: string[];
    }>
  >`
    SELECT intent, "articleId" AS article_id, max("articleTitle") AS article_title, count(*)::int AS n, avg(score)::float8 AS avg_score,
           (array_agg(DISTINCT left(question, 160)))[1:3] AS examples
    FROM "WeakAnswer"
    WHERE "conversationCreatedAt" >= ${span.from} AND "conversationCreatedAt" < ${span.to} AND score < ${input.below}
    GROUP BY 1, 2
    ORDER BY n DESC, 1, 2
    LIMIT ${input.limit}`;
}

/** AI turns and tokens per engine, model and path. */
export function tokenUsageRows(prisma: Db, span: Span) {
  return prisma.$queryRaw<
    Array<{
      engine: string;
      model: string | null;
      path: string;
      turns: number;
      input: number | bigint;
      output: number | bigint;
    }>
  >`
    SELECT CASE WHEN model IS NULL THEN 'local' ELSE 'openai' END AS engine, model, path,
           sum("aiTurns")::int AS turns, sum("inputTokens")::float8 AS input, sum("outputTokens")::float8 AS output
    FROM "ConversationRollup"
    WHERE "createdAt" >= ${span.from} AND "createdAt" < ${span.to}
    GROUP BY 1, 2, 3`;
}

/** QA rubric averages of the reviews of conversations started in the span. */
export async function qaRow(prisma: Db, span: Span): Promise<Record<string, unknown> | undefined> {
  const [row] = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    SELECT count(*)::int AS reviews, count(DISTINCT q."conversationId")::int AS conversations,
           avg(q."policyAccuracy")::float8 AS policy, avg(q.tone)::float8 AS tone,
           avg(q.resolution)::float8 AS resolution, avg(q."escalationAppropriate")::float8 AS escalation
    FROM "QaReview" q
    JOIN "ConversationRollup" r ON r."conversationId" = q."conversationId"
    WHERE r."createdAt" >= ${span.from} AND r."createdAt" < ${span.to}`;
  return row;
}
