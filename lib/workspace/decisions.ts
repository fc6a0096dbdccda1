import "server-only";
import { recordAudit } from "@/lib/db/audit";
import { insertMessageInTx } from "@/lib/db/conversations";
import { transaction } from "@/lib/db/transaction";
import { markFirstHumanReply } from "@/lib/db/workspace-replies";
import { findRequestConversation, findRequestDecision, findRequestInScope } from "@/lib/db/workspace-requests";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";
import { appendEvent, eventsCommitted } from "@/lib/db/events";
import { executeApprovedAction, rejectAction } from "@/lib/tools/approvals";
import { describeRequest } from "./describe";
import { WorkspaceError } from "./errors";
import { type Actor, explainRefusal, heldBy } from "./scope";

/**
 * A person's decision on an action the AI could not take alone. Approval runs the same tool code as the AI with
 * only the cap lifted (lib/tools/approvals.ts, which also records who decided); a rejection carries a reason the
 * customer reads. Either way the customer gets a message in the conversation. Only the holder of the
 * conversation (or a supervisor) decides, and the decider is always the caller: there is no "decide as" input.
 */
export type ApproveResult = { outcome: "executed"; customerMessage: string } | { outcome: "failed"; reason: string };

export async function approveAction(
  prisma: PrismaClient,
  actor: Actor,
  actionRequestId: string,
  deps: { policy: SupportPolicy },
): Promise<ApproveResult> {
  const request = await findDecidable(prisma, actor, actionRequestId);
  const outcome = await executeApprovedAction(prisma, actionRequestId, actor.id, { policy: deps.policy });
  if (outcome.outcome === "already_decided") throw await alreadyDecided(prisma, actionRequestId);
  if (outcome.outcome === "failed") {
    // The tool refused at the moment of approval (the order changed, the window closed): nothing happened, and
    // the agent, not a canned sentence, tells the customer what comes next.
    await publish(prisma, request.conversationId, actionRequestId, "failed", actor, null);
    const reason =
      "customerMessage" in outcome.decision ? outcome.decision.customerMessage : "The action no longer qualifies.";
    return { outcome: "failed", reason };
  }
  const customerMessage = outcome.decision.customerMessage;
  await publish(prisma, request.conversationId, actionRequestId, "executed", actor, customerMessage);
  return { outcome: "executed", customerMessage };
}

export async function rejectActionRequest(
  prisma: PrismaClient,
  actor: Actor,
  input: { actionRequestId: string; reason: string },
): Promise<{ customerMessage: string }> {
  const request = await findDecidable(prisma, actor, input.actionRequestId);
  const reason = input.reason.trim();
  const outcome = await rejectAction(prisma, input.actionRequestId, actor.id, reason);
  if (outcome.outcome === "already_decided") throw await alreadyDecided(prisma, input.actionRequestId);
  // The customer reads the agent's reason in their words, introduced by what was asked.
  const customerMessage = `I've reviewed your request for ${describeRequest(request.tool, request.input)} and I can't approve it. ${withFullStop(reason)}`;
  await publish(prisma, request.conversationId, input.actionRequestId, "rejected", actor, customerMessage);
  return { customerMessage };
}

async function findDecidable(prisma: PrismaClient, actor: Actor, actionRequestId: string) {
  const request = await findRequestInScope(prisma, actionRequestId, heldBy(actor));
  if (request) {
    if (request.status !== "pending") throw await alreadyDecided(prisma, actionRequestId);
    return request;
  }
  const exists = await findRequestConversation(prisma, actionRequestId);
  if (!exists) throw new WorkspaceError("not_found", "That request does not exist.", 404);
  throw await explainRefusal(prisma, exists.conversationId, actor);
}

async function alreadyDecided(prisma: PrismaClient, actionRequestId: string): Promise<WorkspaceError> {
  const row = await findRequestDecision(prisma, actionRequestId);
  const who = row?.decidedBy?.name ?? "Someone";
  const what = row?.status === "rejected" ? "rejected" : "approved";
  return new WorkspaceError("already_decided", `${who} already ${what} this request.`);
}

async function publish(
  prisma: PrismaClient,
  conversationId: string,
  id: string,
  status: string,
  actor: Actor,
  customerMessage: string | null,
) {
  await transaction(prisma, async (tx) => {
    if (customerMessage) {
      const message = await insertMessageInTx(tx, {
        conversationId,
        role: "agent",
        body: customerMessage,
        authorId: actor.id,
      });
      await markFirstHumanReply(tx, conversationId, message.createdAt);
    }
    await appendEvent(tx, { conversationId, type: "action.decided", payload: { id, status, decidedBy: actor.name } });
    if (status === "failed") {
      await recordAudit(tx, {
        actorType: "staff",
        actorId: actor.id,
        action: "action_request.failed",
        target: `action_request:${id}`,
        details: { conversationId },
      });
    }
  });
  eventsCommitted(conversationId);
}

function withFullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
