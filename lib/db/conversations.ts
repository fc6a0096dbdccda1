import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { maskForStorage } from "@/lib/signals/pii";
import { singleton } from "@/lib/singleton";
import { eventsCommitted, writeWithEvents } from "./events";
import type { Db } from "./types";
import { queryRows } from "./direct-query";

/**
 * Queries on conversations and their messages. Functions named `unsafe…` skip authorization: their callers
 * have already proven access (the customer's cookie token, or a checked staff session). Messages come back as
 * rows; lib/views/message-view.ts turns them into what a page shows.
 */
export const messageSelect = {
  id: true,
  role: true,
  body: true,
  sources: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.MessageSelect;

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

/** A knowledge article an AI message drew on, as stored with the message. */
type MessageSource = { id: string; title: string; version: number; stale: boolean; score: number };

/**
 * The `message.created` event's payload: the message as the streams send it (the shape of lib/views/protocol.ts
 * ChatMessageView, which lib/views/message-view.test.ts holds to this), and whether it is an internal note.
 */
function messageEventPayload(row: MessageRow, internal: boolean): Prisma.InputJsonObject {
  return {
    id: row.id,
    role: row.role,
    body: row.body,
    sources: (row.sources as Prisma.InputJsonArray | null) ?? [],
    createdAt: row.createdAt.toISOString(),
    ...(row.author ? { authorName: row.author.name } : {}),
    internal,
  };
}

export function findConversationByTokenHash(prisma: Db, accessTokenHash: string) {
  return prisma.conversation.findUnique({
    where: { accessTokenHash },
    select: { id: true, status: true, turnCount: true, customerId: true },
  });
}

/** The customer-visible transcript: internal notes never leave the database through this function. */
export function unsafeCustomerTranscript(prisma: Db, conversationId: string): Promise<MessageRow[]> {
  return prisma.message.findMany({
    where: { conversationId, internal: false },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: messageSelect,
  });
}

/**
 * A transcript is ordered by time, then id. Within this process no two messages get the same millisecond, so
 * messages written in quick succession (the greeting and the first question, a reply and a handoff notice) keep
 * the order they were written in.
 */
function messageTime(): Date {
  const clock = singleton("lastMessageTime", () => ({ at: 0 }));
  clock.at = Math.max(Date.now(), clock.at + 1);
  return new Date(clock.at);
}

/** A new conversation and its first message (the AI disclosure), in one statement. */
export async function createConversation(prisma: Db, input: { accessTokenHash: string; greeting: string }) {
  const conversation = { id: randomUUID(), status: "ai" as const, turnCount: 0, customerId: null };
  const now = messageTime();
  await prisma.$executeRaw`
    WITH conversation AS (
      INSERT INTO "Conversation" ("id", "accessTokenHash", "lastMessageAt", "createdAt", "updatedAt")
      VALUES (${conversation.id}, ${input.accessTokenHash}, ${now}::timestamp, ${now}::timestamp, ${now}::timestamp))
    INSERT INTO "Message" ("id", "conversationId", "role", "body", "createdAt")
    VALUES (${randomUUID()}, ${conversation.id}, 'ai', ${input.greeting}, ${now}::timestamp)`;
  return conversation;
}

type SendContext = {
  conversation: { id: string; status: "ai" | "waiting_human" | "human" | "resolved" };
  /** The message already stored under this clientMessageId (a retried send), if any, and its (stored) text. */
  existingMessageId: string | null;
  existingBody: string | null;
  /** Customer messages in the conversation since `since`, for the burst limit. */
  recentCustomerMessages: number;
};

/**
 * Everything accepting a customer's message needs to know, in one query: the conversation the token opens, whether
 * this send is a retry, and how many messages the customer sent lately.
 */
export async function findSendContext(
  prisma: Db,
  input: { accessTokenHash: string; clientMessageId: string; since: Date },
): Promise<SendContext | null> {
  const [row] = await queryRows<
    Array<
      SendContext["conversation"] & {
        existingMessageId: string | null;
        existingBody: string | null;
        recentCustomerMessages: number;
      }
    >
  >(
    prisma,
    Prisma.sql`
    SELECT c.id, c.status::text AS status,
      (SELECT m.id FROM "Message" m WHERE m."conversationId" = c.id AND m."clientMessageId" = ${input.clientMessageId}) AS "existingMessageId",
      (SELECT m.body FROM "Message" m WHERE m."conversationId" = c.id AND m."clientMessageId" = ${input.clientMessageId}) AS "existingBody",
      (SELECT count(*)::int FROM "Message" m
        WHERE m."conversationId" = c.id AND m.role = 'customer' AND m."createdAt" >= ${input.since}::timestamp) AS "recentCustomerMessages"
    FROM "Conversation" c WHERE c."accessTokenHash" = ${input.accessTokenHash}`,
  );
  if (!row) return null;
  const { existingMessageId, existingBody, recentCustomerMessages, ...conversation } = row;
  return { conversation, existingMessageId, existingBody, recentCustomerMessages };
}

type NewMessage = {
  conversationId: string;
  role: "customer" | "ai" | "agent" | "system";
  body: string;
  sources?: MessageSource[];
  sentiment?: string;
  clientMessageId?: string;
  authorId?: string;
  internal?: boolean;
};

/**
 * Stores a message and its real-time event in one statement, then wakes this instance's streams. Card numbers and
 * government ids in the body are masked first (lib/signals/pii.ts, maskForStorage): they are never stored.
 */
export async function insertMessage(prisma: PrismaClient, data: NewMessage) {
  const row = await insertMessageInTx(prisma, data);
  eventsCommitted(data.conversationId);
  return row;
}

/**
 * The same inside a caller's transaction (the caller calls `eventsCommitted` after its commit). One statement
 * writes the message and its event: this runs at least twice in every AI turn.
 */
export async function insertMessageInTx(db: Db, data: NewMessage): Promise<MessageRow> {
  // Only a person's message has an author to name.
  const author = data.authorId
    ? await db.staffUser.findUniqueOrThrow({ where: { id: data.authorId }, select: { name: true } })
    : null;
  const row: MessageRow = {
    id: randomUUID(),
    role: data.role,
    body: maskForStorage(data.body),
    sources: data.sources ?? null,
    createdAt: messageTime(),
    author,
  };
  const sources = data.sources ? JSON.stringify(data.sources) : null;
  await writeWithEvents(
    db,
    [
      Prisma.sql`INSERT INTO "Message" ("id", "conversationId", "role", "body", "internal", "sources", "sentiment", "authorId", "clientMessageId", "createdAt")
        VALUES (${row.id}, ${data.conversationId}, CAST(${data.role} AS "MessageRole"), ${row.body}, ${data.internal ?? false},
                ${sources}::jsonb, ${data.sentiment ?? null}, ${data.authorId ?? null}, ${data.clientMessageId ?? null}, ${row.createdAt}::timestamp)`,
    ],
    [
      {
        conversationId: data.conversationId,
        type: "message.created",
        payload: messageEventPayload(row, data.internal ?? false),
      },
    ],
  );
  return row;
}
