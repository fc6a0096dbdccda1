import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TraceStages, TraceToolCall } from "@/lib/trace/schema";
import { itemPath, tracePath } from "@/lib/trace/sql-paths";
import type { Db } from "./types";

/** One TurnTrace row as the pipeline writes it (the stages document is lib/trace/schema.ts). */
export type TraceRecord = {
  conversationId: string;
  customerMessageId: string;
  replyMessageId: string | null;
  engine: string;
  model: string | null;
  policyVersion: string;
  fallbackReason: string | null;
  durationMs: number;
  usage: { inputTokens: number; outputTokens: number };
  stages: TraceStages;
};

export async function saveTrace(prisma: Db, record: TraceRecord): Promise<string> {
  const { id, sql } = traceInsert(record);
  await prisma.$executeRaw(sql);
  return id;
}

/** The INSERT of a trace and the id it gives the row, for a caller that writes it together with other rows. */
export function traceInsert(record: TraceRecord): { id: string; sql: Prisma.Sql } {
  const id = randomUUID();
  const sql = Prisma.sql`
    INSERT INTO "TurnTrace" ("id", "conversationId", "customerMessageId", "replyMessageId", "engine", "model", "policyVersion",
      "stages", "fallbackReason", "durationMs", "inputTokens", "outputTokens", "createdAt")
    VALUES (${id}, ${record.conversationId}, ${record.customerMessageId}, ${record.replyMessageId}, ${record.engine}, ${record.model},
      ${record.policyVersion}, ${JSON.stringify(record.stages)}::jsonb, ${record.fallbackReason}, ${Math.round(record.durationMs)},
      ${record.usage.inputTokens}, ${record.usage.outputTokens}, ${new Date()}::timestamp)`;
  return { id, sql };
}

const flagged = tracePath("t", "screen", "injection", "flagged");
const tools = tracePath("t", "tools");
const decision = itemPath<TraceToolCall>("call", "decision");
const reason = itemPath<TraceToolCall>("call", "reason");

/**
 * Scalar subqueries over a conversation's traces, counted in the database (reading every trace's stages back
 * would cost more than a turn): turns whose screen flagged a manipulation attempt, and tool calls refused on the
 * merits (denials whose reason is not in `notRefusals`). `conversationColumn` is the SQL column to match, e.g. `c.id`.
 */
export function flaggedTurnsSql(conversationColumn: string): Prisma.Sql {
  return Prisma.sql`(SELECT count(*) FILTER (WHERE (${Prisma.raw(flagged.text)}) = 'true')::int
        FROM "TurnTrace" t WHERE t."conversationId" = ${column(conversationColumn)})`;
}

export function refusedToolCallsSql(conversationColumn: string, notRefusals: readonly string[]): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(sum((
          SELECT count(*) FROM jsonb_array_elements(coalesce(${Prisma.raw(tools.json)}, '[]'::jsonb)) AS call
          WHERE ${Prisma.raw(decision.text)} = 'denied' AND coalesce(${Prisma.raw(reason.text)}, '') NOT IN (${Prisma.join([...notRefusals])})
        )), 0)::int
        FROM "TurnTrace" t WHERE t."conversationId" = ${column(conversationColumn)})`;
}

function column(name: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(name)) throw new Error(`not a column: ${name}`);
  return Prisma.raw(name);
}
