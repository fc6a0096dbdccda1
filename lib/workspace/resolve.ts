import "server-only";
import { recordAudit } from "@/lib/db/audit";
import { insertMessageInTx } from "@/lib/db/conversations";
import { transaction } from "@/lib/db/transaction";
import {
  closeConversation,
  countPublicAiMessages,
  findConversationStatus,
  findCsatState,
  findResolutionPath,
  rateConversation,
} from "@/lib/db/workspace-resolve";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendEvent, eventsCommitted } from "@/lib/db/events";
import { requireNoPendingApprovals } from "./assignment";
import { WorkspaceError } from "./errors";
import type { ResolutionCode } from "./labels";
import { type Actor, explainRefusal, heldBy } from "./scope";

/**
 * Closing a conversation, and the customer's rating of it. The resolution path says who resolved it: AI then
 * human when the AI answered before a person took over, human only when it did not (the customer asked for a
 * person straight away). `ai_only` is for conversations closed without a person.
 */
export type ResolveInput = {
  conversationId: string;
  code: ResolutionCode;
  /** The agent's judgement of the AI's handoff, for escalation appropriateness; optional. */
  handoffNeeded?: boolean | undefined;
};

export async function resolveConversation(
  prisma: PrismaClient,
  actor: Actor,
  input: ResolveInput,
): Promise<{ resolutionPath: "ai_then_human" | "human_only" }> {
  const { conversationId } = input;
  await requireNoPendingApprovals(prisma, conversationId, "resolve");
  const now = new Date();
  // The greeting is the AI's first message; any AI message after it is an answer.
  const aiMessages = await countPublicAiMessages(prisma, conversationId);
  const resolutionPath = aiMessages > 1 ? "ai_then_human" : "human_only";
  const done = await transaction(prisma, async (tx) => {
    const closed = await closeConversation(tx, {
      conversationId,
      scope: heldBy(actor),
      at: now,
      resolvedBy: actor.id,
      resolutionCode: input.code,
      resolutionPath,
      handoffAssessment: input.handoffNeeded === undefined ? undefined : input.handoffNeeded ? "needed" : "not_needed",
    });
    if (closed.count === 0) return false;
    await insertMessageInTx(tx, {
      conversationId,
      role: "system",
      body: `${actor.name} marked this conversation as resolved.`,
    });
    await appendEvent(tx, {
      conversationId,
      type: "conversation.status",
      payload: { status: "resolved", resolutionCode: input.code },
    });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: "conversation.resolved",
      target: `conversation:${conversationId}`,
      details: {
        code: input.code,
        resolutionPath,
        ...(input.handoffNeeded === undefined ? {} : { handoffNeeded: input.handoffNeeded }),
      },
    });
    return true;
  });
  if (!done) throw await explainRefusal(prisma, conversationId, actor);
  eventsCommitted(conversationId);
  return { resolutionPath };
}

/** The customer's 1–5 rating, once per conversation and only after it was resolved. */
export async function recordCsat(
  prisma: PrismaClient,
  conversationId: string,
  input: { score: number; comment?: string | undefined },
): Promise<void> {
  const comment = input.comment?.trim() || null;
  const done = await transaction(prisma, async (tx) => {
    const current = await findResolutionPath(tx, conversationId);
    // Resolved with no path recorded means nobody from the team closed it: the AI did.
    const rated = await rateConversation(tx, {
      conversationId,
      score: input.score,
      comment,
      at: new Date(),
      aiOnly: !current?.resolutionPath,
    });
    if (rated.count === 0) return false;
    await appendEvent(tx, { conversationId, type: "csat.recorded", payload: { score: input.score, comment } });
    await recordAudit(tx, {
      actorType: "customer",
      action: "csat.recorded",
      target: `conversation:${conversationId}`,
      details: { score: input.score },
    });
    return true;
  });
  if (!done) {
    const row = await findConversationStatus(prisma, conversationId);
    if (row?.status !== "resolved")
      throw new WorkspaceError("not_resolved", "You can rate this conversation once it's resolved.");
    throw new WorkspaceError("already_rated", "Thanks, we already have your rating for this conversation.");
  }
  eventsCommitted(conversationId);
}

/** Whether the customer has rated their (resolved) conversation. */
export async function csatState(
  prisma: PrismaClient,
  conversationId: string,
): Promise<{ canRate: boolean; score: number | null }> {
  const row = await findCsatState(prisma, conversationId);
  return { canRate: row?.status === "resolved" && row.csatScore === null, score: row?.csatScore ?? null };
}
