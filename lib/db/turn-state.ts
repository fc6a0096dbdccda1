import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { eventsCommitted, writeWithEvents } from "./events";
import { flaggedTurnsSql, refusedToolCallsSql, type TraceRecord, traceInsert } from "./trace";
import type { Db } from "./types";
import { queryRows } from "./direct-query";

/**
 * Everything a turn reads about its conversation, in one round trip (on the embedded database each round trip
 * costs about as much as the work inside it): the conversation, its verified customer, the recent transcript (newest
 * first), the proposals waiting for the customer's answer, and two signals counted over its traces in the database
 * (reading every trace's stages back would cost more than the turn).
 */
export type TurnStateRow = {
  id: string;
  status: "ai" | "waiting_human" | "human" | "resolved";
  intent: string | null;
  turnCount: number;
  verified: boolean;
  verificationAttempts: number;
  customer: { id: string; name: string; email: string; tier: "standard" | "vip" | "enterprise" } | null;
  messages: Array<{ id: string; role: "customer" | "ai" | "agent" | "system"; body: string; sentiment: string | null }>;
  /** Pending proposals, oldest first, expired or not (the caller expires them). */
  proposals: Array<{ id: string; tool: string; input: unknown; summary: unknown; expiresAt: Date }>;
  flagged: number;
  denials: number;
};

export async function turnStateRow(
  prisma: Db,
  conversationId: string,
  options: { historyTake: number; notRefusals: readonly string[] },
): Promise<TurnStateRow | null> {
  const [row] = await queryRows<
    Array<
      Omit<TurnStateRow, "proposals"> & { proposals: Array<TurnStateRow["proposals"][number] & { expiresAt: string }> }
    >
  >(
    prisma,
    Prisma.sql`
    SELECT c.id, c.status::text AS status, c.intent, c."turnCount", c."verifiedAt" IS NOT NULL AS verified, c."verificationAttempts",
      (SELECT jsonb_build_object('id', cu.id, 'name', cu.name, 'email', cu.email, 'tier', cu.tier)
        FROM "Customer" cu WHERE cu.id = c."customerId") AS customer,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'role', m.role, 'body', m.body, 'sentiment', m.sentiment) ORDER BY m."createdAt" DESC, m.id DESC), '[]'::jsonb)
        FROM (SELECT id, role, body, sentiment, "createdAt" FROM "Message" WHERE "conversationId" = c.id AND NOT internal
              ORDER BY "createdAt" DESC, id DESC LIMIT ${options.historyTake}) m) AS messages,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'tool', p.tool, 'input', p.input, 'summary', p.summary,
          'expiresAt', to_char(p."expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY p."createdAt", p.id), '[]'::jsonb)
        FROM "Proposal" p WHERE p."conversationId" = c.id AND p.status = 'pending') AS proposals,
      ${flaggedTurnsSql("c.id")} AS flagged,
      ${refusedToolCallsSql("c.id", options.notRefusals)} AS denials
    FROM "Conversation" c WHERE c.id = ${conversationId}`,
  );
  if (!row) return null;
  return {
    ...row,
    proposals: row.proposals.map((proposal) => ({ ...proposal, expiresAt: new Date(proposal.expiresAt) })),
  };
}

/** Whom the conversation is verified as (null: nobody yet). */
export async function conversationCustomerId(prisma: Db, conversationId: string): Promise<string | null> {
  const row = await prisma.conversation.findUnique({ where: { id: conversationId }, select: { customerId: true } });
  return row?.customerId ?? null;
}

/**
 * What an AI turn writes at its end, as one statement (atomic, one round trip): its trace, the sentiment of the
 * customer's message, the conversation's new state, and an `action.requested` event for each approval it asked for.
 */
export async function saveTurn(
  prisma: Db,
  input: {
    trace: TraceRecord;
    customerMessageId: string;
    conversationId: string;
    /** null keeps the conversation's intent (a closing "thanks" does not relabel it). */
    intent: string | null;
    triage: { sentiment: string; urgency: string; language: string };
    approvals: Array<{ id: string; tool: string }>;
    now: Date;
  },
): Promise<string> {
  const { conversationId, triage, now } = input;
  const trace = traceInsert(input.trace);
  await writeWithEvents(
    prisma,
    [
      trace.sql,
      Prisma.sql`UPDATE "Message" SET "sentiment" = ${triage.sentiment} WHERE "id" = ${input.customerMessageId}`,
      Prisma.sql`UPDATE "Conversation" SET
        "intent" = ${input.intent === null ? Prisma.sql`"intent"` : Prisma.sql`${input.intent}`},
        "sentiment" = ${triage.sentiment}, "urgency" = ${triage.urgency}, "language" = ${triage.language},
        "turnCount" = "turnCount" + 1, "lastMessageAt" = ${now}::timestamp, "updatedAt" = ${now}::timestamp
        WHERE "id" = ${conversationId}`,
    ],
    input.approvals.map((approval) => ({
      conversationId,
      type: "action.requested",
      payload: { actionRequestId: approval.id, tool: approval.tool },
    })),
  );
  eventsCommitted(conversationId);
  return trace.id;
}
