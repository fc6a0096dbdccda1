import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendEvent } from "./events";
import { saveTrace, type TraceRecord } from "./trace";

/**
 * What a draft turn writes (lib/pipeline/draft.ts), in one transaction: the draft for the person holding the
 * conversation and its event, the tags triage gave the customer's message, and the turn's trace.
 */
export async function recordDraftTurn(
  prisma: PrismaClient,
  input: {
    conversationId: string;
    forMessageId: string;
    /** Empty when nothing safe was drafted: no draft is stored then. */
    body: string;
    sources: Prisma.InputJsonArray;
    triage: { sentiment: string; urgency: string; language: string };
    trace: TraceRecord;
  },
): Promise<{ draftId: string | null; traceId: string }> {
  const { conversationId, forMessageId, triage } = input;
  return prisma.$transaction(async (tx) => {
    const draft = input.body
      ? await tx.draft.create({
          data: { conversationId, forMessageId, body: input.body, sources: input.sources },
          select: { id: true, body: true, createdAt: true },
        })
      : null;
    if (draft) {
      await appendEvent(tx, {
        conversationId,
        type: "draft.created",
        payload: { id: draft.id, forMessageId, body: draft.body, sources: input.sources },
      });
    }
    await tx.message.update({ where: { id: forMessageId }, data: { sentiment: triage.sentiment } });
    await tx.conversation.update({
      where: { id: conversationId },
      data: {
        sentiment: triage.sentiment,
        urgency: triage.urgency,
        language: triage.language,
        lastMessageAt: new Date(),
      },
    });
    const traceId = await saveTrace(tx, input.trace);
    return { draftId: draft?.id ?? null, traceId };
  });
}

/** A shadow-mode reply (an intent the policy keeps draft-only): the person who takes over sends or edits it. */
export async function insertDraft(
  prisma: PrismaClient,
  input: { conversationId: string; forMessageId: string; body: string; sources: Prisma.InputJsonArray },
): Promise<void> {
  await prisma.draft.create({ data: input });
}
