import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * Proposal rows (lib/tools/proposals.ts decides what is proposed and when it runs). Status changes are
 * compare-and-set from `pending`, so a double "yes" or a yes racing an expiry changes a proposal once.
 */
export function pendingProposalRows(prisma: Db, conversationId: string) {
  return prisma.proposal.findMany({
    where: { conversationId, status: "pending" },
    orderBy: { createdAt: "asc" },
    select: { id: true, tool: true, input: true, summary: true, expiresAt: true },
  });
}

/** Moves still-pending proposals to a final status ("expired", "declined"). */
export async function closeProposals(
  prisma: Db,
  ids: string[],
  status: "expired" | "declined",
  now: Date,
): Promise<void> {
  await prisma.proposal.updateMany({ where: { id: { in: ids }, status: "pending" }, data: { status, decidedAt: now } });
}

type NewProposal = { tool: string; input: Prisma.InputJsonObject; summary: Prisma.InputJsonObject };

/** Replaces whatever was pending on the conversation with these proposals, in one transaction; their ids in order. */
export function replaceProposals(
  prisma: PrismaClient,
  input: { conversationId: string; proposals: NewProposal[]; expiresAt: Date; now: Date },
): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    await tx.proposal.updateMany({
      where: { conversationId: input.conversationId, status: "pending" },
      data: { status: "replaced", decidedAt: input.now },
    });
    const ids: string[] = [];
    for (const proposal of input.proposals) {
      const row = await tx.proposal.create({
        data: { conversationId: input.conversationId, ...proposal, expiresAt: input.expiresAt, createdAt: input.now },
        select: { id: true },
      });
      ids.push(row.id);
    }
    return ids;
  });
}

/** pending → confirmed; false when someone else already decided it. */
export async function claimProposal(prisma: Db, id: string, now: Date): Promise<boolean> {
  const claimed = await prisma.proposal.updateMany({
    where: { id, status: "pending" },
    data: { status: "confirmed", decidedAt: now },
  });
  return claimed.count > 0;
}

export async function settleProposal(prisma: Db, id: string, status: "executed" | "failed"): Promise<void> {
  await prisma.proposal.update({ where: { id }, data: { status } });
}

/** The newest proposal still waiting for the customer, with the conversation's language (for its buttons). */
export function latestPendingProposal(prisma: Db, conversationId: string, now: Date) {
  return prisma.proposal.findFirst({
    where: { conversationId, status: "pending", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { expiresAt: true, createdAt: true, conversation: { select: { language: true } } },
  });
}
