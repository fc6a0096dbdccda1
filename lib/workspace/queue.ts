import "server-only";
import {
  conversationsWithPendingRequests,
  countConversations,
  listQueueConversations,
  openConversationCounts,
  pendingRequestCounts,
  queuePreviews,
} from "@/lib/db/workspace-queue";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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
  const rows = await listQueueConversations(prisma, {
    where: whereFor(input.filter, input.staffId),
    orderBy: orderFor(input.filter),
    take: input.take ?? INBOX_PAGE_SIZE,
  });
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [previews, pending] = await Promise.all([queuePreviews(prisma, ids), pendingRequestCounts(prisma, ids)]);
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
    openConversationCounts(prisma, staffId),
    countConversations(prisma, whereFor("resolved", staffId)),
    conversationsWithPendingRequests(prisma),
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
