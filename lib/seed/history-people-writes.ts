/**
 * The demo history's bulk writes for the human side (lib/seed/history-people.ts): action requests decided through
 * the workspace's approval code with the history's clock, and draft decisions and conversation updates applied in
 * one statement each.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";
import { executeApprovedAction, rejectAction } from "@/lib/tools/approvals";
import type { Staff } from "./history-people";

export type ConversationUpdate = Record<string, string | number | null> & { id: string };

export type DraftDecision = {
  id: string;
  status: string;
  sentBody: string | null;
  editDistance: number | null;
  by: string;
  at: string;
};

/** An action request decided by the agent through lib/tools/approvals (the tool runs with the history's clock). */
export async function decideRequest(
  prisma: PrismaClient,
  input: { requestId: string; agent: Staff; approve: boolean; at: number; policy: SupportPolicy },
) {
  const started = new Date();
  try {
    if (input.approve)
      await executeApprovedAction(prisma, input.requestId, input.agent.id, {
        policy: input.policy,
        now: () => new Date(input.at),
      });
    else
      await rejectAction(
        prisma,
        input.requestId,
        input.agent.id,
        "Outside what we can refund for this order; offered a replacement instead.",
      );
  } catch {
    // The approval path recorded the failure on the request (status "failed"), as it would for an agent.
  }
  const at = new Date(input.at).toISOString();
  await prisma.$executeRaw`UPDATE "ActionRequest" SET "decidedAt" = ${at}::timestamp WHERE id = ${input.requestId}`;
  await prisma.$executeRaw`
    UPDATE "AuditEvent" SET "createdAt" = ${at}::timestamp
    WHERE "createdAt" >= ${started} AND (target = ${`action_request:${input.requestId}`} OR details->>'approvedActionRequestId' = ${input.requestId})`;
}

export async function applyDraftDecisions(prisma: PrismaClient, rows: DraftDecision[]) {
  if (rows.length === 0) return;
  await prisma.$executeRaw`
    UPDATE "Draft" AS d SET status = v.status::"DraftStatus", "sentBody" = v.sent, "editDistance" = v.distance::int, "decidedById" = v.by, "decidedAt" = v.at::timestamp
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.sentBody)}::text[],
                ${rows.map((r) => (r.editDistance === null ? null : String(r.editDistance)))}::text[], ${rows.map((r) => r.by)}::text[], ${rows.map((r) => r.at)}::text[])
      AS v(id, status, sent, distance, by, at)
    WHERE d.id = v.id`;
}

type Column =
  | "status"
  | "assigneeId"
  | "takenAt"
  | "firstHumanReplyAt"
  | "resolvedAt"
  | "resolvedBy"
  | "resolutionCode"
  | "resolutionPath"
  | "csatScore"
  | "csatComment"
  | "csatAt"
  | "lastMessageAt";

export async function applyConversationUpdates(prisma: PrismaClient, updates: ConversationUpdate[]) {
  if (updates.length === 0) return;
  const col = (name: Column) =>
    updates.map((u) => (u[name] === undefined || u[name] === null ? null : String(u[name])));
  await prisma.$executeRaw`
    UPDATE "Conversation" AS c SET
      status = v.status::"ConversationStatus", "assigneeId" = COALESCE(v.assignee, c."assigneeId"), "takenAt" = v.taken::timestamp,
      "firstHumanReplyAt" = v.reply::timestamp, "resolvedAt" = v.resolved::timestamp, "resolvedBy" = v.by, "resolutionCode" = v.code,
      "resolutionPath" = v.path::"ResolutionPath", "csatScore" = v.csat::int, "csatComment" = v.comment, "csatAt" = v.csat_at::timestamp,
      "lastMessageAt" = GREATEST(c."lastMessageAt", COALESCE(v.last::timestamp, c."lastMessageAt")), "updatedAt" = now()
    FROM unnest(${updates.map((u) => u.id)}::text[], ${col("status")}::text[], ${col("assigneeId")}::text[], ${col("takenAt")}::text[],
                ${col("firstHumanReplyAt")}::text[], ${col("resolvedAt")}::text[], ${col("resolvedBy")}::text[], ${col("resolutionCode")}::text[],
                ${col("resolutionPath")}::text[], ${col("csatScore")}::text[], ${col("csatComment")}::text[], ${col("csatAt")}::text[], ${col("lastMessageAt")}::text[])
      AS v(id, status, assignee, taken, reply, resolved, by, code, path, csat, comment, csat_at, last)
    WHERE c.id = v.id`;
}
