import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { HEAVY_EDIT_RATIO, RECONTACT_WINDOW_DAYS } from "./definitions";

/**
 * The metrics roll-up (DESIGN.md: "metrics roll-ups run as jobs in the same database"): one narrow row per
 * conversation in ConversationRollup and one row per weakly grounded AI answer in WeakAnswer, derived from the
 * conversations, turn traces, drafts and action requests with set-based SQL. The dashboard's queries aggregate
 * these instead of reading trace JSON and sorting every conversation, which keeps each under 300 ms at 100k
 * conversations (`npm run bench -- --suite metrics`).
 *
 * A refresh is incremental: it redoes the conversations changed since the last run (updatedAt, new traces,
 * decided drafts and action requests, with a two-minute overlap for transactions that committed late) and the
 * re-contact flags of every conversation of their customers. The first run, or more than FULL_REFRESH_ABOVE
 * changes, rebuilds everything. Every statement is an idempotent upsert, so two refreshes at once are harmless.
 */
export type RefreshResult = { mode: "full" | "incremental" | "none"; conversations: number; ms: number };

const WATERMARK_KEY = "metrics.rollup.watermark";
/** Bump when what the roll-up derives changes: a stored watermark of another version rebuilds everything. */
const ROLLUP_VERSION = 2;
const OVERLAP_MS = 2 * 60_000;
const FULL_REFRESH_ABOVE = 5_000;
/** Answers whose best article scored below this are kept as WeakAnswer rows; the report filters by the policy. */
export const GAP_CEILING = 0.5;

const WINDOW = Prisma.raw(`interval '${RECONTACT_WINDOW_DAYS} days'`);
const COUNTED = Prisma.sql`(c."turnCount" > 0 OR c."handoffAt" IS NOT NULL)`;
const TOP_SCORE = Prisma.sql`(CASE WHEN jsonb_typeof(tt.stages->'retrieve'->0->'score') = 'number' THEN (tt.stages->'retrieve'->0->>'score')::float8 ELSE 0 END)`;

export async function refreshRollups(prisma: PrismaClient, options: { full?: boolean } = {}): Promise<RefreshResult> {
  const started = performance.now();
  const startedAt = new Date();
  const watermark = options.full ? null : await prisma.setting.findUnique({ where: { key: WATERMARK_KEY } });
  let ids: string[] | null = null;
  const [version, at] = (watermark?.value ?? "").split("|");
  if (watermark && Number(version) === ROLLUP_VERSION && at) {
    const since = new Date(Date.parse(at) - OVERLAP_MS);
    const rows = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Conversation" WHERE "updatedAt" >= ${since}
      UNION SELECT "conversationId" FROM "TurnTrace" WHERE "createdAt" >= ${since}
      UNION SELECT "conversationId" FROM "Draft" WHERE "decidedAt" >= ${since}
      UNION SELECT "conversationId" FROM "ActionRequest" WHERE "decidedAt" >= ${since}`;
    if (rows.length === 0) {
      await saveWatermark(prisma, startedAt);
      return { mode: "none", conversations: 0, ms: performance.now() - started };
    }
    if (rows.length <= FULL_REFRESH_ABOVE) ids = rows.map((row) => row.id);
  }

  const scope = ids ? Prisma.sql`c.id = ANY(${ids})` : Prisma.sql`TRUE`;
  const traceScope = ids ? Prisma.sql`tt."conversationId" = ANY(${ids})` : Prisma.sql`TRUE`;
  await prisma.$executeRaw`DELETE FROM "ConversationRollup" r USING "Conversation" c WHERE r."conversationId" = c.id AND ${scope} AND NOT ${COUNTED}`;
  const conversations = await upsertRows(prisma, scope, traceScope, ids);
  await updateContactFlags(prisma, scope);
  await prisma.$executeRaw`DELETE FROM "WeakAnswer" tt WHERE ${traceScope}`;
  await insertWeakAnswers(prisma, traceScope);
  // A rebuilt table has new statistics; PGlite runs no autovacuum, and the planner's row estimates matter here.
  if (!ids) await prisma.$executeRaw`ANALYZE "ConversationRollup", "WeakAnswer"`;
  await saveWatermark(prisma, startedAt);
  return { mode: ids ? "incremental" : "full", conversations, ms: performance.now() - started };
}

/** At most one refresh per interval per process before a dashboard read: the figures lag by seconds at most. */
const holder = globalThis as { __tandemRollupRefreshedAt?: number; __tandemRollupRefresh?: Promise<RefreshResult> };

export async function ensureFreshRollups(prisma: PrismaClient, maxAgeMs = 10_000): Promise<void> {
  if (holder.__tandemRollupRefresh) {
    await holder.__tandemRollupRefresh;
    return;
  }
  if (holder.__tandemRollupRefreshedAt && Date.now() - holder.__tandemRollupRefreshedAt < maxAgeMs) return;
  holder.__tandemRollupRefresh = refreshRollups(prisma);
  try {
    await holder.__tandemRollupRefresh;
    holder.__tandemRollupRefreshedAt = Date.now();
  } finally {
    holder.__tandemRollupRefresh = undefined;
  }
}

async function upsertRows(prisma: PrismaClient, scope: Prisma.Sql, traceScope: Prisma.Sql, ids: string[] | null): Promise<number> {
  const draftScope = ids ? Prisma.sql`d."conversationId" = ANY(${ids})` : Prisma.sql`TRUE`;
  const actionScope = ids ? Prisma.sql`a."conversationId" = ANY(${ids})` : Prisma.sql`TRUE`;
  const heavy = Prisma.raw(String(HEAVY_EDIT_RATIO));
  return prisma.$executeRaw`
    INSERT INTO "ConversationRollup" ("conversationId", "createdAt", "customerId", intent, path, "handedOff", "handoffReason",
      "handoffAssessment", "resolvedAt", "turnCount", "csatScore", "resolveSeconds", "handleSeconds", "firstReplySeconds", model,
      "aiTurns", "inputTokens", "outputTokens", "violationTypes", "injectionFlags", "draftsDecided", "draftsSent", "draftsEdited",
      "draftsHeavilyEdited", "draftsDiscarded", "actionsDecided", "actionsRejected", "refreshedAt")
    SELECT c.id, c."createdAt", c."customerId", COALESCE(t.issue_intent, t.first_intent, c.intent),
      COALESCE(c."resolutionPath"::text, CASE WHEN c."resolvedAt" IS NULL THEN 'open' WHEN c."handoffAt" IS NULL THEN 'ai_only' ELSE 'ai_then_human' END),
      c."handoffAt" IS NOT NULL, c."handoffReason", c."handoffAssessment", c."resolvedAt", c."turnCount", c."csatScore",
      CASE WHEN c."resolvedAt" IS NOT NULL THEN extract(epoch FROM c."resolvedAt" - c."createdAt")::int END,
      CASE WHEN c."resolvedAt" IS NOT NULL AND c."takenAt" IS NOT NULL THEN extract(epoch FROM c."resolvedAt" - c."takenAt")::int END,
      CASE WHEN c."firstHumanReplyAt" IS NOT NULL THEN extract(epoch FROM c."firstHumanReplyAt" - COALESCE(c."handoffAt", c."createdAt"))::int END,
      t.model, COALESCE(t.turns, 0), COALESCE(t.input, 0), COALESCE(t.output, 0), COALESCE(v.types, ARRAY[]::text[]), COALESCE(t.flags, 0),
      COALESCE(d.decided, 0), COALESCE(d.sent, 0), COALESCE(d.edited, 0), COALESCE(d.heavy, 0), COALESCE(d.discarded, 0),
      COALESCE(a.decided, 0), COALESCE(a.rejected, 0), now()
    FROM "Conversation" c
    LEFT JOIN (
      SELECT tt."conversationId", count(*)::int AS turns, sum(tt."inputTokens")::int AS input, sum(tt."outputTokens")::int AS output,
             (array_agg(tt.stages->'triage'->>'intent' ORDER BY tt."createdAt") FILTER (WHERE tt.stages->'triage'->>'intent' NOT IN ('feedback', 'other')))[1] AS issue_intent,
             (array_agg(tt.stages->'triage'->>'intent' ORDER BY tt."createdAt"))[1] AS first_intent,
             max(tt.model) FILTER (WHERE tt."inputTokens" + tt."outputTokens" > 0) AS model,
             count(*) FILTER (WHERE tt.stages->'screen'->'injection'->>'flagged' = 'true')::int AS flags
      FROM "TurnTrace" tt WHERE ${traceScope} GROUP BY 1
    ) t ON t."conversationId" = c.id
    LEFT JOIN (
      SELECT tt."conversationId", array_agg(x->>'type' ORDER BY x->>'type') AS types
      FROM "TurnTrace" tt
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(tt.stages->'validate'->'violations') = 'array' THEN tt.stages->'validate'->'violations' ELSE '[]'::jsonb END) AS x
      WHERE ${traceScope} AND tt.stages->'validate'->>'ok' = 'false'
      GROUP BY 1
    ) v ON v."conversationId" = c.id
    LEFT JOIN (
      SELECT d."conversationId",
             count(*) FILTER (WHERE d.status <> 'pending')::int AS decided,
             count(*) FILTER (WHERE d.status = 'sent')::int AS sent,
             count(*) FILTER (WHERE d.status = 'edited')::int AS edited,
             count(*) FILTER (WHERE d.status IN ('sent', 'edited') AND COALESCE(d."editDistance", 0) >= ${heavy} * GREATEST(char_length(d.body), 1))::int AS heavy,
             count(*) FILTER (WHERE d.status = 'discarded')::int AS discarded
      FROM "Draft" d WHERE ${draftScope} GROUP BY 1
    ) d ON d."conversationId" = c.id
    LEFT JOIN (
      SELECT a."conversationId", count(*) FILTER (WHERE a."decidedById" IS NOT NULL)::int AS decided,
             count(*) FILTER (WHERE a.status = 'rejected')::int AS rejected
      FROM "ActionRequest" a WHERE ${actionScope} GROUP BY 1
    ) a ON a."conversationId" = c.id
    WHERE ${scope} AND ${COUNTED}
    ON CONFLICT ("conversationId") DO UPDATE SET
      "createdAt" = EXCLUDED."createdAt", "customerId" = EXCLUDED."customerId", intent = EXCLUDED.intent, path = EXCLUDED.path,
      "handedOff" = EXCLUDED."handedOff", "handoffReason" = EXCLUDED."handoffReason", "handoffAssessment" = EXCLUDED."handoffAssessment",
      "resolvedAt" = EXCLUDED."resolvedAt", "turnCount" = EXCLUDED."turnCount", "csatScore" = EXCLUDED."csatScore",
      "resolveSeconds" = EXCLUDED."resolveSeconds", "handleSeconds" = EXCLUDED."handleSeconds", "firstReplySeconds" = EXCLUDED."firstReplySeconds",
      model = EXCLUDED.model, "aiTurns" = EXCLUDED."aiTurns", "inputTokens" = EXCLUDED."inputTokens", "outputTokens" = EXCLUDED."outputTokens",
      "violationTypes" = EXCLUDED."violationTypes", "injectionFlags" = EXCLUDED."injectionFlags", "draftsDecided" = EXCLUDED."draftsDecided",
      "draftsSent" = EXCLUDED."draftsSent", "draftsEdited" = EXCLUDED."draftsEdited", "draftsHeavilyEdited" = EXCLUDED."draftsHeavilyEdited",
      "draftsDiscarded" = EXCLUDED."draftsDiscarded", "actionsDecided" = EXCLUDED."actionsDecided", "actionsRejected" = EXCLUDED."actionsRejected",
      "refreshedAt" = EXCLUDED."refreshedAt"`;
}

/**
 * Re-contact and repeat-contact flags over every conversation of the affected customers, each customer's
 * conversations on one issue (the roll-up's intent) in order: the next one starting within 7 days of this one's end makes this one
 * re-contacted; starting within 7 days of the previous one's end makes this one a repeat contact.
 */
async function updateContactFlags(prisma: PrismaClient, scope: Prisma.Sql): Promise<void> {
  await prisma.$executeRaw`
    WITH affected AS (SELECT DISTINCT c."customerId" AS id FROM "Conversation" c WHERE ${scope} AND c."customerId" IS NOT NULL),
    ordered AS (
      SELECT r."conversationId" AS id, r."createdAt", COALESCE(c."resolvedAt", c."lastMessageAt") AS end_at,
             LEAD(r."createdAt") OVER win AS next_at,
             LAG(COALESCE(c."resolvedAt", c."lastMessageAt")) OVER win AS prev_end
      FROM "ConversationRollup" r JOIN "Conversation" c ON c.id = r."conversationId"
      WHERE r."customerId" IN (SELECT id FROM affected)
      WINDOW win AS (PARTITION BY r."customerId", COALESCE(r.intent, r."conversationId") ORDER BY r."createdAt", r."conversationId")
    ),
    flags AS (
      SELECT id, (next_at IS NOT NULL AND next_at <= end_at + ${WINDOW}) AS recontacted,
             (prev_end IS NOT NULL AND "createdAt" <= prev_end + ${WINDOW}) AS repeat_contact
      FROM ordered
    )
    UPDATE "ConversationRollup" r SET recontacted = flags.recontacted, "repeatContact" = flags.repeat_contact
    FROM flags
    WHERE r."conversationId" = flags.id AND (r.recontacted <> flags.recontacted OR r."repeatContact" <> flags.repeat_contact)`;
}

/**
 * AI answers given with weak knowledge: the reply went out (route "answer") with the best article below the
 * ceiling, and no tool spoke for it (an order lookup, a refund or its refusal answers from the store, not from
 * knowledge articles).
 */
async function insertWeakAnswers(prisma: PrismaClient, traceScope: Prisma.Sql): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "WeakAnswer" ("traceId", "conversationId", "conversationCreatedAt", intent, "articleId", "articleTitle", score, question, "createdAt")
    SELECT tt.id, tt."conversationId", c."createdAt", tt.stages->'triage'->>'intent', tt.stages->'retrieve'->0->>'id',
           tt.stages->'retrieve'->0->>'title', ${TOP_SCORE}, left(m.body, 300), tt."createdAt"
    FROM "TurnTrace" tt
    JOIN "Conversation" c ON c.id = tt."conversationId"
    JOIN "Message" m ON m.id = tt."customerMessageId"
    WHERE ${traceScope}
      AND tt."replyMessageId" IS NOT NULL
      AND tt.stages->'route'->>'action' = 'answer'
      AND ${TOP_SCORE} < ${GAP_CEILING}
      -- "hello", "ok thanks": too short to be about anything, so not a gap in the knowledge.
      AND char_length(m.body) >= 15
      AND COALESCE(tt.stages->'triage'->>'intent', '') <> 'feedback'
      AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(tt.stages->'tools') = 'array' THEN tt.stages->'tools' ELSE '[]'::jsonb END) AS call
        WHERE call->>'tool' <> 'verify_identity'
      )
    ON CONFLICT ("traceId") DO NOTHING`;
}

async function saveWatermark(prisma: PrismaClient, at: Date): Promise<void> {
  const value = `${ROLLUP_VERSION}|${at.toISOString()}`;
  await prisma.setting.upsert({ where: { key: WATERMARK_KEY }, create: { key: WATERMARK_KEY, value }, update: { value } });
}
