/**
 * Bulk data for the metrics benchmark: N conversations over the last `days` days with their customers, customer
 * messages and AI replies, turn traces (stages JSON shaped like lib/pipeline/trace.ts, ~1 KB each), drafts,
 * action requests, handoff assessments and QA reviews, generated inside the database with generate_series, so
 * 100k conversations take seconds rather than the minutes row-by-row inserts would. Deterministic (setseed).
 * Every value below is a constant of this file: nothing from outside is interpolated into the SQL.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type BulkOptions = { conversations: number; customers?: number; days?: number; now: Date };

const INTENTS = [
  "order_status",
  "order_status",
  "order_status",
  "shipping",
  "shipping",
  "returns",
  "returns",
  "refund",
  "refund",
  "order_change",
  "cancel_order",
  "billing",
  "account",
  "product",
  "technical",
  "complaint",
  "feedback",
  "human_request",
  "security",
  "other",
];
const REASONS = [
  "customer_request",
  "low_retrieval_confidence",
  "frustration_trend",
  "policy_draft_only",
  "payment_dispute",
  "unsafe_reply",
  "turn_limit",
  "account_security",
];
const ARTICLES = [
  "order-tracking",
  "shipping",
  "returns",
  "refunds",
  "order-changes",
  "payment-methods",
  "account-security",
  "sizing-fit",
  "warranty",
  "gift-cards",
];
const VIOLATIONS = [
  "ungrounded_amount",
  "ungrounded_promise",
  "prohibited_phrase",
  "pii_leak",
  "other_customer_data",
  "prohibited_topic",
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

export async function generateMetricsData(prisma: PrismaClient, options: BulkOptions): Promise<Record<string, number>> {
  const n = Math.floor(options.conversations);
  const customers = Math.floor(options.customers ?? Math.max(100, Math.round(n / 12)));
  const days = options.days ?? 90;
  const now = `'${options.now.toISOString().replace("T", " ").replace("Z", "")}'::timestamp`;
  const run = (sql: string) => prisma.$executeRawUnsafe(sql);

  await run(`SELECT setseed(0.42)`);
  await run(`INSERT INTO "StaffUser" (id, email, name, "passwordHash", role)
    SELECT 'bs-' || g, 'bench-staff-' || g || '@tandem.test', 'Bench agent ' || g, 'x', (CASE WHEN g = 5 THEN 'supervisor' ELSE 'agent' END)::"StaffRole"
    FROM generate_series(1, 5) g ON CONFLICT DO NOTHING`);
  await run(`INSERT INTO "Customer" (id, email, name, tier)
    SELECT 'bcu-' || g, 'bench-' || g || '@example.com', 'Bench customer ' || g,
           (CASE WHEN g % 40 = 0 THEN 'enterprise' WHEN g % 9 = 0 THEN 'vip' ELSE 'standard' END)::"CustomerTier"
    FROM generate_series(1, ${customers}) g ON CONFLICT DO NOTHING`);

  // One row per conversation with every random draw made once, so the inserts below agree with each other.
  await run(`DROP TABLE IF EXISTS bench_conv`);
  await run(`CREATE TEMP TABLE bench_conv AS
    WITH r AS (
      SELECT g, random() AS rp, random() AS ri, random() AS rt, random() AS rc, random() AS rs, random() AS rn,
             random() AS rr, random() AS ra, random() AS rd, random() AS re
      FROM generate_series(1, ${n}) g
    ), shaped AS (
      SELECT r.*, 'bc-' || lpad(g::text, 7, '0') AS id,
        ${now} - (rt * ${days} * 86400) * interval '1 second' AS created,
        'bcu-' || (1 + floor(rc * ${customers})::int) AS customer_id,
        (${sqlArray(INTENTS)})[1 + floor(ri * ${INTENTS.length})::int] AS intent,
        CASE WHEN rp < 0.50 THEN 'ai_only' WHEN rp < 0.70 THEN 'ai_then_human' WHEN rp < 0.77 THEN 'human_only'
             WHEN rp < 0.93 THEN 'abandoned' ELSE NULL END AS path,
        1 + floor(rn * 4)::int AS turns
      FROM r
    )
    SELECT shaped.*,
      (path IN ('ai_then_human', 'human_only') OR (path IS NULL AND rr < 0.5) OR (path = 'abandoned' AND rr < 0.2)) AS handed,
      (${sqlArray(REASONS)})[1 + floor(rr * ${REASONS.length})::int] AS reason,
      re < 0.25 AS model_engine
    FROM shaped`);

  await run(`INSERT INTO "Conversation" (id, "accessTokenHash", status, priority, intent, urgency, sentiment, language, "customerId",
      "assigneeId", "handoffReason", "handoffAt", "takenAt", "firstHumanReplyAt", "resolvedAt", "resolvedBy", "resolutionCode",
      "resolutionPath", "csatScore", "csatAt", "handoffAssessment", "handoffAssessedById", "handoffAssessedAt", "turnCount",
      "lastMessageAt", "createdAt", "updatedAt")
    SELECT id, 'bench-' || id,
      (CASE WHEN path IS NOT NULL THEN 'resolved' WHEN handed THEN 'waiting_human' ELSE 'ai' END)::"ConversationStatus",
      0, intent, 'normal', (CASE WHEN rs < 0.15 THEN 'frustrated' ELSE 'neutral' END), 'en', customer_id,
      CASE WHEN handed AND path IS NOT NULL AND path <> 'abandoned' THEN 'bs-' || (1 + g % 4) END,
      CASE WHEN handed THEN reason END,
      CASE WHEN handed THEN created + turns * interval '1 minute' END,
      CASE WHEN handed AND path IN ('ai_then_human', 'human_only') THEN created + (turns + 2 + rd * 20) * interval '1 minute' END,
      CASE WHEN handed AND path IN ('ai_then_human', 'human_only') THEN created + (turns + 4 + rd * 20) * interval '1 minute' END,
      CASE WHEN path IS NOT NULL THEN created + (turns + 6 + rd * 60) * interval '1 minute' END,
      CASE WHEN path = 'ai_only' THEN 'ai' WHEN path = 'abandoned' THEN 'system' WHEN path IS NOT NULL THEN 'bs-' || (1 + g % 4) END,
      CASE WHEN path = 'abandoned' THEN 'abandoned' WHEN path IS NOT NULL THEN 'answered' END,
      path::"ResolutionPath",
      CASE WHEN path IN ('ai_only', 'ai_then_human', 'human_only') AND rs < 0.4 THEN 1 + floor(rs * 12.4)::int % 5 END,
      CASE WHEN path IN ('ai_only', 'ai_then_human', 'human_only') AND rs < 0.4 THEN created + (turns + 70) * interval '1 minute' END,
      CASE WHEN handed AND ra < 0.12 THEN 'needed' WHEN handed AND ra < 0.16 THEN 'not_needed' END,
      CASE WHEN handed AND ra < 0.16 THEN 'bs-5' END,
      CASE WHEN handed AND ra < 0.16 THEN created + interval '2 days' END,
      turns, created + (turns + 1) * interval '1 minute', created, created
    FROM bench_conv`);

  // A customer message and the AI's reply for each turn, then the turn's trace pointing at both.
  await run(`INSERT INTO "Message" (id, "conversationId", role, body, sentiment, "createdAt")
    SELECT c.id || '-m' || k || m.suffix, c.id, m.role::"MessageRole",
      CASE WHEN m.role = 'customer' THEN 'Question ' || k || ' about ' || replace(c.intent, '_', ' ') || ' for order NW-' || (100000 + c.g % 900000)
           ELSE 'Here is what our policy says about ' || replace(c.intent, '_', ' ') || '. You can also talk to a person at any time.' END,
      CASE WHEN m.role = 'customer' THEN 'neutral' END,
      c.created + (k - 1) * interval '1 minute' + m.offset_s * interval '1 second'
    FROM bench_conv c
    CROSS JOIN LATERAL generate_series(1, c.turns) k
    CROSS JOIN (VALUES ('c', 'customer', 0), ('a', 'ai', 3)) AS m(suffix, role, offset_s)`);

  await run(`INSERT INTO "TurnTrace" (id, "conversationId", "customerMessageId", "replyMessageId", engine, model, "policyVersion",
      stages, "durationMs", "inputTokens", "outputTokens", "createdAt")
    SELECT c.id || '-t' || k, c.id, c.id || '-m' || k || 'c', c.id || '-m' || k || 'a',
      CASE WHEN c.model_engine THEN 'openai' ELSE 'local' END,
      CASE WHEN c.model_engine THEN 'gpt-4.1-mini' END,
      'bench0000000',
      jsonb_build_object(
        'screen', jsonb_build_object('injection', jsonb_build_object('score', 0, 'flagged', s.rf < 0.008, 'reasons', '[]'::jsonb), 'pii', '[]'::jsonb, 'chars', 64),
        'triage', jsonb_build_object('intent', c.intent, 'confidence', round((0.5 + s.rs * 0.5)::numeric, 3), 'sentiment', 'neutral', 'sentimentScore', 0,
          'urgency', 'normal', 'language', 'en', 'engine', 'local', 'complexity', 'simple',
          'entities', '{"dates":[],"emails":[],"phones":[],"amounts":[],"products":[],"orderNumbers":["NW-100042"]}'::jsonb),
        'route', jsonb_build_object('mode', 'autonomous', 'action', 'answer'),
        'retrieve', jsonb_build_array(
          jsonb_build_object('id', s.article, 'title', initcap(replace(s.article, '-', ' ')), 'version', 2, 'score', round(s.score::numeric, 3), 'stale', false, 'used', true),
          jsonb_build_object('id', 'shipping', 'title', 'Shipping', 'version', 3, 'score', round((s.score * 0.6)::numeric, 3), 'stale', false, 'used', true)),
        'tools', CASE WHEN s.rs < 0.3 THEN '[{"tool":"lookup_order","decision":"allowed","executed":true,"orderNumber":"NW-100042","input":{"orderNumber":"NW-100042"},"durationMs":2}]'::jsonb ELSE '[]'::jsonb END,
        'validate', CASE WHEN s.rv < 0.03
          THEN jsonb_build_object('ok', false, 'replaced', true, 'violations', jsonb_build_array(jsonb_build_object('type', (${sqlArray(VIOLATIONS)})[1 + floor(s.rv / 0.03 * ${VIOLATIONS.length})::int], 'detail', 'bench')))
          ELSE '{"ok":true,"violations":[],"replaced":false}'::jsonb END,
        'escalate', '{"now":false,"reason":null,"signals":[]}'::jsonb,
        'handoff', 'null'::jsonb,
        'timings', '{"load":2.1,"screen":0.1,"triage":0.3,"tools":1.2,"retrieve":0.2,"respond":4.8,"total":9.6}'::jsonb),
      8 + (k * 3), CASE WHEN c.model_engine THEN 900 + k * 250 ELSE 0 END, CASE WHEN c.model_engine THEN 120 + k * 30 ELSE 0 END,
      c.created + (k - 1) * interval '1 minute' + interval '3 seconds'
    FROM bench_conv c
    CROSS JOIN LATERAL generate_series(1, c.turns) k
    CROSS JOIN LATERAL (SELECT random() + k * 0 AS rs, random() + k * 0 AS rv, random() + k * 0 AS rf,
      CASE WHEN random() + k * 0 < 0.08 THEN 0.05 + random() * 0.3 ELSE 0.4 + random() * 0.55 END AS score,
      (${sqlArray(ARTICLES)})[1 + floor(random() * ${ARTICLES.length})::int + k * 0] AS article) s`);

  await run(`INSERT INTO "Draft" (id, "conversationId", "forMessageId", body, status, "editDistance", "decidedById", "createdAt", "decidedAt")
    SELECT c.id || '-d', c.id, c.id || '-m1c', 'A drafted reply about ' || replace(c.intent, '_', ' ') || ' that quotes the policy for the agent to send.',
      (CASE WHEN c.rd < 0.55 THEN 'sent' WHEN c.rd < 0.8 THEN 'edited' ELSE 'discarded' END)::"DraftStatus",
      CASE WHEN c.rd < 0.55 THEN 0 WHEN c.rd < 0.8 THEN floor(c.rs * 60)::int END,
      'bs-' || (1 + c.g % 4), c.created + interval '3 minutes', c.created + interval '6 minutes'
    FROM bench_conv c WHERE c.handed AND c.path IN ('ai_then_human', 'human_only') AND c.ra > 0.3`);

  await run(`INSERT INTO "ActionRequest" (id, "conversationId", tool, input, reason, status, "decidedById", "createdAt", "decidedAt")
    SELECT c.id || '-a', c.id, 'refund', '{"orderNumber":"NW-100042","amountCents":24900}'::jsonb, 'over_cap',
      (CASE WHEN c.ra < 0.7 THEN 'executed' ELSE 'rejected' END)::"ActionStatus", 'bs-' || (1 + c.g % 4),
      c.created + interval '2 minutes', c.created + interval '9 minutes'
    FROM bench_conv c WHERE c.intent = 'refund' AND c.handed AND c.path IS NOT NULL AND c.path <> 'abandoned'`);

  await run(`INSERT INTO "QaReview" (id, "conversationId", "reviewerId", "policyAccuracy", tone, resolution, "escalationAppropriate", "createdAt")
    SELECT c.id || '-qa', c.id, 'bs-5', 1 + floor(c.ra * 5)::int, 1 + floor(c.rs * 5)::int, 1 + floor(c.rd * 5)::int, 1 + floor(c.rr * 5)::int,
      c.created + interval '3 days'
    FROM bench_conv c WHERE c.g % 50 = 0`);

  await run(`DROP TABLE bench_conv`);
  await run(`ANALYZE`);
  const counts = await prisma.$queryRawUnsafe<Array<Record<string, number>>>(`SELECT
    (SELECT count(*) FROM "Conversation")::int AS conversations, (SELECT count(*) FROM "Message")::int AS messages,
    (SELECT count(*) FROM "TurnTrace")::int AS traces, (SELECT count(*) FROM "Draft")::int AS drafts,
    (SELECT count(*) FROM "ActionRequest")::int AS "actionRequests", (SELECT count(*) FROM "QaReview")::int AS "qaReviews"`);
  return counts[0] ?? {};
}
