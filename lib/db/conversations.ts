import "server-only";
import type { ChatMessageView, ChatSource } from "@/lib/chat/protocol";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendEvent, eventsCommitted } from "@/lib/realtime/events";

/**
 * Queries on conversations and their messages. Functions named `unsafe…` skip authorization: their callers
 * have already proven access (the customer's cookie token, or a checked staff session).
 */
type Db = PrismaClient | Prisma.TransactionClient;

const messageSelect = {
  id: true,
  role: true,
  body: true,
  sources: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.MessageSelect;

const scalarMessageSelect = { id: true, role: true, body: true, sources: true, createdAt: true } satisfies Prisma.MessageSelect;

type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export function toMessageView(row: MessageRow): ChatMessageView {
  return {
    id: row.id,
    role: row.role,
    body: row.body,
    sources: (row.sources as ChatSource[] | null) ?? [],
    createdAt: row.createdAt.toISOString(),
    ...(row.author ? { authorName: row.author.name } : {}),
  };
}

export function findConversationByTokenHash(prisma: Db, accessTokenHash: string) {
  return prisma.conversation.findUnique({
    where: { accessTokenHash },
    select: { id: true, status: true, turnCount: true, customerId: true },
  });
}

/** The customer-visible transcript: internal notes never leave the database through this function. */
export async function unsafeCustomerTranscript(prisma: Db, conversationId: string): Promise<ChatMessageView[]> {
  const rows = await prisma.message.findMany({
    where: { conversationId, internal: false },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: messageSelect,
  });
  return rows.map(toMessageView);
}

/** Recent turns for the engine's context window, oldest first. */
export async function unsafeRecentHistory(prisma: Db, conversationId: string, take = 12) {
  const rows = await prisma.message.findMany({
    where: { conversationId, internal: false },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { role: true, body: true },
  });
  return rows.reverse().map((row) => ({ role: row.role, text: row.body }));
}

export async function createConversation(prisma: Db, input: { accessTokenHash: string; greeting: string }) {
  return prisma.conversation.create({
    data: {
      accessTokenHash: input.accessTokenHash,
      messages: { create: { role: "ai", body: input.greeting } },
    },
    select: { id: true, status: true, turnCount: true, customerId: true },
  });
}

export function countRecentCustomerMessages(prisma: Db, conversationId: string, since: Date) {
  return prisma.message.count({ where: { conversationId, role: "customer", createdAt: { gte: since } } });
}

export function findMessageByClientId(prisma: Db, conversationId: string, clientMessageId: string) {
  return prisma.message.findUnique({
    where: { conversationId_clientMessageId: { conversationId, clientMessageId } },
    select: { id: true, createdAt: true },
  });
}

/** The AI reply produced for a customer message, found through the turn's trace. */
export async function unsafeReplyFor(prisma: Db, customerMessageId: string): Promise<ChatMessageView | null> {
  const trace = await prisma.turnTrace.findFirst({
    where: { customerMessageId },
    select: { reply: { select: messageSelect } },
  });
  return trace?.reply ? toMessageView(trace.reply) : null;
}

export type NewMessage = {
  conversationId: string;
  role: "customer" | "ai" | "agent" | "system";
  body: string;
  sources?: ChatSource[];
  sentiment?: string;
  clientMessageId?: string;
  authorId?: string;
  internal?: boolean;
};

/** Stores a message and its real-time event in one transaction, then wakes this instance's streams. */
export async function insertMessage(prisma: PrismaClient, data: NewMessage) {
  const row = await prisma.$transaction((tx) => insertMessageInTx(tx, data));
  eventsCommitted(data.conversationId);
  return row;
}

/** The same inside a caller's transaction; the caller calls `eventsCommitted` after its commit. */
export async function insertMessageInTx(tx: Prisma.TransactionClient, data: NewMessage) {
  const values = { ...data, sources: data.sources ?? undefined };
  // Only a person's message has an author to name; reading the relation for the others costs two extra queries
  // on the hottest path of a turn.
  const row: MessageRow = data.authorId
    ? await tx.message.create({ data: values, select: messageSelect })
    : { ...(await tx.message.create({ data: values, select: scalarMessageSelect })), author: null };
  await appendEvent(tx, {
    conversationId: data.conversationId,
    type: "message.created",
    payload: { ...toMessageView(row), internal: data.internal ?? false },
  });
  return row;
}
