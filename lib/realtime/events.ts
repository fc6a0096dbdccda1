import "server-only";
import type { EventType } from "@/lib/db/event-types";
import { eventRowsAfter } from "@/lib/db/events";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/types";

/**
 * Events as the streams send them (lib/realtime/sse.ts): ids as strings, times as ISO strings, and what each
 * audience may see of them. The rows and the writes that create them are lib/db/events.ts.
 */
export type ConversationEventView = {
  seq: string;
  conversationId: string;
  type: EventType;
  payload: Prisma.JsonValue;
  createdAt: string;
};

export type EventScope = { conversationId: string } | { staff: true };

export async function readEventsAfter(
  prisma: Db,
  scope: EventScope,
  afterSeq: bigint,
  take = 200,
): Promise<ConversationEventView[]> {
  const rows = await eventRowsAfter(
    prisma,
    "conversationId" in scope ? { conversationId: scope.conversationId } : {},
    afterSeq,
    take,
  );
  return rows.map((row) => ({
    seq: row.seq.toString(),
    conversationId: row.conversationId,
    type: row.type as EventType,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The largest id a PostgreSQL bigint holds; anything above it cannot be an event we sent. */
const MAX_EVENT_ID = BigInt("9223372036854775807");

/**
 * Parses a `Last-Event-ID` header or `?after=` value; anything malformed, or beyond what a bigint column holds (an
 * id we never sent, which the database would refuse on every read), means "from now".
 */
export function parseEventId(value: string | null | undefined): bigint | null {
  if (!value || !/^\d{1,19}$/.test(value)) return null;
  const id = BigInt(value);
  return id <= MAX_EVENT_ID ? id : null;
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
