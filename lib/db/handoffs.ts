import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { type MessageRow, insertMessageInTx } from "./conversations";
import { appendEvent } from "./events";

/**
 * The rows of a handoff (lib/pipeline/handoff.ts decides it and builds the packet): what the packet is built from,
 * and the move to the human queue with its notice, packet, event and audit row in one transaction.
 */
export function packetSources(prisma: PrismaClient, conversationId: string) {
  return Promise.all([
    prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: {
        intent: true,
        urgency: true,
        verifiedAt: true,
        customer: { select: { id: true, name: true, tier: true } },
      },
    }),
    // The latest 60 (the tone is the latest message's), newest first.
    prisma.message.findMany({
      where: { conversationId, internal: false, role: { in: ["customer", "ai"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 60,
      select: { id: true, role: true, body: true, sentiment: true },
    }),
    prisma.turnTrace.findMany({
      where: { conversationId },
      orderBy: { createdAt: "asc" },
      take: 40,
      select: { stages: true },
    }),
  ]);
}

type HandoffMove = {
  conversationId: string;
  reason: string;
  priority: number;
  by: "ai" | "customer";
  notice: string;
  packet: { summary: string; json: Prisma.InputJsonValue };
  /** The triggering customer message and the sentiment the turn gave it. */
  trigger?: { messageId: string; sentiment: string };
};

/**
 * Moves the conversation from the AI to the queue if the AI still holds it (a conditional update, so two requests at
 * once move it once). Otherwise nothing is written and the current status comes back.
 */
export async function moveToHumanQueue(
  prisma: PrismaClient,
  input: HandoffMove,
): Promise<
  { moved: true; notice: MessageRow } | { moved: false; status: "ai" | "waiting_human" | "human" | "resolved" }
> {
  const { conversationId, reason, priority } = input;
  return prisma.$transaction(async (tx) => {
    const moved = await tx.conversation.updateMany({
      where: { id: conversationId, status: "ai" },
      data: { status: "waiting_human", handoffReason: reason, handoffAt: new Date(), priority },
    });
    if (moved.count === 0) {
      const current = await tx.conversation.findUniqueOrThrow({
        where: { id: conversationId },
        select: { status: true },
      });
      return { moved: false as const, status: current.status };
    }
    // The packet and the inbox read the same sentiment for the triggering message from the moment of the handoff.
    if (input.trigger) {
      await tx.message.updateMany({
        where: { id: input.trigger.messageId, conversationId },
        data: { sentiment: input.trigger.sentiment },
      });
    }
    const notice = await insertMessageInTx(tx, { conversationId, role: "system", body: input.notice });
    await tx.handoffPacket.create({
      data: { conversationId, reason, summary: input.packet.summary, packet: input.packet.json },
    });
    await appendEvent(tx, {
      conversationId,
      type: "conversation.status",
      payload: { status: "waiting_human", reason, priority },
    });
    await recordAudit(tx, {
      actorType: input.by,
      action: "conversation.handed_off",
      target: `conversation:${conversationId}`,
      details: { conversationId, reason, priority },
    });
    return { moved: true as const, notice };
  });
}
