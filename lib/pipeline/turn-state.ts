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
  customer: { id: string; name: string; email: string; tier: "standard" | "vip" | "enterprise"; orderNumbers: string[] } | null;
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
const TRACE_TAKE = 20;

export async function loadTurnState(prisma: Db, conversationId: string, currentMessageId: string): Promise<TurnState> {
  const [conversation, messages, traces] = await Promise.all([
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
          select: { id: true, name: true, email: true, tier: true, orders: { select: { number: true }, orderBy: { placedAt: "desc" }, take: 50 } },
        },
      },
    }),
    prisma.message.findMany({
      where: { conversationId, internal: false },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_TAKE,
      select: { id: true, role: true, body: true, sentiment: true },
    }),
    prisma.turnTrace.findMany({
      where: { conversationId },
      orderBy: { createdAt: "desc" },
      take: TRACE_TAKE,
      select: { stages: true },
    }),
  ]);

  const earlier = messages.filter((message) => message.id !== currentMessageId).reverse();
  const customerMessages = earlier.filter((message) => message.role === "customer");
  let flaggedMessages = 0;
  let toolDenials = 0;
  for (const trace of traces) {
    const stages = trace.stages as { screen?: { injection?: { flagged?: boolean } }; tools?: Array<{ decision?: string; reason?: string }> } | null;
    if (stages?.screen?.injection?.flagged) flaggedMessages++;
    // Being asked to verify first is not a refusal; refusals on the merits (window, state, cap) are.
    toolDenials += (stages?.tools ?? []).filter((call) => call.decision === "denied" && call.reason !== "not_verified" && call.reason !== "invalid_input").length;
  }
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
      ? { id: customer.id, name: customer.name, email: customer.email, tier: customer.tier, orderNumbers: customer.orders.map((o) => o.number) }
      : null,
    history: earlier.map((message) => ({ role: message.role, text: message.body })),
    priorSentiments: customerMessages.map((message) => (message.sentiment as Sentiment | null) ?? "neutral"),
    mentionedOrderNumbers: [...new Set(customerMessages.flatMap((message) => extractEntities(message.body).orderNumbers))],
    flaggedMessages,
    toolDenials,
  };
}
