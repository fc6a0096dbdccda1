import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * Action requests as the workspace reads them around a decision. Deciding itself (running the tool, recording
 * who decided) is lib/tools/approvals.ts.
 */
export function countPendingRequests(prisma: Db, conversationId: string): Promise<number> {
  return prisma.actionRequest.count({ where: { conversationId, status: "pending" } });
}

/** The request, if its conversation is within `scope` (the caller's reach). */
export function findRequestInScope(prisma: Db, actionRequestId: string, scope: Prisma.ConversationWhereInput) {
  return prisma.actionRequest.findFirst({
    where: { id: actionRequestId, conversation: scope },
    select: { conversationId: true, status: true, tool: true, input: true },
  });
}

export function findRequestConversation(prisma: Db, actionRequestId: string) {
  return prisma.actionRequest.findUnique({ where: { id: actionRequestId }, select: { conversationId: true } });
}

export function findRequestDecision(prisma: Db, actionRequestId: string) {
  return prisma.actionRequest.findUnique({
    where: { id: actionRequestId },
    select: { status: true, decidedBy: { select: { name: true } } },
  });
}
