import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * Conversation search for review (lib/review/search.ts builds the `where` from the filters): one row per
 * conversation with what the list shows, newest first.
 */
const reviewRowSelect = {
  id: true,
  createdAt: true,
  status: true,
  intent: true,
  sentiment: true,
  resolutionPath: true,
  resolutionCode: true,
  resolvedAt: true,
  handoffReason: true,
  handoffAssessment: true,
  csatScore: true,
  turnCount: true,
  customer: { select: { tier: true } },
  assignee: { select: { id: true, name: true } },
  rollup: { select: { intent: true, recontacted: true, violationTypes: true, injectionFlags: true } },
  qaReviews: { select: { id: true }, take: 1 },
  messages: {
    where: { role: "customer", internal: false },
    orderBy: { createdAt: "asc" },
    take: 1,
    select: { body: true },
  },
} satisfies Prisma.ConversationSelect;

export type ReviewConversationRow = Prisma.ConversationGetPayload<{ select: typeof reviewRowSelect }>;

export function findReviewConversations(
  prisma: Db,
  input: { where: Prisma.ConversationWhereInput; skip?: number; take: number },
): Promise<ReviewConversationRow[]> {
  return prisma.conversation.findMany({
    where: input.where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(input.skip !== undefined ? { skip: input.skip } : {}),
    take: input.take,
    select: reviewRowSelect,
  });
}

export function countConversations(prisma: Db, where: Prisma.ConversationWhereInput): Promise<number> {
  return prisma.conversation.count({ where });
}

/** Every staff account, by name, with role and whether it is active. */
export function listStaffMembers(prisma: Db) {
  return prisma.staffUser.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true, active: true },
  });
}
