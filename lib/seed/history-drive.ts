import "server-only";
/**
 * Drives planned conversations through the real pipeline (the chat API's path minus HTTP) with the local engine,
 * on a clock set to each message's place in the history, then moves every row the pipeline wrote at the real
 * time (messages, traces, drafts, action requests, handoff packets, events, the AI's audit rows) to its time in
 * the history. The seed only rewrites times of rows it wrote itself in this run, before anything has read them.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { createConversationDriver } from "@/lib/chat/conversation-driver";
import type { PolicySet } from "@/lib/policy/load";
import type { PlannedConversation } from "./history-plan";
import { randomStream } from "./random";

const SECOND = 1000;

type TimeMap = Array<{ real: number; fake: number }>;

export type DriveResult = { turns: number; conversations: number };

export async function driveConversations(
  prisma: PrismaClient,
  plans: PlannedConversation[],
  options: { seed: number; policySet?: PolicySet },
): Promise<DriveResult> {
  let clock = new Date();
  const driver = createConversationDriver(prisma, {
    now: () => clock,
    ...(options.policySet ? { policySet: options.policySet } : {}),
  });
  const maps = new Map<string, TimeMap>();
  let turns = 0;
  for (const plan of plans) {
    const r = randomStream(options.seed, "history-drive", plan.index);
    // As the chat API opens one, with the plan's stable id and the signed-in shopper.
    await driver.start({ id: plan.id, customerId: plan.customerId });
    const customerTimes: number[] = [];
    let at = plan.startAt.getTime() + r.int(25, 70) * SECOND;
    for (const text of plan.turns) {
      clock = new Date(at);
      customerTimes.push(at);
      const run = await driver.say(plan.id, text);
      turns++;
      if (run.handoff || run.traceId === null) break;
      at += r.int(20, 95) * SECOND;
    }
    // Seeded conversations are known by their token hash (a second seed run skips them); no cookie opens them.
    await prisma.conversation.update({ where: { id: plan.id }, data: { accessTokenHash: `seed-history:${plan.id}` } });
    maps.set(plan.id, await backdateMessages(prisma, plan, customerTimes));
  }
  await remapConversationRows(prisma, maps);
  return { turns, conversations: plans.length };
}

/** Message times in the history: the greeting at the start, each customer message on its turn, replies seconds after. */
async function backdateMessages(
  prisma: PrismaClient,
  plan: PlannedConversation,
  customerTimes: number[],
): Promise<TimeMap> {
  const rows = await prisma.message.findMany({
    where: { conversationId: plan.id },
    orderBy: [{ createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true },
  });
  const rank = { customer: 0, ai: 1, agent: 2, system: 3 } as const;
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || rank[a.role] - rank[b.role]);
  const map: TimeMap = [];
  let turn = 0;
  let last = plan.startAt.getTime();
  for (const [i, row] of rows.entries()) {
    const fake =
      i === 0
        ? plan.startAt.getTime()
        : row.role === "customer"
          ? (customerTimes[turn++] ?? last + 30 * SECOND)
          : last + (row.role === "system" ? 1 : 3) * SECOND;
    map.push({ real: row.createdAt.getTime(), fake });
    last = fake;
  }
  await setTimes(
    prisma,
    "Message",
    rows.map((row, i) => ({ id: row.id, at: map[i]!.fake })),
  );
  return map;
}

function toFake(map: TimeMap, real: number): number {
  let entry = map[0];
  for (const candidate of map) if (candidate.real <= real) entry = candidate;
  return entry ? entry.fake + Math.max(0, real - entry.real) : real;
}

type Table = "Message" | "TurnTrace" | "Draft" | "ActionRequest" | "HandoffPacket" | "ConversationEvent" | "AuditEvent";

async function setTimes(
  prisma: PrismaClient,
  table: Table,
  rows: Array<{ id: string | bigint; at: number }>,
): Promise<void> {
  if (rows.length === 0) return;
  const key = table === "ConversationEvent" ? Prisma.raw(`"seq"::text`) : Prisma.raw(`"id"`);
  const ids = rows.map((row) => String(row.id));
  const times = rows.map((row) => new Date(row.at).toISOString());
  await prisma.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} AS t SET "createdAt" = v.at::timestamp
    FROM unnest(${ids}::text[], ${times}::text[]) AS v(id, at)
    WHERE t.${key} = v.id`;
}

/** Everything else the pipeline wrote for these conversations, moved by each conversation's message time map. */
async function remapConversationRows(prisma: PrismaClient, maps: Map<string, TimeMap>): Promise<void> {
  const ids = [...maps.keys()];
  const fake = (conversationId: string, at: Date) => toFake(maps.get(conversationId) ?? [], at.getTime());
  const [traces, drafts, actions, packets, events, audits, conversations] = await Promise.all([
    prisma.turnTrace.findMany({
      where: { conversationId: { in: ids } },
      select: { id: true, conversationId: true, createdAt: true },
    }),
    prisma.draft.findMany({
      where: { conversationId: { in: ids } },
      select: { id: true, conversationId: true, createdAt: true },
    }),
    prisma.actionRequest.findMany({
      where: { conversationId: { in: ids } },
      select: { id: true, conversationId: true, createdAt: true },
    }),
    prisma.handoffPacket.findMany({
      where: { conversationId: { in: ids } },
      select: { id: true, conversationId: true, createdAt: true },
    }),
    prisma.conversationEvent.findMany({
      where: { conversationId: { in: ids } },
      select: { seq: true, conversationId: true, createdAt: true },
    }),
    prisma.$queryRaw<Array<{ id: string; conversationId: string; createdAt: Date }>>`
      SELECT id, details->>'conversationId' AS "conversationId", "createdAt" FROM "AuditEvent" WHERE details->>'conversationId' = ANY(${ids})`,
    prisma.conversation.findMany({
      where: { id: { in: ids } },
      select: { id: true, handoffAt: true, verifiedAt: true },
    }),
  ]);
  await setTimes(
    prisma,
    "TurnTrace",
    traces.map((t) => ({ id: t.id, at: fake(t.conversationId, t.createdAt) })),
  );
  await setTimes(
    prisma,
    "Draft",
    drafts.map((t) => ({ id: t.id, at: fake(t.conversationId, t.createdAt) })),
  );
  await setTimes(
    prisma,
    "ActionRequest",
    actions.map((t) => ({ id: t.id, at: fake(t.conversationId, t.createdAt) })),
  );
  await setTimes(
    prisma,
    "HandoffPacket",
    packets.map((t) => ({ id: t.id, at: fake(t.conversationId, t.createdAt) })),
  );
  await setTimes(
    prisma,
    "ConversationEvent",
    events.map((t) => ({ id: t.seq, at: fake(t.conversationId, t.createdAt) })),
  );
  await setTimes(
    prisma,
    "AuditEvent",
    audits.map((t) => ({ id: t.id, at: fake(t.conversationId, t.createdAt) })),
  );

  const cids = conversations.map((c) => c.id);
  const handoff = conversations.map((c) => (c.handoffAt ? new Date(fake(c.id, c.handoffAt)).toISOString() : null));
  const verified = conversations.map((c) => (c.verifiedAt ? new Date(fake(c.id, c.verifiedAt)).toISOString() : null));
  const last = conversations.map((c) => new Date(Math.max(...(maps.get(c.id) ?? []).map((m) => m.fake))).toISOString());
  const start = conversations.map((c) =>
    new Date(Math.min(...(maps.get(c.id) ?? []).map((m) => m.fake))).toISOString(),
  );
  await prisma.$executeRaw`
    UPDATE "Conversation" AS c SET "handoffAt" = v.handoff::timestamp, "verifiedAt" = v.verified::timestamp,
      "lastMessageAt" = v.last::timestamp, "createdAt" = v.start::timestamp
    FROM unnest(${cids}::text[], ${handoff}::text[], ${verified}::text[], ${last}::text[], ${start}::text[]) AS v(id, handoff, verified, last, start)
    WHERE c.id = v.id`;
}
