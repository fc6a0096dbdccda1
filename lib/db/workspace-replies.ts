import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "./types";

/**
 * What an agent's writing touches besides the message itself (lib/db/conversations.ts inserts that): the
 * conversation's reply times, the retry key, and the AI's drafts. `scope` is the caller's reach
 * (lib/workspace/scope.ts).
 */

/** Marks the held conversation active; also the row lock that serialises two sends in one conversation. */
export function touchHeldConversation(
  tx: Tx,
  input: { conversationId: string; scope: Prisma.ConversationWhereInput; at: Date },
) {
  return tx.conversation.updateMany({
    where: { id: input.conversationId, ...input.scope },
    data: { lastMessageAt: input.at },
  });
}

/** The first time a person answered the customer; later replies keep it. */
export function markFirstHumanReply(tx: Db, conversationId: string, at: Date) {
  return tx.conversation.updateMany({
    where: { id: conversationId, firstHumanReplyAt: null },
    data: { firstHumanReplyAt: at },
  });
}

export function conversationExists(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({ where: { id: conversationId }, select: { id: true } });
}

/** A message already sent under this client id: the send is a retry. */
export function findMessageByClientId(prisma: Db, conversationId: string, clientMessageId: string) {
  return prisma.message.findUnique({
    where: { conversationId_clientMessageId: { conversationId, clientMessageId } },
    select: { id: true },
  });
}

export function findPendingDraft(prisma: Db, draftId: string, conversationId: string) {
  return prisma.draft.findFirst({
    where: { id: draftId, conversationId, status: "pending" },
    select: { body: true, sources: true },
  });
}

/** Decides a pending draft as sent (as is or edited); a count of 0 means someone decided it first. */
export function markDraftSent(
  tx: Tx,
  input: {
    draftId: string;
    conversationId: string;
    status: "sent" | "edited";
    sentBody: string;
    editDistance: number;
    decidedById: string;
    decidedAt: Date;
  },
) {
  return tx.draft.updateMany({
    where: { id: input.draftId, conversationId: input.conversationId, status: "pending" },
    data: {
      status: input.status,
      sentBody: input.sentBody,
      editDistance: input.editDistance,
      decidedById: input.decidedById,
      decidedAt: input.decidedAt,
    },
  });
}

/** The draft, if its conversation is within `scope`. */
export function findDraftInScope(prisma: Db, draftId: string, scope: Prisma.ConversationWhereInput) {
  return prisma.draft.findFirst({
    where: { id: draftId, conversation: scope },
    select: { conversationId: true, status: true },
  });
}

/** Decides a pending draft as discarded; a count of 0 means it was already decided. */
export function markDraftDiscarded(tx: Tx, input: { draftId: string; decidedById: string }) {
  return tx.draft.updateMany({
    where: { id: input.draftId, status: "pending" },
    data: { status: "discarded", decidedById: input.decidedById, decidedAt: new Date() },
  });
}

export function findDraftConversation(prisma: Db, draftId: string) {
  return prisma.draft.findUnique({ where: { id: draftId }, select: { conversationId: true } });
}
