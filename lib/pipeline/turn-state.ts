import "server-only";
import type { ChatTurn, Sentiment } from "@/lib/engines/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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
};

type Db = PrismaClient | Prisma.TransactionClient;

const HISTORY_TAKE = 24;
/** Denials that are not refusals on the merits: being asked to verify first, unusable input, a failed identity check. */
const NOT_REFUSALS = ["not_verified", "invalid_input", "verification_failed"] as const;

type StateRow = {
  id: string;
  status: TurnState["conversation"]["status"];
  intent: string | null;
  turnCount: number;
  verified: boolean;
  verificationAttempts: number;
  customer: { id: string; name: string; email: string; tier: "standard" | "vip" | "enterprise" } | null;
  /** Newest first. */
  messages: Array<{ id: string; role: "customer" | "ai" | "agent" | "system"; body: string; sentiment: string | null }>;
  flagged: number;
  denials: number;
};

export async function loadTurnState(prisma: Db, conversationId: string, currentMessageId: string): Promise<TurnState> {
  // One query: on the embedded database each round trip costs about as much as the work inside it. The signals
  // are counted in the database: reading every trace's stages document back would cost more than the turn itself.
  const [row] = await prisma.$queryRaw<StateRow[]>`
    SELECT c.id, c.status::text AS status, c.intent, c."turnCount", c."verifiedAt" IS NOT NULL AS verified, c."verificationAttempts",
      (SELECT jsonb_build_object('id', cu.id, 'name', cu.name, 'email', cu.email, 'tier', cu.tier)
        FROM "Customer" cu WHERE cu.id = c."customerId") AS customer,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'role', m.role, 'body', m.body, 'sentiment', m.sentiment) ORDER BY m."createdAt" DESC, m.id DESC), '[]'::jsonb)
        FROM (SELECT id, role, body, sentiment, "createdAt" FROM "Message" WHERE "conversationId" = c.id AND NOT internal
              ORDER BY "createdAt" DESC, id DESC LIMIT ${HISTORY_TAKE}) m) AS messages,
      (SELECT count(*) FILTER (WHERE (t.stages -> 'screen' -> 'injection' ->> 'flagged') = 'true')::int
        FROM "TurnTrace" t WHERE t."conversationId" = c.id) AS flagged,
      (SELECT coalesce(sum((
          SELECT count(*) FROM jsonb_array_elements(coalesce(t.stages -> 'tools', '[]'::jsonb)) AS call
          WHERE call ->> 'decision' = 'denied' AND coalesce(call ->> 'reason', '') NOT IN (${NOT_REFUSALS[0]}, ${NOT_REFUSALS[1]}, ${NOT_REFUSALS[2]})
        )), 0)::int
        FROM "TurnTrace" t WHERE t."conversationId" = c.id) AS denials
    FROM "Conversation" c WHERE c.id = ${conversationId}`;
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
