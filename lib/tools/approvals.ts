import "server-only";
import { type CommerceStore } from "@/lib/commerce/store";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import {
  actionRequestStatus,
  claimedActionRequest,
  decideActionRequest,
  settleActionRequest,
} from "@/lib/db/approvals";
import { recordAudit } from "@/lib/db/audit";
import { findActiveStaff } from "@/lib/db/staff";
import { UserFacingError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";
import type { ToolDecision } from "./authorize";
import { APPROVABLE_TOOLS, isToolName, TOOLS } from "./registry";

/**
 * The human side of actions above the AI's cap. Approval runs the SAME tool code as the AI, with a staff
 * authority that lifts only the cap: ownership, state, window and idempotency are checked again at the moment of
 * approval, and an action that no longer qualifies fails instead of executing. Deciding is a compare-and-set from
 * `pending`, so two people clicking at once (or one clicking twice) decide once.
 */
type ApprovalErrorCode = "action_not_found" | "not_staff" | "invalid_note";

export class ApprovalError extends UserFacingError<ApprovalErrorCode> {
  constructor(code: ApprovalErrorCode, message: string, status: number) {
    super(code, message, status);
    this.name = "ApprovalError";
  }
}

type ApprovalOutcome =
  | { outcome: "executed"; actionRequestId: string; decision: ToolDecision }
  | { outcome: "failed"; actionRequestId: string; decision: ToolDecision }
  | { outcome: "already_decided"; actionRequestId: string; status: string };

type RejectionOutcome =
  | { outcome: "rejected"; actionRequestId: string; customerMessage: string }
  | { outcome: "already_decided"; actionRequestId: string; status: string };

type ApprovalDeps = { policy: SupportPolicy; store?: CommerceStore; now?: () => Date };

async function requireActiveStaff(prisma: PrismaClient, staffUserId: string): Promise<void> {
  if (!(await findActiveStaff(prisma, staffUserId)))
    throw new ApprovalError("not_staff", "Only an active staff member can decide on actions.", 403);
}

async function alreadyDecided(prisma: PrismaClient, actionRequestId: string) {
  const request = await actionRequestStatus(prisma, actionRequestId);
  if (!request) throw new ApprovalError("action_not_found", "That action request does not exist.", 404);
  return { outcome: "already_decided" as const, actionRequestId, status: request.status };
}

export async function executeApprovedAction(
  prisma: PrismaClient,
  actionRequestId: string,
  staffUserId: string,
  deps: ApprovalDeps,
): Promise<ApprovalOutcome> {
  await requireActiveStaff(prisma, staffUserId);
  if (!(await decideActionRequest(prisma, actionRequestId, { status: "approved" }, staffUserId)))
    return alreadyDecided(prisma, actionRequestId);

  const request = await claimedActionRequest(prisma, actionRequestId);
  await recordAudit(prisma, {
    actorType: "staff",
    actorId: staffUserId,
    action: "action_request.approved",
    target: `action_request:${actionRequestId}`,
    details: { conversationId: request.conversationId, tool: request.tool },
  });

  let decision: ToolDecision;
  try {
    // Rows only come from requestApproval, but the table is data: an unknown tool fails rather than dispatches.
    if (!isToolName(request.tool) || !APPROVABLE_TOOLS.has(request.tool))
      throw new Error(`tool ${request.tool} cannot be approved`);
    const definition = TOOLS[request.tool];
    // A tool that computes its own amount stores it with the request; the person approved that amount and no other.
    const { input, approvedAmountCents } = definition.approvalInput
      ? definition.approvalInput(request.input)
      : { input: request.input, approvedAmountCents: undefined };
    decision = await definition.run(
      {
        prisma,
        policy: deps.policy,
        conversationId: request.conversationId,
        store: deps.store ?? prismaCommerceStore(prisma),
        // Staff authority: not subject to the customer-confirmation rule, lifts only the cap.
        authority: {
          actor: "staff",
          approvedBy: staffUserId,
          actionRequestId,
          ...(approvedAmountCents !== undefined ? { approvedAmountCents } : {}),
        },
        ...(deps.now ? { now: deps.now } : {}),
      },
      input,
    );
  } catch (error) {
    await settle(prisma, actionRequestId, "failed", { error: "The action could not be carried out." });
    throw error;
  }
  const executed = decision.decision === "allowed";
  await settle(
    prisma,
    actionRequestId,
    executed ? "executed" : "failed",
    decision as unknown as Prisma.InputJsonObject,
  );
  return { outcome: executed ? "executed" : "failed", actionRequestId, decision };
}

function settle(prisma: PrismaClient, id: string, status: "executed" | "failed", result: Prisma.InputJsonObject) {
  return settleActionRequest(prisma, id, status, result);
}

const MAX_NOTE = 1000;

export async function rejectAction(
  prisma: PrismaClient,
  actionRequestId: string,
  staffUserId: string,
  reason: string,
): Promise<RejectionOutcome> {
  const note = reason.trim();
  if (note.length === 0 || note.length > MAX_NOTE) {
    throw new ApprovalError("invalid_note", `Give a reason for the rejection (up to ${MAX_NOTE} characters).`, 400);
  }
  await requireActiveStaff(prisma, staffUserId);
  if (!(await decideActionRequest(prisma, actionRequestId, { status: "rejected", decisionNote: note }, staffUserId))) {
    return alreadyDecided(prisma, actionRequestId);
  }
  const request = await claimedActionRequest(prisma, actionRequestId);
  await recordAudit(prisma, {
    actorType: "staff",
    actorId: staffUserId,
    action: "action_request.rejected",
    target: `action_request:${actionRequestId}`,
    details: { conversationId: request.conversationId, tool: request.tool, note },
  });
  // The note is for staff; the customer gets a plain sentence and a way to a person.
  return {
    outcome: "rejected",
    actionRequestId,
    customerMessage:
      "A member of our team reviewed your request and couldn't approve it. They can explain why and look at other options with you.",
  };
}
