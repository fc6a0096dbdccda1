import "server-only";
import { type TurnStateRow, turnStateRow } from "@/lib/db/turn-state";
import type { Db } from "@/lib/db/types";
import type { ChatTurn, Sentiment } from "@/lib/engines/types";
import type { Intent } from "@/lib/policy/schema";
import { extractEntities } from "@/lib/signals/entities";

/**
 * What a turn needs to know about its conversation: the conversation with its verified customer, the recent
 * transcript, and signals that span turns, counted over its traces (flagged manipulation attempts and refused
 * actions).
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
  /** Proposals waiting for the customer's answer, expired ones included (lib/tools/proposals.ts sorts them out). */
  proposalRows: TurnStateRow["proposals"];
};

const HISTORY_TAKE = 24;
/** Denials that are not refusals on the merits: being asked to verify first, unusable input, a failed identity check. */
const NOT_REFUSALS = ["not_verified", "invalid_input", "verification_failed"] as const;

export async function loadTurnState(prisma: Db, conversationId: string, currentMessageId: string): Promise<TurnState> {
  const row = await turnStateRow(prisma, conversationId, { historyTake: HISTORY_TAKE, notRefusals: NOT_REFUSALS });
  if (!row) throw new Error(`conversation ${conversationId} not found`);
  const { customer, messages, flagged: flaggedMessages, denials: toolDenials } = row;
  const conversation = row;

  const earlier = messages.filter((message) => message.id !== currentMessageId).reverse();
  const customerMessages = earlier.filter((message) => message.role === "customer");
  return {
    conversation: {
      id: conversation.id,
      status: conversation.status,
      intent: (conversation.intent as Intent | null) ?? null,
      turnCount: conversation.turnCount,
      verified: conversation.verified && customer !== null,
      verificationAttempts: conversation.verificationAttempts,
    },
    customer: customer ? { id: customer.id, name: customer.name, email: customer.email, tier: customer.tier } : null,
    history: earlier.map((message) => ({ role: message.role, text: message.body })),
    priorSentiments: customerMessages.map((message) => (message.sentiment as Sentiment | null) ?? "neutral"),
    mentionedOrderNumbers: [
      ...new Set(customerMessages.flatMap((message) => extractEntities(message.body).orderNumbers)),
    ],
    flaggedMessages,
    toolDenials,
    proposalRows: row.proposals,
  };
}
