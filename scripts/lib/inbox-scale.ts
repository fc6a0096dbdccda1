/**
 * The inbox query at scale, for `npm run bench`: fills the database with CONVERSATIONS conversations and
 * MESSAGES_PER messages each (INSERT … SELECT generate_series: seconds, not minutes), then times the very functions
 * the inbox page calls (lib/workspace/queue.ts: the page of rows and the counts, together) for every filter.
 * Run in its own process with `tsx --conditions=react-server` (the query module is server-only); it reads the
 * database from DATABASE_URL or TANDEM_DATA_DIR, like the app, and prints one JSON line.
 */
import { createAdapter, databaseTarget } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { INBOX_FILTERS } from "@/lib/workspace/labels";
import { inboxCounts, listInbox } from "@/lib/workspace/queue";
import { percentiles } from "./chat-load";

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const MESSAGES_PER = Number(process.env.BENCH_MESSAGES_PER ?? 10);
const RUNS = 30;

const target = databaseTarget({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  TANDEM_DATA_DIR: process.env.TANDEM_DATA_DIR ?? ".data/pglite",
});
const handle = createAdapter(target);
const prisma = new PrismaClient({ adapter: handle.adapter });

try {
  const staff = await prisma.staffUser.findMany({ where: { role: "agent" }, select: { id: true } });
  if (staff.length === 0) throw new Error("seed the staff first (prepareDatabase)");
  const started = performance.now();
  await fill(staff.map((s) => s.id));
  const fillSeconds = (performance.now() - started) / 1000;
  const [conversations, messages] = await Promise.all([prisma.conversation.count(), prisma.message.count()]);

  const results: Record<string, ReturnType<typeof percentiles>> = {};
  for (const filter of INBOX_FILTERS) {
    const page = () =>
      Promise.all([listInbox(prisma, { filter, staffId: staff[0]!.id }), inboxCounts(prisma, staff[0]!.id)]);
    for (let i = 0; i < 3; i++) await page(); // warm caches and plans
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await page();
      times.push(performance.now() - t0);
    }
    results[filter] = percentiles(times);
  }
  console.log(JSON.stringify({ conversations, messages, fillSeconds, filters: results }));
} finally {
  await prisma.$disconnect();
  await handle.close();
}

/**
 * 100k conversations in a realistic mix (most resolved, a few percent waiting or held), ten messages each. Every
 * row is valid for the app: enum statuses, assignees among the seeded agents, message times after the start.
 */
async function fill(agentIds: string[]) {
  const agents = `ARRAY[${agentIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(",")}]`;
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Conversation" ("id", "accessTokenHash", "status", "priority", "intent", "urgency", "sentiment", "handoffReason",
      "handoffAt", "assigneeId", "resolvedAt", "resolvedBy", "resolutionCode", "resolutionPath", "csatScore",
      "lastMessageAt", "createdAt", "updatedAt", "turnCount")
    SELECT gen_random_uuid()::text, 'bench-' || g || '-' || md5(random()::text),
      s.status::"ConversationStatus",
      100 * (1 + g % 4) + (g % 7) * 10,
      (ARRAY['refund','order_status','shipping','returns','billing','product'])[1 + g % 6],
      (ARRAY['low','normal','normal','high','critical'])[1 + g % 5],
      (ARRAY['neutral','neutral','frustrated','positive'])[1 + g % 4],
      CASE WHEN s.status = 'ai' THEN NULL ELSE (ARRAY['customer_request','frustration_trend','policy_human_only','low_confidence'])[1 + g % 4] END,
      CASE WHEN s.status = 'ai' THEN NULL ELSE t.created + interval '3 minutes' END,
      CASE WHEN s.status = 'human' OR (s.status = 'resolved' AND g % 3 > 0) THEN (${agents})[1 + g % ${agentIds.length}] END,
      CASE WHEN s.status = 'resolved' THEN t.created + interval '40 minutes' END,
      CASE WHEN s.status = 'resolved' AND g % 3 > 0 THEN (${agents})[1 + g % ${agentIds.length}] END,
      CASE WHEN s.status = 'resolved' THEN 'answered' END,
      CASE WHEN s.status <> 'resolved' THEN NULL WHEN g % 3 > 0 THEN 'ai_then_human' ELSE 'ai_only' END::"ResolutionPath",
      CASE WHEN s.status = 'resolved' AND g % 2 = 0 THEN 1 + g % 5 END,
      t.created + interval '30 minutes', t.created, t.created, 5
    FROM generate_series(1, ${CONVERSATIONS}) AS g,
      LATERAL (SELECT now() - (g * interval '5 minutes') AS created) AS t,
      LATERAL (SELECT CASE WHEN g % 100 < 3 THEN 'waiting_human' WHEN g % 100 < 5 THEN 'human' WHEN g % 100 < 12 THEN 'ai' ELSE 'resolved' END AS status) AS s`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Message" ("id", "conversationId", "role", "body", "internal", "sentiment", "createdAt")
    SELECT gen_random_uuid()::text, c."id",
      (CASE WHEN m % 2 = 1 THEN 'customer' ELSE 'ai' END)::"MessageRole",
      CASE WHEN m % 2 = 1 THEN 'Customer message ' || m || ' about order NW-' || (100000 + m) ELSE 'AI answer ' || m END,
      false, CASE WHEN m % 2 = 1 THEN 'neutral' END, c."createdAt" + m * interval '1 minute'
    FROM "Conversation" c CROSS JOIN generate_series(1, ${MESSAGES_PER}) AS m
    WHERE c."accessTokenHash" LIKE 'bench-%'`);
  await prisma.$executeRawUnsafe(`ANALYZE`);
}
