import "server-only";
import { recordAudit } from "@/lib/db/audit";
import { insertMessageInTx } from "@/lib/db/conversations";
import { transaction } from "@/lib/db/transaction";
import type { Db, Tx } from "@/lib/db/types";
import {
  findAssignableStaff,
  findAssigneeId,
  findHolder,
  markTaken,
  moveToHolder,
  releaseHolder,
} from "@/lib/db/workspace-assignment";
import { countPendingRequests } from "@/lib/db/workspace-requests";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendEvent, eventsCommitted } from "@/lib/db/events";
import { WorkspaceError } from "./errors";
import { type Actor, explainRefusal, heldBy, isSupervisor, OPEN_STATUSES } from "./scope";

/**
 * Who holds a conversation. Every change is one conditional UPDATE inside a transaction with its events, notice
 * and audit row: of two agents taking the same conversation at once, the database lets exactly one match, and the
 * other is told who got it. A held conversation has status `human`, so the AI only drafts and never answers.
 */
const TAKEABLE = ["ai", ...OPEN_STATUSES] as const;

export async function takeConversation(prisma: PrismaClient, actor: Actor, conversationId: string): Promise<void> {
  const took = await transaction(prisma, async (tx) => {
    const claimed = await moveToHolder(tx, {
      conversationId,
      statuses: TAKEABLE,
      currentAssigneeId: null,
      holderId: actor.id,
    });
    if (claimed.count === 0) return false;
    await holdAndAnnounce(tx, actor, conversationId, `${actor.name} from our support team joined the conversation.`);
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: "conversation.taken",
      target: `conversation:${conversationId}`,
    });
    return true;
  });
  if (!took) {
    const row = await findHolder(prisma, conversationId);
    if (row?.assigneeId === actor.id) return; // a double click: it is already theirs
    if (row?.assignee)
      throw new WorkspaceError("already_taken", `${row.assignee.name} took this conversation a moment ago.`);
    throw await explainRefusal(prisma, conversationId, actor);
  }
  eventsCommitted(conversationId);
}

/** Agents pass on what they hold or what nobody holds; supervisors may move any open conversation. */
export async function assignConversation(
  prisma: PrismaClient,
  actor: Actor,
  input: { conversationId: string; assigneeId: string },
): Promise<{ assigneeName: string }> {
  const { conversationId, assigneeId } = input;
  const assignee = await findAssignableStaff(prisma, assigneeId);
  if (!assignee)
    throw new WorkspaceError(
      "invalid_assignee",
      "That colleague can't take conversations right now. Choose someone else.",
      400,
    );
  const scope = isSupervisor(actor) ? {} : { OR: [{ assigneeId: null }, { assigneeId: actor.id }] };
  const moved = await transaction(prisma, async (tx) => {
    const before = await findAssigneeId(tx, conversationId);
    const claimed = await moveToHolder(tx, {
      conversationId,
      statuses: TAKEABLE,
      currentAssigneeId: before?.assigneeId ?? null,
      scope,
      holderId: assignee.id,
    });
    if (claimed.count === 0) return false;
    if (before?.assigneeId !== assignee.id) {
      await holdAndAnnounce(
        tx,
        assignee,
        conversationId,
        `${assignee.name} from our support team is taking over this conversation.`,
      );
    }
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: "conversation.assigned",
      target: `conversation:${conversationId}`,
      details: { from: before?.assigneeId ?? null, to: assignee.id },
    });
    return true;
  });
  if (!moved) throw await explainRefusal(prisma, conversationId, actor);
  eventsCommitted(conversationId);
  return { assigneeName: assignee.name };
}

/** Back to the queue for a colleague; the AI stays quiet (the customer is still waiting for a person). */
export async function releaseConversation(prisma: PrismaClient, actor: Actor, conversationId: string): Promise<void> {
  await changeHolder(prisma, actor, conversationId, {
    status: "waiting_human",
    action: "conversation.released",
    notice: "Another member of our team will pick this up shortly. You don't need to repeat anything.",
  });
}

/** The AI answers again; the customer can still ask for a person at any time. */
export async function handBackToAi(prisma: PrismaClient, actor: Actor, conversationId: string): Promise<void> {
  await requireNoPendingApprovals(prisma, conversationId, "hand this conversation back");
  await changeHolder(prisma, actor, conversationId, {
    status: "ai",
    action: "conversation.handed_back",
    notice: "Our AI assistant will help you from here. You can ask for a person again at any time.",
  });
}

async function changeHolder(
  prisma: PrismaClient,
  actor: Actor,
  conversationId: string,
  change: { status: "waiting_human" | "ai"; action: string; notice: string },
): Promise<void> {
  const done = await transaction(prisma, async (tx) => {
    const released = await releaseHolder(tx, { conversationId, scope: heldBy(actor), status: change.status });
    if (released.count === 0) return false;
    await insertMessageInTx(tx, { conversationId, role: "system", body: change.notice });
    await appendEvent(tx, {
      conversationId,
      type: "conversation.assigned",
      payload: { assigneeId: null, agentName: null },
    });
    await appendEvent(tx, { conversationId, type: "conversation.status", payload: { status: change.status } });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: change.action,
      target: `conversation:${conversationId}`,
    });
    return true;
  });
  if (!done) throw await explainRefusal(prisma, conversationId, actor);
  eventsCommitted(conversationId);
}

/** Actions waiting for a decision keep a conversation with a person: nobody else would see them. */
export async function requireNoPendingApprovals(prisma: Db, conversationId: string, doing: string): Promise<void> {
  const pending = await countPendingRequests(prisma, conversationId);
  if (pending > 0) {
    throw new WorkspaceError(
      "pending_approvals",
      `Approve or reject the pending ${pending === 1 ? "request" : `${pending} requests`} before you ${doing}.`,
    );
  }
}

async function holdAndAnnounce(
  tx: Tx,
  holder: { id: string; name: string },
  conversationId: string,
  notice: string,
): Promise<void> {
  await markTaken(tx, conversationId);
  await insertMessageInTx(tx, { conversationId, role: "system", body: notice });
  await appendEvent(tx, {
    conversationId,
    type: "conversation.assigned",
    payload: { assigneeId: holder.id, agentName: holder.name },
  });
  await appendEvent(tx, { conversationId, type: "conversation.status", payload: { status: "human" } });
}
