import "server-only";
import type { ChatMessageView } from "@/lib/chat/protocol";
import { insertMessage, toMessageView } from "@/lib/db/conversations";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";

/**
 * Moves a conversation to a person. Idempotent: asking twice leaves one notice. The notice tells the customer
 * honestly what happens next (DESIGN.md: never trap a customer with a bot).
 */
export async function handOffToHuman(
  prisma: PrismaClient,
  input: { conversationId: string; reason: string; policy: SupportPolicy },
): Promise<{ status: "waiting_human" | "human" | "resolved"; notice: ChatMessageView | null }> {
  return prisma.$transaction(async (tx) => {
    // Only a conversation the AI holds moves; the conditional update makes two simultaneous requests safe.
    const moved = await tx.conversation.updateMany({
      where: { id: input.conversationId, status: "ai" },
      data: { status: "waiting_human", handoffReason: input.reason, handoffAt: new Date() },
    });
    if (moved.count === 0) {
      const current = await tx.conversation.findUniqueOrThrow({
        where: { id: input.conversationId },
        select: { status: true },
      });
      return { status: current.status === "ai" ? "waiting_human" : current.status, notice: null };
    }
    const notice = await insertMessage(tx, {
      conversationId: input.conversationId,
      role: "system",
      body: input.policy.disclosure.handoff_notice,
    });
    return { status: "waiting_human", notice: toMessageView(notice) };
  });
}

