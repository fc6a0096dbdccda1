import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { InboxFilter } from "./labels";
import { OPEN_STATUSES } from "./scope";

/**
 * The inbox queue: conversations waiting for or held by a person. Waiting ones come first, then by priority
 * (urgency, tier, sensitivity, mood: lib/pipeline/priority.ts) and the longest wait. A few small queries however
 * large the history: the page of conversations (indexed on status, priority, handoffAt), the latest customer
 * message and latest answer of each (lateral lookups on the (conversationId, createdAt) index), pending approvals,
 * and the counts per filter. "Approvals" lists every conversation with an action waiting for a person's decision.
 */
export const INBOX_PAGE_SIZE = 50;

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];
export type InboxCounts = Record<InboxFilter, number>;

function whereFor(filter: InboxFilter, staffId: string): Prisma.ConversationWhereInput {
  switch (filter) {
    case "mine":
      return { status: { in: [...OPEN_STATUSES] }, assigneeId: staffId };
    case "unassigned":
      return { status: { in: [...OPEN_STATUSES] }, assigneeId: null };
    case "approvals":
      // Actions a customer confirmed that wait for a person's decision, whoever holds the conversation.
      return { actionRequests: { some: { status: "pending" } } };
    case "open":
      return { status: { in: [...OPEN_STATUSES] } };
    case "resolved":
      // What people resolved: conversations the AI closed alone are the supervisor's to review, not the inbox's.
      return { status: "resolved", resolvedBy: { not: null } };
  }
}

function orderFor(filter: InboxFilter): Prisma.ConversationOrderByWithRelationInput[] {
  if (filter === "resolved") return [{ resolvedAt: "desc" }];
  // The status enum sorts waiting_human before human: waiting conversations first.
  return [{ status: "asc" }, { priority: "desc" }, { handoffAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }];
}

export async function listInbox(prisma: PrismaClient, input: { filter: InboxFilter; staffId: string; take?: number }) {
  const rows = await prisma.conversation.findMany({
    where: whereFor(input.filter, input.staffId),
    orderBy: orderFor(input.filter),
    take: input.take ?? INBOX_PAGE_SIZE,
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
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [previews, pending] = await Promise.all([
    // Per conversation: the customer's latest words, and when the team (AI or a person) last answered.
    prisma.$queryRaw<Array<{ conversationId: string; body: string | null; createdAt: Date | null; repliedAt: Date | null }>>`
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
      ) lr ON true`,
    prisma.actionRequest.groupBy({ by: ["conversationId"], where: { conversationId: { in: ids }, status: "pending" }, _count: { _all: true } }),
  ]);
  const previewOf = new Map(previews.map((p) => [p.conversationId, p]));
  const pendingOf = new Map(pending.map((p) => [p.conversationId, p._count._all]));
  return rows.map((row) => {
    const preview = previewOf.get(row.id);
    return {
      ...row,
      preview: preview?.body && preview.createdAt ? { body: preview.body, at: preview.createdAt } : null,
      /** The customer wrote last: someone owes them an answer. */
      awaitingReply: Boolean(preview?.createdAt && (!preview.repliedAt || preview.createdAt > preview.repliedAt)),
      pendingApprovals: pendingOf.get(row.id) ?? 0,
    };
  });
}

/** One pass over the open conversations for three counts, and an indexed count of the resolved ones. */
export async function inboxCounts(prisma: PrismaClient, staffId: string): Promise<InboxCounts> {
  const [open, resolved, approvals] = await Promise.all([
    prisma.$queryRaw<Array<{ mine: bigint; unassigned: bigint; open: bigint }>>`
      SELECT
        count(*) FILTER (WHERE "assigneeId" = ${staffId}) AS mine,
        count(*) FILTER (WHERE "assigneeId" IS NULL) AS unassigned,
        count(*) AS open
      FROM "Conversation"
      WHERE "status" IN ('waiting_human', 'human')`,
    prisma.conversation.count({ where: whereFor("resolved", staffId) }),
    // Indexed on (status, createdAt): the pending requests are few whatever the history.
    prisma.actionRequest.findMany({ where: { status: "pending" }, distinct: ["conversationId"], select: { conversationId: true } }),
  ]);
  const row = open[0];
  return {
    mine: Number(row?.mine ?? 0),
    unassigned: Number(row?.unassigned ?? 0),
    approvals: approvals.length,
    open: Number(row?.open ?? 0),
    resolved,
  };
}
