import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "./types";

/** Closing a conversation and the customer's rating of it, as rows; `scope` is the caller's reach. */
export function countPublicAiMessages(prisma: Db, conversationId: string): Promise<number> {
  return prisma.message.count({ where: { conversationId, role: "ai", internal: false } });
}

/** Resolves the conversation if it is within `scope`; a count of 0 means it was not. */
export function closeConversation(
  tx: Tx,
  input: {
    conversationId: string;
    scope: Prisma.ConversationWhereInput;
    at: Date;
    resolvedBy: string;
    resolutionCode: string;
    resolutionPath: "ai_then_human" | "human_only";
    /** The resolver's judgement of the AI's handoff, when they gave one. */
    handoffAssessment?: "needed" | "not_needed" | undefined;
  },
) {
  const { at, resolvedBy } = input;
  return tx.conversation.updateMany({
    where: { id: input.conversationId, ...input.scope },
    data: {
      status: "resolved",
      resolvedAt: at,
      resolvedBy,
      resolutionCode: input.resolutionCode,
      resolutionPath: input.resolutionPath,
      ...(input.handoffAssessment === undefined
        ? {}
        : { handoffAssessment: input.handoffAssessment, handoffAssessedById: resolvedBy, handoffAssessedAt: at }),
    },
  });
}

export function findResolutionPath(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({ where: { id: conversationId }, select: { resolutionPath: true } });
}

/** Records the rating once, on a resolved conversation; `aiOnly` also records that the AI resolved it alone. */
export function rateConversation(
  tx: Tx,
  input: { conversationId: string; score: number; comment: string | null; at: Date; aiOnly: boolean },
) {
  return tx.conversation.updateMany({
    where: { id: input.conversationId, status: "resolved", csatScore: null },
    data: {
      csatScore: input.score,
      csatComment: input.comment,
      csatAt: input.at,
      ...(input.aiOnly ? { resolutionPath: "ai_only" } : {}),
    },
  });
}

export function findConversationStatus(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({ where: { id: conversationId }, select: { status: true } });
}

export function findCsatState(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({ where: { id: conversationId }, select: { status: true, csatScore: true } });
}
