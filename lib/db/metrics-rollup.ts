import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TraceToolCall, TraceViolation } from "@/lib/trace/schema";
import { itemPath, tracePath } from "@/lib/trace/sql-paths";
import type { Db } from "./types";

/**
 * The statements of the metrics roll-up (lib/metrics/rollup.ts decides when and over what they run): one narrow row
 * per counted conversation in ConversationRollup and one row per weakly grounded AI answer in WeakAnswer, derived
 * with set-based SQL from the conversations, turn traces, drafts and action requests. `ids` scopes a statement to
 * some conversations; null means all of them. Every statement is an idempotent upsert or a scoped delete.
 */
export type RollupScope = string[] | null;

const raw = (path: string) => Prisma.raw(path);
const topScore = tracePath("tt", "retrieve", 0, "score");
/** The trace fields the roll-up reads, as typed paths (lib/trace/sql-paths.ts). */
const P = {
  intent: raw(tracePath("tt", "triage", "intent").text),
  flagged: raw(tracePath("tt", "screen", "injection", "flagged").text),
  violations: raw(tracePath("tt", "validate", "violations").json),
  ok: raw(tracePath("tt", "validate", "ok").text),
  action: raw(tracePath("tt", "route", "action").text),
  tools: raw(tracePath("tt", "tools").json),
  topArticleId: raw(tracePath("tt", "retrieve", 0, "id").text),
  topArticleTitle: raw(tracePath("tt", "retrieve", 0, "title").text),
  violationType: raw(itemPath<TraceViolation>("x", "type").text),
  callTool: raw(itemPath<TraceToolCall>("call", "tool").text),
};
const TOP_SCORE = Prisma.sql`(CASE WHEN jsonb_typeof(${raw(topScore.json)}) = 'number' THEN (${raw(topScore.text)})::float8 ELSE 0 END)`;
const COUNTED = Prisma.sql`(c."turnCount" > 0 OR c."handoffAt" IS NOT NULL)`;

function scoped(column: string, ids: RollupScope): Prisma.Sql {
  return ids ? Prisma.sql`${Prisma.raw(column)} = ANY(${ids})` : Prisma.sql`TRUE`;
}

/** Conversations changed since `since`: updated, a new trace, a draft or action request decided. */
export async function changedConversationIds(prisma: Db, since: Date): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "Conversation" WHERE "updatedAt" >= ${since}
      UNION SELECT "conversationId" FROM "TurnTrace" WHERE "createdAt" >= ${since}
      UNION SELECT "conversationId" FROM "Draft" WHERE "decidedAt" >= ${since}
      UNION SELECT "conversationId" FROM "ActionRequest" WHERE "decidedAt" >= ${since}`;
  return rows.map((row) => row.id);
}

/** Roll-up rows of conversations that no longer count (nobody wrote, nobody asked for a person). */
export async function deleteUncountedRollups(prisma: Db, ids: RollupScope): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "ConversationRollup" r USING "Conversation" c WHERE r."conversationId" = c.id AND ${scoped("c.id", ids)} AND NOT ${COUNTED}`;
}

/**
 * One roll-up row per counted conversation in scope, inserted or updated; returns how many. A draft counts as
 * heavily edited when its edit distance is at least `heavyEditRatio` of its length.
 */
export function upsertRollupRows(prisma: Db, ids: RollupScope, heavyEditRatio: number): Promise<number> {
  const scope = scoped("c.id", ids);
  const traceScope = scoped('tt."conversationId"', ids);
  const draftScope = scoped('d."conversationId"', ids);
  const actionScope = scoped('a."conversationId"', ids);
  const heavy = Prisma.raw(String(heavyEditRatio));
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
             (array_agg(${P.intent} ORDER BY tt."createdAt") FILTER (WHERE ${P.intent} NOT IN ('feedback', 'other')))[1] AS issue_intent,
             (array_agg(${P.intent} ORDER BY tt."createdAt"))[1] AS first_intent,
             max(tt.model) FILTER (WHERE tt."inputTokens" + tt."outputTokens" > 0) AS model,
             count(*) FILTER (WHERE ${P.flagged} = 'true')::int AS flags
      FROM "TurnTrace" tt WHERE ${traceScope} GROUP BY 1
    ) t ON t."conversationId" = c.id
    LEFT JOIN (
      SELECT tt."conversationId", array_agg(${P.violationType} ORDER BY ${P.violationType}) AS types
      FROM "TurnTrace" tt
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(${P.violations}) = 'array' THEN ${P.violations} ELSE '[]'::jsonb END) AS x
      WHERE ${traceScope} AND ${P.ok} = 'false'
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
 * conversations on one issue (the roll-up's intent) in order: the next one starting within the window of this
 * one's end makes this one re-contacted; starting within the window of the previous one's end makes this one a
 * repeat contact.
 */
export async function updateContactFlags(prisma: Db, ids: RollupScope, windowDays: number): Promise<void> {
  const scope = scoped("c.id", ids);
  const window = Prisma.raw(`interval '${Math.trunc(windowDays)} days'`);
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
      SELECT id, (next_at IS NOT NULL AND next_at <= end_at + ${window}) AS recontacted,
             (prev_end IS NOT NULL AND "createdAt" <= prev_end + ${window}) AS repeat_contact
      FROM ordered
    )
    UPDATE "ConversationRollup" r SET recontacted = flags.recontacted, "repeatContact" = flags.repeat_contact
    FROM flags
    WHERE r."conversationId" = flags.id AND (r.recontacted <> flags.recontacted OR r."repeatContact" <> flags.repeat_contact)`;
}

/**
 * AI answers in scope given with weak knowledge, replaced: the reply went out (route "answer") with the best
 * article below `gapCeiling`, and no tool spoke for it (an order lookup, a refund or its refusal answers from the
 * store, not from knowledge articles).
 */
export async function replaceWeakAnswers(prisma: Db, ids: RollupScope, gapCeiling: number): Promise<void> {
  const traceScope = scoped('tt."conversationId"', ids);
  await prisma.$executeRaw`DELETE FROM "WeakAnswer" tt WHERE ${traceScope}`;
  await prisma.$executeRaw`
    INSERT INTO "WeakAnswer" ("traceId", "conversationId", "conversationCreatedAt", intent, "articleId", "articleTitle", score, question, "createdAt")
    SELECT tt.id, tt."conversationId", c."createdAt", ${P.intent}, ${P.topArticleId},
           ${P.topArticleTitle}, ${TOP_SCORE}, left(m.body, 300), tt."createdAt"
    FROM "TurnTrace" tt
    JOIN "Conversation" c ON c.id = tt."conversationId"
    JOIN "Message" m ON m.id = tt."customerMessageId"
    WHERE ${traceScope}
      AND tt."replyMessageId" IS NOT NULL
      AND ${P.action} = 'answer'
      AND ${TOP_SCORE} < ${gapCeiling}
      -- "hello", "ok thanks": too short to be about anything, so not a gap in the knowledge.
      AND char_length(m.body) >= 15
      AND COALESCE(${P.intent}, '') <> 'feedback'
      AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${P.tools}) = 'array' THEN ${P.tools} ELSE '[]'::jsonb END) AS call
        WHERE ${P.callTool} <> 'verify_identity'
      )
    ON CONFLICT ("traceId") DO NOTHING`;
}

/** Fresh planner statistics after a rebuild: PGlite runs no autovacuum, and the row estimates matter here. */
export async function analyzeRollups(prisma: Db): Promise<void> {
  await prisma.$executeRaw`ANALYZE "ConversationRollup", "WeakAnswer"`;
}
