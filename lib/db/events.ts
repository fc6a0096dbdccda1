import "server-only";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { wakeListeners } from "./bus";
import type { EventType } from "./event-types";
import type { Db, Tx } from "./types";
import { queryRows } from "./direct-query";

/**
 * Real-time events are rows: a write and its event commit in one transaction, and `seq` is the id a client resumes
 * from (`Last-Event-ID`). Event ids must become visible in order, or a client that saw 11 could miss a 10 that
 * committed later; a transaction-scoped advisory lock taken before the insert makes commit order equal seq order.
 */
type NewEvent = { conversationId: string; type: EventType; payload: Prisma.InputJsonValue };

const EVENT_LOCK_KEY = 727_363; // any constant; shared by every instance on the database

export async function appendEvent(tx: Tx, input: NewEvent): Promise<bigint> {
  return (await writeWithEvents(tx, [], [input]))!;
}

/**
 * Data-modifying statements and the events that announce them, as one SQL statement: atomic without a
 * transaction, and one round trip where a transaction costs four or more. On the embedded database every round
 * trip is work on its one thread, so this is most of what a turn's writes cost. `writes` are INSERT, UPDATE or
 * DELETE statements without RETURNING; they run as parts of the statement, each exactly once, and see the database
 * as it was before the statement (so no write may depend on another's effect). Returns the first event's seq.
 */
export async function writeWithEvents(db: Db, writes: Prisma.Sql[], events: NewEvent[]): Promise<bigint | null> {
  const parts = writes.map((write, index) => Prisma.sql`${Prisma.raw(`w${index}`)} AS (${write})`);
  if (events.length) parts.push(...eventInsert(events));
  if (!parts.length) return null;
  const [row] = await queryRows<Array<{ seq: bigint | null }>>(
    db,
    Prisma.sql`
    WITH ${Prisma.join(parts, ",\n")} ${events.length ? Prisma.sql`SELECT min(seq) AS seq FROM ev` : Prisma.sql`SELECT NULL::bigint AS seq`}`,
  );
  return row?.seq ?? null;
}

/** The `ev` part of the statement: the events, in the order given. */
function eventInsert(events: NewEvent[]): Prisma.Sql[] {
  // With PostgreSQL, other instances share the sequence: the lock comes before a seq is drawn and is held to the
  // commit, and the notification reaches their LISTEN at the commit, never before (PostgreSQL sends one per
  // conversation however many events name it). The embedded database has one connection: its statements are
  // serial already, and nobody else listens.
  const shared = Boolean(env().DATABASE_URL);
  const rows = JSON.stringify(events.map((event, index) => ({ ...event, index })));
  return [
    ...(shared ? [Prisma.sql`lock AS (SELECT pg_advisory_xact_lock(${EVENT_LOCK_KEY}))`] : []),
    Prisma.sql`ev AS (
      INSERT INTO "ConversationEvent" ("conversationId", "type", "payload", "createdAt")
      SELECT e."conversationId", e."type", e."payload", ${new Date()}::timestamp
      FROM ${shared ? Prisma.sql`lock, ` : Prisma.empty}jsonb_to_recordset(${rows}::jsonb) AS e("conversationId" text, "type" text, "payload" jsonb, "index" int)
      ORDER BY e."index"
      RETURNING seq${shared ? Prisma.sql`, pg_notify('tandem_events', "conversationId")` : Prisma.empty})`,
  ];
}

/** Call after the transaction that appended events has committed: wakes this instance's streams at once. */
export function eventsCommitted(conversationId?: string): void {
  wakeListeners(conversationId ?? null);
}

/** Events after `afterSeq`, oldest first: of one conversation, or (no conversationId) of every conversation. */
export function eventRowsAfter(prisma: Db, scope: { conversationId?: string }, afterSeq: bigint, take: number) {
  return prisma.conversationEvent.findMany({
    where: {
      seq: { gt: afterSeq },
      ...(scope.conversationId !== undefined ? { conversationId: scope.conversationId } : {}),
    },
    orderBy: { seq: "asc" },
    take,
  });
}

export async function latestSeq(prisma: Db): Promise<bigint> {
  const row = await prisma.conversationEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return row?.seq ?? BigInt(0);
}
