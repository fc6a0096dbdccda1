import "server-only";
import {
  claimProposal,
  closeProposals,
  pendingProposalRows,
  replaceProposals,
  settleProposal,
} from "@/lib/db/proposals";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { callTool, type ToolCallRecord } from "./ai-tools";
import type { Denied, ToolContext, ToolDecision, ToolName } from "./authorize";
import type { ProposalSummary } from "./preview";
import { TOOLS } from "./registry";

/** A tool and the exact arguments it would run with. */
export type ResolvedCall = { tool: ToolName; input: Record<string, unknown> };

/**
 * Propose → confirm → act. A write the customer asks for is first previewed by its tool (every check, every amount,
 * nothing written), stored on the conversation as a proposal and shown in plain words; it runs only after the
 * customer's explicit yes to that proposal, with exactly the arguments shown. A new request replaces what was
 * pending, a "no" declines it, and a proposal left unanswered expires. Several proposals made in one turn ("cancel
 * this one and change that address") are one offer: one yes confirms them all.
 */
export type StoredProposal = { id: string; tool: ToolName; input: unknown; summary: ProposalSummary; expiresAt: Date };

type Previewed =
  | { ok: true; call: ResolvedCall; summary: ProposalSummary }
  | { ok: false; call: ResolvedCall; denied: Denied };

/** A preview as the turn records it: a decision on the trace that nothing was executed, marked `preview`. */
export function previewRecord(previewed: Previewed, toolCallId: string, startedAt: Date): ToolCallRecord {
  const { call } = previewed;
  const orderNumber = typeof call.input.orderNumber === "string" ? { orderNumber: call.input.orderNumber } : {};
  const base = {
    tool: call.tool,
    toolCallId,
    input: call.input,
    startedAt: startedAt.toISOString(),
    durationMs: 0,
    preview: true,
    ...orderNumber,
  };
  if (!previewed.ok)
    return { ...base, decision: previewed.denied, decisionKind: "denied", reason: previewed.denied.reason };
  const summary = previewed.summary;
  return {
    ...base,
    decision: {
      decision: "allowed",
      executed: true,
      result: { money: summary.money, items: summary.items },
      customerMessage: summary.lines.join(" "),
    },
    decisionKind: "allowed",
  };
}

export async function previewCall(ctx: ToolContext, call: ResolvedCall): Promise<Previewed> {
  const preview = TOOLS[call.tool].preview;
  if (!preview) throw new Error(`${call.tool} has no preview: only write tools are proposed`);
  const result = await preview(ctx, call.input);
  return result.ok
    ? { ok: true, call: { tool: call.tool, input: result.input as Record<string, unknown> }, summary: result.summary }
    : { ok: false, call, denied: result.denied };
}

/** The proposals waiting for this customer's answer, oldest first; expired ones are marked so on the way. */
export async function pendingProposals(
  prisma: PrismaClient,
  conversationId: string,
  now: Date,
): Promise<StoredProposal[]> {
  return livePendingProposals(prisma, await pendingProposalRows(prisma, conversationId), now);
}

/** The same, from rows the caller already read (the turn reads them with its conversation, in one query). */
export async function livePendingProposals(
  prisma: PrismaClient,
  rows: Array<{ id: string; tool: string; input: unknown; summary: unknown; expiresAt: Date }>,
  now: Date,
): Promise<StoredProposal[]> {
  const expired = rows.filter((row) => row.expiresAt.getTime() <= now.getTime()).map((row) => row.id);
  if (expired.length > 0) await closeProposals(prisma, expired, "expired", now);
  return rows
    .filter((row) => !expired.includes(row.id))
    .map((row) => ({
      id: row.id,
      tool: row.tool as ToolName,
      input: row.input,
      summary: row.summary as unknown as ProposalSummary,
      expiresAt: row.expiresAt,
    }));
}

/** Stores a new offer, replacing whatever was pending: the customer changed their request. */
export async function propose(
  prisma: PrismaClient,
  input: {
    conversationId: string;
    proposals: Array<{ call: ResolvedCall; summary: ProposalSummary }>;
    now: Date;
    ttlMinutes: number;
  },
): Promise<StoredProposal[]> {
  const expiresAt = new Date(input.now.getTime() + input.ttlMinutes * 60_000);
  const ids = await replaceProposals(prisma, {
    conversationId: input.conversationId,
    proposals: input.proposals.map(({ call, summary }) => ({
      tool: call.tool,
      input: call.input as Prisma.InputJsonObject,
      summary: summary as unknown as Prisma.InputJsonObject,
    })),
    expiresAt,
    now: input.now,
  });
  return input.proposals.map(({ call, summary }, index) => ({
    id: ids[index]!,
    tool: call.tool,
    input: call.input,
    summary,
    expiresAt,
  }));
}

export async function declineProposals(prisma: PrismaClient, proposals: StoredProposal[], now: Date): Promise<void> {
  await closeProposals(
    prisma,
    proposals.map((p) => p.id),
    "declined",
    now,
  );
}

/**
 * Runs each confirmed proposal through its tool with the customer's confirmation attached, exactly as proposed.
 * Claiming the row first (pending → confirmed) makes a double "yes" run it once.
 */
export async function executeProposals(
  ctx: ToolContext,
  proposals: StoredProposal[],
  calls: ToolCallRecord[],
  now: Date,
): Promise<ToolDecision[]> {
  const decisions: ToolDecision[] = [];
  for (const proposal of proposals) {
    if (!(await claimProposal(ctx.prisma, proposal.id, now))) continue;
    const confirmed: ToolContext = {
      ...ctx,
      confirmed: { proposalId: proposal.id, tool: proposal.tool, input: proposal.input },
    };
    const decision = await callTool(confirmed, proposal.tool, proposal.input, calls, `proposal-${proposal.id}`);
    const last = calls.at(-1);
    if (last) Object.assign(last, { proposalId: proposal.id, confirmed: true });
    await settleProposal(ctx.prisma, proposal.id, decision.decision === "denied" ? "failed" : "executed");
    decisions.push(decision);
  }
  return decisions;
}
