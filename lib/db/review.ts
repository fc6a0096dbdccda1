import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * The supervisor review's queries (lib/review): one conversation with everything a reviewer reads, QA scores,
 * handoff judgements and evaluation cases. Rows only; lib/review decides and shapes them.
 */

/** One conversation with its transcript, traces, drafts, action requests, packets, QA reviews and roll-up flags. */
export function findReviewConversation(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    include: {
      customer: { select: { id: true, name: true, email: true, tier: true } },
      assignee: { select: { name: true } },
      messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { author: { select: { name: true } } } },
      traces: { orderBy: { createdAt: "asc" } },
      drafts: { orderBy: { createdAt: "asc" }, include: { decidedBy: { select: { name: true } } } },
      actionRequests: { orderBy: { createdAt: "asc" }, include: { decidedBy: { select: { name: true } } } },
      handoffPackets: { orderBy: { createdAt: "asc" } },
      qaReviews: { orderBy: { createdAt: "desc" }, include: { reviewer: { select: { name: true } } } },
      rollup: { select: { intent: true, recontacted: true, repeatContact: true } },
    },
  });
}

export function findStaffName(prisma: Db, staffId: string) {
  return prisma.staffUser.findUnique({ where: { id: staffId }, select: { name: true } });
}

/** Evaluation cases made from a conversation (their source starts `conversation:<id>`), newest first. */
export function findConversationEvalCases(prisma: Db, conversationId: string) {
  return prisma.evaluationCase.findMany({
    where: { source: { startsWith: `conversation:${conversationId}` } },
    orderBy: { createdAt: "desc" },
  });
}

/** Every saved evaluation case, oldest first (the JSONL export). */
export function allEvaluationCases(prisma: Db) {
  return prisma.evaluationCase.findMany({ orderBy: { createdAt: "asc" } });
}

/** What an evaluation case is built from: the conversation, its customer, its transcript and the reply's trace. */
export function findConversationForCase(prisma: Db, conversationId: string, replyMessageId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      intent: true,
      createdAt: true,
      customer: { select: { id: true, name: true, email: true, tier: true, phone: true } },
      messages: {
        where: { internal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, role: true, body: true },
      },
      traces: { where: { replyMessageId }, select: { customerMessageId: true } },
    },
  });
}

export async function conversationExists(prisma: Db, conversationId: string): Promise<boolean> {
  return (await prisma.conversation.count({ where: { id: conversationId } })) > 0;
}

export function insertQaReview(
  prisma: Db,
  data: {
    conversationId: string;
    reviewerId: string;
    policyAccuracy: number;
    tone: number;
    resolution: number;
    escalationAppropriate: number;
    notes: string | null;
  },
) {
  return prisma.qaReview.create({ data, select: { id: true } });
}

export function findHandoffState(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    select: { handoffAt: true, handoffAssessment: true },
  });
}

export async function setHandoffAssessment(
  prisma: Db,
  conversationId: string,
  data: { handoffAssessment: string; handoffAssessedById: string; handoffAssessedAt: Date },
): Promise<void> {
  await prisma.conversation.update({ where: { id: conversationId }, data });
}

export function insertEvaluationCase(
  prisma: Db,
  data: { source: string; input: Prisma.InputJsonObject; expected: Prisma.InputJsonObject; createdBy: string },
) {
  return prisma.evaluationCase.create({ data, select: { id: true } });
}
