import "server-only";
import {
  countConversations,
  findReviewConversations,
  listStaffMembers,
  type ReviewConversationRow,
} from "@/lib/db/review-search";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { redactPii } from "@/lib/signals/pii";
import type { ReviewFilters } from "./filters";

/**
 * Conversation search for review: the filters of lib/review/filters.ts as one Prisma `where`, newest first.
 * Violations and re-contacts come from the metrics roll-up (lib/metrics/rollup.ts), so they never read trace JSON.
 * Supervisors see every conversation: there is one store per installation, so no tenant scope applies.
 */
export const PAGE_SIZE = 25;
export const EXPORT_LIMIT = 10_000;

export function reviewWhere(filters: ReviewFilters): Prisma.ConversationWhereInput {
  const and: Prisma.ConversationWhereInput[] = [
    { createdAt: { gte: filters.range.from, lt: filters.range.to } },
    // A conversation counts once the customer wrote or asked for a person (the roll-up's rule, lib/db/metrics-rollup.ts).
    { OR: [{ turnCount: { gt: 0 } }, { handoffAt: { not: null } }] },
  ];
  // The issue the conversation was about (the roll-up's intent), as the dashboard counts it.
  if (filters.intent) and.push({ rollup: { is: { intent: filters.intent } } });
  if (filters.reason) and.push({ handoffReason: filters.reason });
  if (filters.agentId) and.push({ OR: [{ assigneeId: filters.agentId }, { resolvedBy: filters.agentId }] });
  const outcome = filters.outcome;
  if (outcome === "open") and.push({ resolvedAt: null, resolutionPath: null });
  else if (outcome === "recontacted") and.push({ rollup: { is: { recontacted: true } } });
  else if (outcome) and.push({ resolutionPath: outcome });
  const csat = filters.csat;
  if (csat === "low") and.push({ csatScore: { lte: 2 } });
  else if (csat === "high") and.push({ csatScore: { gte: 4 } });
  else if (csat === "none") and.push({ csatScore: null });
  else if (csat) and.push({ csatScore: Number(csat) });
  if (filters.violation === "any")
    and.push({ rollup: { is: { OR: [{ violationTypes: { isEmpty: false } }, { injectionFlags: { gt: 0 } }] } } });
  else if (filters.violation === "prompt_injection") and.push({ rollup: { is: { injectionFlags: { gt: 0 } } } });
  else if (filters.violation) and.push({ rollup: { is: { violationTypes: { has: filters.violation } } } });
  return { AND: and };
}

export type ReviewRow = {
  id: string;
  createdAt: string;
  status: string;
  intent: string | null;
  sentiment: string | null;
  path: string;
  resolutionCode: string | null;
  handoffReason: string | null;
  handoffAssessment: string | null;
  csatScore: number | null;
  turnCount: number;
  tier: string | null;
  agent: string | null;
  recontacted: boolean;
  violations: string[];
  reviewed: boolean;
  firstQuestion: string | null;
};

function toRow(row: ReviewConversationRow): ReviewRow {
  const violations = [...new Set(row.rollup?.violationTypes ?? [])];
  if ((row.rollup?.injectionFlags ?? 0) > 0) violations.push("prompt_injection");
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    status: row.status,
    intent: row.rollup?.intent ?? row.intent,
    sentiment: row.sentiment,
    path: row.resolutionPath ?? (row.resolvedAt ? "ai_only" : "open"),
    resolutionCode: row.resolutionCode,
    handoffReason: row.handoffReason,
    handoffAssessment: row.handoffAssessment,
    csatScore: row.csatScore,
    turnCount: row.turnCount,
    tier: row.customer?.tier ?? null,
    agent: row.assignee?.name ?? null,
    recontacted: row.rollup?.recontacted ?? false,
    violations,
    reviewed: row.qaReviews.length > 0,
    firstQuestion: row.messages[0]?.body ?? null,
  };
}

export async function searchConversations(
  prisma: PrismaClient,
  filters: ReviewFilters,
): Promise<{ rows: ReviewRow[]; total: number; pages: number }> {
  const where = reviewWhere(filters);
  const [rows, total] = await Promise.all([
    findReviewConversations(prisma, { where, skip: (filters.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    countConversations(prisma, where),
  ]);
  return { rows: rows.map(toRow), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * Every matching conversation (up to EXPORT_LIMIT, newest first) for the CSV export. A file that leaves Tandem
 * carries no contact details: emails, phone numbers, card numbers and ids in the customer's first question become
 * "[email]", "[phone]", … (the conversation id leads back to them inside Tandem, where access is checked and audited).
 */
export async function exportConversations(prisma: PrismaClient, filters: ReviewFilters): Promise<ReviewRow[]> {
  const rows = await findReviewConversations(prisma, { where: reviewWhere(filters), take: EXPORT_LIMIT });
  return rows
    .map(toRow)
    .map((row) => ({ ...row, firstQuestion: row.firstQuestion === null ? null : redactPii(row.firstQuestion) }));
}

/** The people a review can be filtered by: everyone who has held or resolved a conversation. */
export function listAgents(prisma: PrismaClient) {
  return listStaffMembers(prisma);
}
