import "server-only";
import { isUniqueViolation } from "@/lib/commerce/prisma-errors";
import { createActionRequest, findActionRequestByKey, findActionRequestByKeyOrThrow } from "@/lib/db/approvals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deny, type Denied, type NeedsApproval, type ToolContext, type ToolName } from "./authorize";

/**
 * Above the cap the AI does not act: it files an ActionRequest that waits for a person (the inbox shows it), and
 * tells the customer so. The request carries the idempotency key of the action it stands for, so asking again
 * finds the same request instead of queueing a second one, and an executed one reads as a duplicate.
 */
export async function requestApproval(
  ctx: ToolContext,
  request: {
    tool: ToolName;
    key: string;
    /** The resolved input the approval will run with (e.g. the refund amount filled in). */
    input: Prisma.InputJsonObject;
    /** For the person deciding: what is asked and why the AI could not do it alone. */
    reason: string;
    /** For the customer, while the request waits. */
    customerMessage: string;
  },
): Promise<NeedsApproval | Denied> {
  const existing = await findActionRequestByKey(ctx.prisma, request.key);
  if (existing) return fromExisting(existing, request.customerMessage);
  try {
    const created = await createActionRequest(ctx.prisma, {
      conversationId: ctx.conversationId,
      tool: request.tool,
      input: request.input,
      reason: request.reason,
      idempotencyKey: request.key,
    });
    return {
      decision: "needs_approval",
      reason: "over_cap",
      actionRequestId: created.id,
      customerMessage: request.customerMessage,
    };
  } catch (error) {
    // A concurrent twin filed it first: report that one.
    if (!isUniqueViolation(error)) throw error;
    const twin = await findActionRequestByKeyOrThrow(ctx.prisma, request.key);
    return fromExisting(twin, request.customerMessage);
  }
}

function fromExisting(existing: { id: string; status: string }, customerMessage: string): NeedsApproval | Denied {
  switch (existing.status) {
    case "pending":
    case "approved":
      return { decision: "needs_approval", reason: "over_cap", actionRequestId: existing.id, customerMessage };
    case "executed":
      return deny(
        "duplicate",
        "That request has already been approved and carried out, so there's nothing more to do for it.",
      );
    default:
      return deny(
        "previously_declined",
        "A member of our team has already reviewed that request and couldn't approve it. I can connect you with a person if you'd like to talk it through.",
      );
  }
}
