import "server-only";
import type { ChatSource } from "@/lib/views/protocol";
import { recordAudit } from "@/lib/db/audit";
import { insertMessageInTx } from "@/lib/db/conversations";
import { transaction } from "@/lib/db/transaction";
import {
  conversationExists,
  findDraftConversation,
  findDraftInScope,
  findMessageByClientId,
  findPendingDraft,
  markDraftDiscarded,
  markDraftSent,
  markFirstHumanReply,
  touchHeldConversation,
} from "@/lib/db/workspace-replies";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendEvent, eventsCommitted } from "@/lib/db/events";
import { levenshtein } from "@/lib/text/edit-distance";
import { WorkspaceError } from "./errors";
import { type Actor, explainRefusal, heldBy } from "./scope";

/**
 * What an agent writes: replies to the customer (their own words or an AI draft, as is or edited) and internal
 * notes. A reply needs the conversation held by the caller (any held one for supervisors); the write, the draft's
 * decision with its edit distance, the event and the audit row commit together.
 */
export type SendInput = { conversationId: string; body: string; clientMessageId: string; draftId?: string | undefined };
export type SendResult = { messageId: string; draft: { status: "sent" | "edited"; editDistance: number } | null };

export async function sendReply(prisma: PrismaClient, actor: Actor, input: SendInput): Promise<SendResult> {
  const { conversationId, clientMessageId } = input;
  const body = input.body.trim();
  const now = new Date();
  const result = await transaction(prisma, async (tx) => {
    // Also the row lock that serialises two sends in one conversation.
    const held = await touchHeldConversation(tx, { conversationId, scope: heldBy(actor), at: now });
    if (held.count === 0) return null;
    const retried = await findMessageByClientId(tx, conversationId, clientMessageId);
    if (retried) return { messageId: retried.id, draft: null, fresh: false };

    let draft: SendResult["draft"] = null;
    let sources: ChatSource[] | undefined;
    if (input.draftId) {
      const pending = await findPendingDraft(tx, input.draftId, conversationId);
      const editDistance = pending ? levenshtein(pending.body, body) : 0;
      const status = editDistance === 0 ? "sent" : "edited";
      const claimed = await markDraftSent(tx, {
        draftId: input.draftId,
        conversationId,
        status,
        sentBody: body,
        editDistance,
        decidedById: actor.id,
        decidedAt: now,
      });
      if (!pending || claimed.count === 0)
        throw new WorkspaceError(
          "draft_gone",
          "That draft was already sent or discarded. Your text is still in the box.",
        );
      draft = { status, editDistance };
      // A draft sent as written keeps the articles it was grounded on; an edited one is the agent's own answer.
      if (status === "sent") sources = (pending.sources as ChatSource[] | null) ?? undefined;
      await appendEvent(tx, {
        conversationId,
        type: "draft.decided",
        payload: { id: input.draftId, status, editDistance, decidedBy: actor.name },
      });
    }
    await markFirstHumanReply(tx, conversationId, now);
    const message = await insertMessageInTx(tx, {
      conversationId,
      role: "agent",
      body,
      authorId: actor.id,
      clientMessageId,
      ...(sources ? { sources } : {}),
    });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: "message.sent",
      target: `conversation:${conversationId}`,
      details: { messageId: message.id, ...(input.draftId ? { draftId: input.draftId, ...draft } : {}) },
    });
    return { messageId: message.id, draft, fresh: true };
  });
  if (!result) throw await explainRefusal(prisma, conversationId, actor);
  if (result.fresh) eventsCommitted(conversationId);
  return { messageId: result.messageId, draft: result.draft };
}

/** The agent decided the AI's draft is not worth sending; recorded for the override rate. */
export async function discardDraft(prisma: PrismaClient, actor: Actor, draftId: string): Promise<void> {
  const done = await transaction(prisma, async (tx) => {
    const draft = await findDraftInScope(tx, draftId, heldBy(actor));
    if (!draft) return null;
    const claimed = await markDraftDiscarded(tx, { draftId, decidedById: actor.id });
    if (claimed.count === 0) return { conversationId: draft.conversationId, changed: false };
    await appendEvent(tx, {
      conversationId: draft.conversationId,
      type: "draft.decided",
      payload: { id: draftId, status: "discarded", decidedBy: actor.name },
    });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: "draft.discarded",
      target: `draft:${draftId}`,
      details: { conversationId: draft.conversationId },
    });
    return { conversationId: draft.conversationId, changed: true };
  });
  if (!done) {
    const draft = await findDraftConversation(prisma, draftId);
    if (!draft) throw new WorkspaceError("draft_gone", "That draft no longer exists.", 404);
    throw await explainRefusal(prisma, draft.conversationId, actor);
  }
  if (done.changed) eventsCommitted(done.conversationId);
}

/**
 * An internal note: staff only, never in the customer's transcript or stream. Any staff member may leave one on
 * any conversation, so a colleague can pass on context without holding it.
 */
export async function addNote(
  prisma: PrismaClient,
  actor: Actor,
  input: { conversationId: string; body: string },
): Promise<{ messageId: string }> {
  const exists = await conversationExists(prisma, input.conversationId);
  if (!exists) throw new WorkspaceError("not_found", "That conversation does not exist.", 404);
  const row = await transaction(prisma, async (tx) => {
    const note = await insertMessageInTx(tx, {
      conversationId: input.conversationId,
      role: "agent",
      body: input.body.trim(),
      authorId: actor.id,
      internal: true,
    });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: actor.id,
      action: "note.added",
      target: `conversation:${input.conversationId}`,
      details: { messageId: note.id },
    });
    return note;
  });
  eventsCommitted(input.conversationId);
  return { messageId: row.id };
}
