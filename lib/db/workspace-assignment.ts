import "server-only";
import type { ConversationStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "./types";

/**
 * Who holds a conversation, as rows. Each change is one conditional UPDATE: `scope` is the caller's reach
 * (lib/workspace/scope.ts) and the count says whether the row matched, so of two simultaneous writers the database
 * lets exactly one win. The caller decides what a count of 0 means.
 */
export function moveToHolder(
  tx: Tx,
  input: {
    conversationId: string;
    statuses: readonly ConversationStatus[];
    currentAssigneeId: string | null;
    scope?: Prisma.ConversationWhereInput;
    holderId: string;
  },
) {
  return tx.conversation.updateMany({
    where: {
      id: input.conversationId,
      status: { in: [...input.statuses] },
      assigneeId: input.currentAssigneeId,
      ...input.scope,
    },
    data: { assigneeId: input.holderId, status: "human" },
  });
}

/** Nobody holds it any more; `status` says who answers now (the AI, or the next person from the queue). */
export function releaseHolder(
  tx: Tx,
  input: { conversationId: string; scope: Prisma.ConversationWhereInput; status: "waiting_human" | "ai" },
) {
  return tx.conversation.updateMany({
    where: { id: input.conversationId, ...input.scope },
    data: { assigneeId: null, status: input.status },
  });
}

/** When a person first took the conversation; later holders keep the first time. */
export function markTaken(tx: Tx, conversationId: string) {
  return tx.conversation.updateMany({ where: { id: conversationId, takenAt: null }, data: { takenAt: new Date() } });
}

export function findHolder(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    select: { assigneeId: true, assignee: { select: { name: true } } },
  });
}

export function findAssigneeId(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({ where: { id: conversationId }, select: { assigneeId: true } });
}

/** What the agent is told after a scoped write matched nothing. */
export function findRefusalContext(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    select: { status: true, assigneeId: true, assignee: { select: { name: true } } },
  });
}

/** A colleague who can be assigned conversations: the account exists and is active. */
export function findAssignableStaff(prisma: Db, staffId: string) {
  return prisma.staffUser.findFirst({
    where: { id: staffId, active: true },
    select: { id: true, name: true, role: true },
  });
}
