"use server";

import { z } from "zod";
import { staffAction } from "@/lib/auth/action";
import { pipelineRuntime } from "@/lib/pipeline/runtime";
import { assignConversation, handBackToAi, releaseConversation, takeConversation } from "@/lib/workspace/assignment";
import { approveAction, rejectActionRequest } from "@/lib/workspace/decisions";
import { RESOLUTION_CODE_VALUES } from "@/lib/workspace/labels";
import { addNote, discardDraft, sendReply } from "@/lib/workspace/replies";
import { resolveConversation } from "@/lib/workspace/resolve";

/**
 * The workspace's server actions. Each is a public endpoint built with `staffAction` (input schema, session, live
 * role); the commands in lib/workspace scope every write by the caller: agents act on what they hold, supervisors
 * on any held conversation. Ids are UUIDs checked before any query.
 */
const id = z.uuid();
const conversation = z.object({ conversationId: id });
const text = (max: number) => z.string().trim().min(1, "Write something first.").max(max);

export const takeConversationAction = staffAction(
  { role: "agent", input: conversation, name: "inbox.take" },
  (input, { prisma, staff }) => takeConversation(prisma, staff, input.conversationId),
);

export const assignConversationAction = staffAction(
  { role: "agent", input: z.object({ conversationId: id, assigneeId: id }), name: "inbox.assign" },
  (input, { prisma, staff }) => assignConversation(prisma, staff, input),
);

export const releaseConversationAction = staffAction(
  { role: "agent", input: conversation, name: "inbox.release" },
  (input, { prisma, staff }) => releaseConversation(prisma, staff, input.conversationId),
);

export const handBackAction = staffAction(
  { role: "agent", input: conversation, name: "inbox.hand_back" },
  (input, { prisma, staff }) => handBackToAi(prisma, staff, input.conversationId),
);

export const sendReplyAction = staffAction(
  {
    role: "agent",
    input: z.object({ conversationId: id, body: text(4000), clientMessageId: id, draftId: id.optional() }),
    name: "inbox.send",
  },
  (input, { prisma, staff }) => sendReply(prisma, staff, input),
);

export const discardDraftAction = staffAction(
  { role: "agent", input: z.object({ draftId: id }), name: "inbox.discard_draft" },
  (input, { prisma, staff }) => discardDraft(prisma, staff, input.draftId),
);

export const addNoteAction = staffAction(
  { role: "agent", input: z.object({ conversationId: id, body: text(4000) }), name: "inbox.note" },
  (input, { prisma, staff }) => addNote(prisma, staff, input),
);

export const approveActionRequestAction = staffAction(
  { role: "agent", input: z.object({ actionRequestId: id }), name: "inbox.approve" },
  (input, { prisma, staff }) =>
    approveAction(prisma, staff, input.actionRequestId, { policy: pipelineRuntime().policySet.policy }),
);

export const rejectActionRequestAction = staffAction(
  { role: "agent", input: z.object({ actionRequestId: id, reason: text(1000) }), name: "inbox.reject" },
  (input, { prisma, staff }) => rejectActionRequest(prisma, staff, input),
);

export const resolveConversationAction = staffAction(
  {
    role: "agent",
    input: z.object({
      conversationId: id,
      code: z.enum(RESOLUTION_CODE_VALUES),
      handoffNeeded: z.boolean().optional(),
    }),
    name: "inbox.resolve",
  },
  (input, { prisma, staff }) => resolveConversation(prisma, staff, input),
);
