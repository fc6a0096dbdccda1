import "server-only";
import { messageSelect, type MessageRow } from "@/lib/db/conversations";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * The queries behind "every customer message the AI should answer is answered once" (lib/chat/answer.ts): a
 * message's turn is held by a lease, `Message.turnClaimedAt`, renewed while the turn runs and claimed again, by one
 * conditional UPDATE, once it has gone stale.
 */
export type ConversationStatusText = "ai" | "waiting_human" | "human" | "resolved";
export type ClaimedMessage = {
  id: string;
  conversationId: string;
  body: string;
  createdAt: Date;
  turnAttempts: number;
};

/** A retried send's message, stored by the request that won the race. */
export function findMessageByClientId(prisma: Db, conversationId: string, clientMessageId: string) {
  return prisma.message.findFirst({ where: { conversationId, clientMessageId }, select: { id: true, body: true } });
}

/** AI conversations whose latest message is a customer's, with no trace and a lease older than `staleBefore`. */
export async function unansweredMessageIds(
  prisma: Db,
  input: { conversationId?: string; activeSince: Date; staleBefore: Date; limit: number },
): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT m."id" FROM "Conversation" c
    CROSS JOIN LATERAL (
      SELECT x."id", x."role", x."turnClaimedAt", x."createdAt" FROM "Message" x
      WHERE x."conversationId" = c."id" AND x."internal" = false
      ORDER BY x."createdAt" DESC, x."id" DESC LIMIT 1) m
    WHERE c."status" = 'ai'
      AND ${input.conversationId ? Prisma.sql`c."id" = ${input.conversationId}` : Prisma.sql`c."lastMessageAt" > ${input.activeSince}::timestamp`}
      AND m."role" = 'customer'
      AND COALESCE(m."turnClaimedAt", m."createdAt") < ${input.staleBefore}::timestamp
      AND NOT EXISTS (SELECT 1 FROM "TurnTrace" t WHERE t."conversationId" = c."id" AND t."customerMessageId" = m."id")
    LIMIT ${input.limit}`;
  return rows.map((row) => row.id);
}

/**
 * Takes over a message whose lease is stale, if it still has no trace and is still its conversation's latest
 * message. One statement: of two instances (or two retries) claiming at once, exactly one gets the row.
 */
export async function claimStaleMessage(
  prisma: Db,
  messageId: string,
  now: Date,
  leaseMs: number,
): Promise<ClaimedMessage | null> {
  const [row] = await prisma.$queryRaw<ClaimedMessage[]>`
    UPDATE "Message" AS m SET "turnClaimedAt" = ${now}::timestamp, "turnAttempts" = m."turnAttempts" + 1
    WHERE m."id" = ${messageId} AND m."role" = 'customer'
      AND COALESCE(m."turnClaimedAt", m."createdAt") < ${new Date(now.getTime() - leaseMs)}::timestamp
      AND NOT EXISTS (SELECT 1 FROM "TurnTrace" t WHERE t."conversationId" = m."conversationId" AND t."customerMessageId" = m."id")
      AND NOT EXISTS (
        SELECT 1 FROM "Message" later WHERE later."conversationId" = m."conversationId" AND later."internal" = false
          AND (later."createdAt" > m."createdAt" OR (later."createdAt" = m."createdAt" AND later."id" > m."id")))
    RETURNING m."id", m."conversationId", m."body", m."createdAt", m."turnAttempts"`;
  return row ?? null;
}

export async function renewLease(prisma: Db, messageId: string): Promise<void> {
  await prisma.message.updateMany({ where: { id: messageId }, data: { turnClaimedAt: new Date() } });
}

export type ReplyStateRow = {
  status: ConversationStatusText;
  traced: boolean;
  reply: MessageRow | null;
  leaseAt: Date;
  latest: boolean;
};

/** Where a message's answer stands, in one query: the conversation's status, its trace and reply, its lease. */
export async function replyStateRow(
  prisma: Db,
  conversationId: string,
  messageId: string,
): Promise<ReplyStateRow | null> {
  const [row] = await prisma.$queryRaw<
    Array<{
      status: ConversationStatusText;
      traced: boolean;
      replyId: string | null;
      leaseAt: Date | null;
      latest: boolean;
    }>
  >`
    SELECT c."status"::text AS "status",
      EXISTS (SELECT 1 FROM "TurnTrace" t WHERE t."conversationId" = c."id" AND t."customerMessageId" = ${messageId}) AS "traced",
      (SELECT t."replyMessageId" FROM "TurnTrace" t WHERE t."conversationId" = c."id" AND t."customerMessageId" = ${messageId}
        ORDER BY t."createdAt" LIMIT 1) AS "replyId",
      (SELECT COALESCE(m."turnClaimedAt", m."createdAt") FROM "Message" m WHERE m."id" = ${messageId}) AS "leaseAt",
      NOT EXISTS (
        SELECT 1 FROM "Message" m, "Message" later WHERE m."id" = ${messageId} AND later."conversationId" = m."conversationId"
          AND later."internal" = false AND (later."createdAt" > m."createdAt" OR (later."createdAt" = m."createdAt" AND later."id" > m."id"))) AS "latest"
    FROM "Conversation" c WHERE c."id" = ${conversationId}`;
  if (!row || !row.leaseAt) return null;
  const reply = row.replyId
    ? await prisma.message.findUnique({ where: { id: row.replyId }, select: messageSelect })
    : null;
  return { status: row.status, traced: row.traced, reply, leaseAt: new Date(row.leaseAt), latest: row.latest };
}
