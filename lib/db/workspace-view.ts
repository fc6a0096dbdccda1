import "server-only";
import type { Db } from "./types";

/**
 * The reads behind the workspace's conversation view (lib/workspace/conversation.ts builds the view from these
 * rows; orders come from the commerce store).
 */
export function findConversationForView(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      status: true,
      priority: true,
      intent: true,
      urgency: true,
      sentiment: true,
      language: true,
      channel: true,
      handoffReason: true,
      handoffAt: true,
      createdAt: true,
      lastMessageAt: true,
      takenAt: true,
      resolvedAt: true,
      resolutionCode: true,
      resolutionPath: true,
      csatScore: true,
      csatComment: true,
      verifiedAt: true,
      verificationAttempts: true,
      assignee: { select: { id: true, name: true } },
      customer: { select: { id: true, name: true, email: true, phone: true, tier: true, createdAt: true } },
    },
  });
}

/** The transcript with internal notes, oldest first, up to `take` messages. */
export function listTranscriptForStaff(prisma: Db, conversationId: string, take: number) {
  return prisma.message.findMany({
    where: { conversationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      role: true,
      body: true,
      internal: true,
      sentiment: true,
      sources: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
}

export function latestHandoffPacket(prisma: Db, conversationId: string) {
  return prisma.handoffPacket.findFirst({
    where: { conversationId },
    orderBy: { createdAt: "desc" },
    select: { packet: true, createdAt: true },
  });
}

/** The newest pending drafts, newest first. */
export function listPendingDrafts(prisma: Db, conversationId: string, take: number) {
  return prisma.draft.findMany({
    where: { conversationId, status: "pending" },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, body: true, sources: true, forMessageId: true, createdAt: true },
  });
}

/** Every action request of the conversation, newest first, with who decided it. */
export function listActionRequests(prisma: Db, conversationId: string) {
  return prisma.actionRequest.findMany({
    where: { conversationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      tool: true,
      input: true,
      reason: true,
      status: true,
      decisionNote: true,
      result: true,
      createdAt: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
    },
  });
}

/** Colleagues a conversation can be assigned to, by name. */
export function listActiveStaff(prisma: Db) {
  return prisma.staffUser.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/** The customer's other conversations started since `since`. */
export function countOtherConversationsSince(
  prisma: Db,
  input: { customerId: string; conversationId: string; since: Date },
): Promise<number> {
  return prisma.conversation.count({
    where: { customerId: input.customerId, id: { not: input.conversationId }, createdAt: { gte: input.since } },
  });
}
