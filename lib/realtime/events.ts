import "server-only";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { wakeListeners } from "./bus";
import type { EventType } from "./event-types";

/**
 * Real-time events are rows: a write and its event commit in one transaction, and `seq` is the id a client resumes
 * from (`Last-Event-ID`). Event ids must become visible in order, or a client that saw 11 could miss a 10 that
 * committed later; a transaction-scoped advisory lock taken before the insert makes commit order equal seq order.
 */
type Tx = Prisma.TransactionClient;


export type ConversationEventView = {
  seq: string;
  conversationId: string;
  type: EventType;
  payload: Prisma.JsonValue;
  createdAt: string;
};

const EVENT_LOCK_KEY = 727_363; // any constant; shared by every instance on the database

export async function appendEvent(tx: Tx, input: { conversationId: string; type: EventType; payload: Prisma.InputJsonValue }): Promise<bigint> {
  // The embedded database has one connection, so its transactions are serial already: no lock, no other instance.
  const shared = Boolean(env().DATABASE_URL);
  if (shared) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EVENT_LOCK_KEY})`;
  const row = await tx.conversationEvent.create({ data: input, select: { seq: true } });
  // Delivered to other instances' LISTEN at commit, never before.
  if (shared) await tx.$executeRaw`SELECT pg_notify('tandem_events', ${input.conversationId})`;
  return row.seq;
}

/** Call after the transaction that appended events has committed: wakes this instance's streams at once. */
export function eventsCommitted(conversationId?: string): void {
  wakeListeners(conversationId ?? null);
}

export type EventScope = { conversationId: string } | { staff: true };

export async function readEventsAfter(prisma: PrismaClient | Tx, scope: EventScope, afterSeq: bigint, take = 200): Promise<ConversationEventView[]> {
  const rows = await prisma.conversationEvent.findMany({
    where: { seq: { gt: afterSeq }, ...("conversationId" in scope ? { conversationId: scope.conversationId } : {}) },
    orderBy: { seq: "asc" },
    take,
  });
  return rows.map((row) => ({
    seq: row.seq.toString(),
    conversationId: row.conversationId,
    type: row.type as EventType,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function latestSeq(prisma: PrismaClient): Promise<bigint> {
  const row = await prisma.conversationEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return row?.seq ?? BigInt(0);
}

/** Parses a `Last-Event-ID` header or `?after=` value; anything malformed means "from now". */
export function parseEventId(value: string | null | undefined): bigint | null {
  if (!value || !/^\d{1,19}$/.test(value)) return null;
  return BigInt(value);
}

/**
 * What a customer may see of their conversation's events: its public messages and status changes. Drafts, action
 * requests, handoff packets and internal notes are staff-only and never leave through the customer's stream.
 */
export function customerEventView(event: ConversationEventView): ConversationEventView | null {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case "message.created":
      return payload.internal === true ? null : event;
    case "conversation.status":
      return { ...event, payload: { status: payload.status ?? null } };
    case "conversation.assigned":
      return { ...event, payload: { agentName: payload.agentName ?? null } };
    default:
      return null;
  }
}
