import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * ActionRequest rows: what the AI could not do alone and a person decides (lib/tools/request-approval.ts files
 * them, lib/tools/approvals.ts decides them). Deciding is a compare-and-set from `pending`.
 */
export function findActionRequestByKey(prisma: Db, idempotencyKey: string) {
  return prisma.actionRequest.findUnique({ where: { idempotencyKey }, select: { id: true, status: true } });
}

export function findActionRequestByKeyOrThrow(prisma: Db, idempotencyKey: string) {
  return prisma.actionRequest.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true, status: true } });
}

/** Files a request; a concurrent twin with the same key makes this throw a unique violation. */
export function createActionRequest(
  prisma: Db,
  data: { conversationId: string; tool: string; input: Prisma.InputJsonObject; reason: string; idempotencyKey: string },
) {
  return prisma.actionRequest.create({ data, select: { id: true } });
}

export function actionRequestStatus(prisma: Db, id: string) {
  return prisma.actionRequest.findUnique({ where: { id }, select: { status: true } });
}

/** A request the caller just claimed: what it asks for. */
export function claimedActionRequest(prisma: Db, id: string) {
  return prisma.actionRequest.findUniqueOrThrow({
    where: { id },
    select: { tool: true, input: true, conversationId: true },
  });
}

/** pending → approved or rejected by a person; false when it was already decided. */
export async function decideActionRequest(
  prisma: Db,
  id: string,
  decision: { status: "approved" } | { status: "rejected"; decisionNote: string },
  staffUserId: string,
): Promise<boolean> {
  const claimed = await prisma.actionRequest.updateMany({
    where: { id, status: "pending" },
    data: { ...decision, decidedById: staffUserId, decidedAt: new Date() },
  });
  return claimed.count > 0;
}

export async function settleActionRequest(
  prisma: Db,
  id: string,
  status: "executed" | "failed",
  result: Prisma.InputJsonObject,
): Promise<void> {
  await prisma.actionRequest.update({ where: { id }, data: { status, result } });
}
