import "server-only";
import type { ChatTurn, Sentiment } from "@/lib/engines/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Intent } from "@/lib/policy/schema";
import { extractEntities } from "./entities";

/**
 * What a turn needs to know about its conversation, in three queries: the conversation with its verified customer,
 * the recent transcript, and the recent traces (for signals that span turns: flagged manipulation attempts and
 * refused actions).
 */
export type TurnState = {
  conversation: {
    id: string;
    status: "ai" | "waiting_human" | "human" | "resolved";
    intent: Intent | null;
    turnCount: number;
    verified: boolean;
    verificationAttempts: number;
  };
  customer: { id: string; name: string; email: string; tier: "standard" | "vip" | "enterprise" } | null;
  /** Earlier turns, oldest first, without the message being answered. */
  history: ChatTurn[];
  priorSentiments: Sentiment[];
  /** Order numbers the customer has written in this conversation (echoing them back leaks nothing). */
  mentionedOrderNumbers: string[];
  flaggedMessages: number;
  toolDenials: number;
};

type Db = PrismaClient | Prisma.TransactionClient;

const HISTORY_TAKE = 24;
/** Denials that are not refusals on the merits: being asked to verify first, unusable input, a failed identity check. */
const NOT_REFUSALS = ["not_verified", "invalid_input", "verification_failed"] as const;

export async function loadTurnState(prisma: Db, conversationId: string, currentMessageId: string): Promise<TurnState> {
  const [conversation, messages, counts] = await Promise.all([
    prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: {
        id: true,
        status: true,
        intent: true,
        turnCount: true,
        verifiedAt: true,
        verificationAttempts: true,
        customer: {
          select: { id: true, name: true, email: true, tier: true },
        },
      },
    }),
    prisma.message.findMany({
      where: { conversationId, internal: false },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_TAKE,
      select: { id: true, role: true, body: true, sentiment: true },
    }),
    // Counted in the database: reading every trace's stages document back would cost more than the turn itself.
    prisma.$queryRaw<Array<{ flagged: number; denials: number }>>`
      SELECT
        count(*) FILTER (WHERE (stages -> 'screen' -> 'injection' ->> 'flagged') = 'true')::int AS flagged,
        coalesce(sum((
          SELECT count(*) FROM jsonb_array_elements(coalesce(stages -> 'tools', '[]'::jsonb)) AS call
          WHERE call ->> 'decision' = 'denied' AND coalesce(call ->> 'reason', '') NOT IN (${NOT_REFUSALS[0]}, ${NOT_REFUSALS[1]}, ${NOT_REFUSALS[2]})
        )), 0)::int AS denials
      FROM "TurnTrace" WHERE "conversationId" = ${conversationId}`,
  ]);

  const earlier = messages.filter((message) => message.id !== currentMessageId).reverse();
  const customerMessages = earlier.filter((message) => message.role === "customer");
  const flaggedMessages = counts[0]?.flagged ?? 0;
  const toolDenials = counts[0]?.denials ?? 0;
  const customer = conversation.customer;
  return {
    conversation: {
      id: conversation.id,
      status: conversation.status,
      intent: (conversation.intent as Intent | null) ?? null,
      turnCount: conversation.turnCount,
      verified: Boolean(conversation.verifiedAt && customer),
      verificationAttempts: conversation.verificationAttempts,
    },
    customer: customer
      ? { id: customer.id, name: customer.name, email: customer.email, tier: customer.tier }
      : null,
    history: earlier.map((message) => ({ role: message.role, text: message.body })),
    priorSentiments: customerMessages.map((message) => (message.sentiment as Sentiment | null) ?? "neutral"),
    mentionedOrderNumbers: [...new Set(customerMessages.flatMap((message) => extractEntities(message.body).orderNumbers))],
    flaggedMessages,
    toolDenials,
  };
}
