import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * The inbox's reads. The filters (which conversations "mine" or "unassigned" means) are the workspace's
 * (lib/workspace/queue.ts); these take them as query input. A few small queries however large the history: the
 * page (indexed on status, priority, handoffAt), lateral lookups on the (conversationId, createdAt) index, and
 * counts.
 */
export function listQueueConversations(
  prisma: Db,
  input: { where: Prisma.ConversationWhereInput; orderBy: Prisma.ConversationOrderByWithRelationInput[]; take: number },
) {
  return prisma.conversation.findMany({
    where: input.where,
    orderBy: input.orderBy,
    take: input.take,
    select: {
      id: true,
      status: true,
      priority: true,
      intent: true,
      urgency: true,
      sentiment: true,
      handoffReason: true,
      handoffAt: true,
      createdAt: true,
      lastMessageAt: true,
      resolvedAt: true,
      resolutionCode: true,
      csatScore: true,
      verifiedAt: true,
      assignee: { select: { id: true, name: true } },
      customer: { select: { name: true, tier: true } },
    },
  });
}

export type QueuePreviewRow = {
  conversationId: string;
  body: string | null;
  createdAt: Date | null;
  repliedAt: Date | null;
};

/** Per conversation: the customer's latest words, and when the team (AI or a person) last answered. */
export function queuePreviews(prisma: Db, ids: string[]) {
  return prisma.$queryRaw<QueuePreviewRow[]>`
      SELECT ids.id AS "conversationId", lc."body", lc."createdAt", lr."createdAt" AS "repliedAt"
      FROM unnest(ARRAY[${Prisma.join(ids)}]::text[]) AS ids(id)
      LEFT JOIN LATERAL (
        SELECT "body", "createdAt" FROM "Message"
        WHERE "conversationId" = ids.id AND "role" = 'customer' AND NOT "internal"
        ORDER BY "createdAt" DESC LIMIT 1
      ) lc ON true
      LEFT JOIN LATERAL (
        SELECT "createdAt" FROM "Message"
        WHERE "conversationId" = ids.id AND "role" IN ('agent', 'ai') AND NOT "internal"
        ORDER BY "createdAt" DESC LIMIT 1
      ) lr ON true`;
}

/** Pending action requests per conversation, for the given conversations. */
export function pendingRequestCounts(prisma: Db, ids: string[]) {
  return prisma.actionRequest.groupBy({
    by: ["conversationId"],
    where: { conversationId: { in: ids }, status: "pending" },
    _count: { _all: true },
  });
}

/** One pass over the open conversations (waiting for or held by a person) for three counts. */
export function openConversationCounts(prisma: Db, staffId: string) {
  return prisma.$queryRaw<Array<{ mine: bigint; unassigned: bigint; open: bigint }>>`
      SELECT
        count(*) FILTER (WHERE "assigneeId" = ${staffId}) AS mine,
        count(*) FILTER (WHERE "assigneeId" IS NULL) AS unassigned,
        count(*) AS open
      FROM "Conversation"
      WHERE "status" IN ('waiting_human', 'human')`;
}

export function countConversations(prisma: Db, where: Prisma.ConversationWhereInput): Promise<number> {
  return prisma.conversation.count({ where });
}

/** Conversations with an action waiting for a decision; indexed on (status, createdAt), and the pending are few. */
export function conversationsWithPendingRequests(prisma: Db) {
  return prisma.actionRequest.findMany({
    where: { status: "pending" },
    distinct: ["conversationId"],
    select: { conversationId: true },
  });
}
