/**
 * The human side of the demo history, after the AI's turns: agents take handed-over conversations, answer (with
 * the AI's draft as written, edited, or discarded), approve or reject the AI's action requests through the same
 * approval code the workspace uses, and resolve; customers thank, rate, or leave. Conversations the AI kept end
 * with thanks, close as answered after inactivity, or are abandoned. Rows are written in bulk with their times in
 * the history, each staff action with its audit row (the workspace's action names).
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";
import { levenshtein } from "@/lib/text/edit-distance";
import {
  applyConversationUpdates,
  applyDraftDecisions,
  type ConversationUpdate,
  type DraftDecision,
  decideRequest,
} from "./history-people-writes";
import type { PlannedConversation } from "./history-plan";
import { randomStream, stableId } from "./random";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type Staff = { id: string; name: string; role: string };

const CODES: Record<string, string> = {
  refund: "refund_issued",
  returns: "return_started",
  cancel_order: "order_updated",
  order_change: "order_updated",
  complaint: "replacement_sent",
};
const AGENT_LINES: Record<string, string> = {
  refund: "I've gone through the order and sorted the refund out for you. You'll get an email confirmation shortly.",
  returns: "I've set up the return for you; the label is on its way by email.",
  complaint:
    "I'm sorry about this. I've logged it with our quality team and added a note to your account so it's followed up.",
  billing: "I've checked the payment side of this for you and everything is in order now.",
  security: "I've locked the account and reset your sign-in. Please choose a new password from the email we just sent.",
  human_request: "Happy to help. I've read through what you wrote and I'm on it.",
  technical: "Thanks for flagging this. I've passed it to our web team and found a workaround for you in the meantime.",
};
const SATISFIED = ["Quick and helpful, thanks", "Sorted in minutes", "Great service", "Very clear answer"];
const UNHAPPY = ["Had to explain it twice", "Still not sorted", "The bot didn't understand me", "Took too long"];

export type PeopleResult = { taken: number; resolved: number; abandoned: number; approvals: number };

export async function simulatePeople(
  prisma: PrismaClient,
  plans: PlannedConversation[],
  deps: {
    seed: number;
    now: Date;
    policy: SupportPolicy;
    agents: Staff[];
    names: Map<string, string>;
    openInbox: boolean;
  },
): Promise<PeopleResult> {
  const ids = plans.map((p) => p.id);
  const [rows, aiCounts, drafts, requests] = await Promise.all([
    prisma.conversation.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, intent: true, handoffAt: true, lastMessageAt: true },
    }),
    prisma.message.groupBy({
      by: ["conversationId"],
      where: { conversationId: { in: ids }, role: "ai" },
      _count: { _all: true },
    }),
    prisma.draft.findMany({
      where: { conversationId: { in: ids }, status: "pending" },
      select: { id: true, conversationId: true, body: true },
    }),
    prisma.actionRequest.findMany({
      where: { conversationId: { in: ids }, status: "pending" },
      select: { id: true, conversationId: true, tool: true },
    }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const aiAnswers = new Map(aiCounts.map((c) => [c.conversationId, c._count._all - 1]));
  const draftOf = new Map(drafts.map((d) => [d.conversationId, d]));
  const requestOf = new Map(requests.map((a) => [a.conversationId, a]));
  const messages: Prisma.MessageCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const updates: ConversationUpdate[] = [];
  const draftDecisions: DraftDecision[] = [];
  const result: PeopleResult = { taken: 0, resolved: 0, abandoned: 0, approvals: 0 };
  const now = deps.now.getTime();
  const iso = (t: number) => new Date(t).toISOString();

  for (const plan of plans) {
    const row = byId.get(plan.id);
    if (!row) continue;
    const r = randomStream(deps.seed, "history-people", plan.index);
    const f = plan.fate;
    const last = row.lastMessageAt.getTime();
    const first = (deps.names.get(plan.customerId) ?? "there").split(" ")[0];
    const csat = (good: boolean) =>
      good
        ? r.weighted([
            [5, 45],
            [4, 35],
            [3, 12],
            [2, 5],
            [1, 3],
          ] as const)
        : r.weighted([
            [5, 12],
            [4, 20],
            [3, 25],
            [2, 23],
            [1, 20],
          ] as const);
    const rate = (update: ConversationUpdate, at: number, chance: number, good: boolean) => {
      if (!r.chance(chance) || at + 10 * MINUTE > now) return;
      const score = csat(good);
      update.csatScore = score;
      update.csatAt = iso(at + r.int(1, 30) * MINUTE);
      update.csatComment = r.chance(0.35) ? r.pick(score >= 4 ? SATISFIED : UNHAPPY) : null;
      audits.push({
        actorType: "customer",
        action: "csat.recorded",
        target: `conversation:${plan.id}`,
        details: { score },
        createdAt: new Date(Date.parse(update.csatAt)),
      });
    };

    if (row.status === "ai") {
      if (deps.openInbox && plan.startAt.getTime() > now - 3 * HOUR) continue; // still chatting, or just left
      const thanked = f.thanks;
      const due = thanked ? last + r.int(1, 3) * MINUTE : f.contained ? last + 30 * MINUTE : last + 24 * HOUR;
      if (deps.openInbox && due > now) continue;
      const closeAt = Math.max(last, Math.min(due, now - MINUTE));
      const path = thanked || f.contained ? "ai_only" : "abandoned";
      const update: ConversationUpdate = {
        id: plan.id,
        status: "resolved",
        resolvedAt: iso(closeAt),
        resolvedBy: thanked ? "ai" : "system",
        resolutionCode: path === "abandoned" ? "no_response" : "answered",
        resolutionPath: path,
      };
      if (path === "ai_only") rate(update, closeAt, thanked ? 0.45 : 0.15, thanked);
      updates.push(update);
      result[path === "abandoned" ? "abandoned" : "resolved"]++;
      continue;
    }
    if (row.status !== "waiting_human" || !row.handoffAt) continue;
    const handoffAt = row.handoffAt.getTime();
    // The last day's handoffs partly still wait in the inbox (a demo opens on a queue with people in it).
    if (
      deps.openInbox &&
      handoffAt > now - 30 * HOUR &&
      (handoffAt > now - 5 * HOUR || f.human === "open" || f.r < 0.4)
    )
      continue;
    if (f.human === "abandon" || f.human === "open") {
      const closeAt = Math.min(now - MINUTE, handoffAt + r.int(2, 8) * HOUR);
      updates.push({
        id: plan.id,
        status: "resolved",
        resolvedAt: iso(closeAt),
        resolvedBy: "system",
        resolutionCode: "no_response",
        resolutionPath: "abandoned",
      });
      result.abandoned++;
      continue;
    }
    const agent = deps.agents[f.agent % deps.agents.length]!;
    const takenAt = Math.min(handoffAt + f.waitMinutes * MINUTE, now - 20 * MINUTE);
    result.taken++;
    const update: ConversationUpdate = { id: plan.id, status: "human", assigneeId: agent.id, takenAt: iso(takenAt) };
    audits.push({
      actorType: "staff",
      actorId: agent.id,
      action: "conversation.taken",
      target: `conversation:${plan.id}`,
      createdAt: new Date(takenAt),
    });
    let at = takenAt + r.int(1, 3) * MINUTE;
    let said = 0;
    const say = (body: string, role: "agent" | "customer", details: Record<string, unknown> = {}) => {
      const id = stableId("history-message", plan.id, said++);
      messages.push({
        id,
        conversationId: plan.id,
        role,
        body,
        authorId: role === "agent" ? agent.id : null,
        createdAt: new Date(at),
      });
      if (role === "agent")
        audits.push({
          actorType: "staff",
          actorId: agent.id,
          action: "message.sent",
          target: `conversation:${plan.id}`,
          details: { messageId: id, ...details } as Prisma.InputJsonObject,
          createdAt: new Date(at),
        });
      at += r.int(1, 4) * MINUTE;
    };

    const request = requestOf.get(plan.id);
    if (request) {
      await decideRequest(prisma, { requestId: request.id, agent, approve: f.approve, at, policy: deps.policy });
      result.approvals++;
      at += MINUTE;
    }
    const draft = draftOf.get(plan.id);
    const own = `Hi ${first}, thanks for waiting. ${AGENT_LINES[row.intent ?? ""] ?? "I've looked into this and it's sorted now."}`;
    if (draft) {
      const choice = f.draft;
      // Most edits personalise the draft; some keep only its first sentence and answer in the agent's own words.
      const opening = draft.body.split(/(?<=[.!?])\s/)[0] ?? draft.body;
      const edited = r.chance(0.35)
        ? `${own} ${opening}`
        : `Hi ${first}, ${draft.body.charAt(0).toLowerCase()}${draft.body.slice(1)}${r.chance(0.5) ? " I've also added a note to your account." : ""}`;
      const body = choice === "sent" ? draft.body : choice === "edited" ? edited : own;
      const editDistance = choice === "edited" ? levenshtein(draft.body, body) : choice === "sent" ? 0 : null;
      if (choice === "discarded")
        audits.push({
          actorType: "staff",
          actorId: agent.id,
          action: "draft.discarded",
          target: `draft:${draft.id}`,
          details: { conversationId: plan.id },
          createdAt: new Date(at),
        });
      draftDecisions.push({
        id: draft.id,
        status: choice,
        sentBody: choice === "discarded" ? null : body,
        editDistance,
        by: agent.id,
        at: iso(at),
      });
      update.firstHumanReplyAt = iso(at);
      say(body, "agent", choice === "discarded" ? {} : { draftId: draft.id, status: choice, editDistance });
    } else {
      update.firstHumanReplyAt = iso(at);
      say(own, "agent");
    }
    if (r.chance(0.55))
      say(r.pick(["Thank you!", "Great, thanks a lot.", "Perfect, appreciate it.", "ok"]), "customer");
    const resolveAt = Math.max(
      at,
      deps.openInbox ? takenAt + f.handleMinutes * MINUTE : Math.min(takenAt + f.handleMinutes * MINUTE, now - MINUTE),
    );
    update.lastMessageAt = iso(at - MINUTE);
    if (resolveAt > now - 2 * MINUTE && deps.openInbox) {
      updates.push(update);
      continue; // still with the agent
    }
    const path = (aiAnswers.get(plan.id) ?? 0) > 0 ? "ai_then_human" : "human_only";
    const code = CODES[row.intent ?? ""] ?? "answered";
    Object.assign(update, {
      status: "resolved",
      resolvedAt: iso(resolveAt),
      resolvedBy: agent.id,
      resolutionCode: code,
      resolutionPath: path,
    });
    audits.push({
      actorType: "staff",
      actorId: agent.id,
      action: "conversation.resolved",
      target: `conversation:${plan.id}`,
      details: { code, resolutionPath: path },
      createdAt: new Date(resolveAt),
    });
    rate(update, resolveAt, 0.55, r.chance(0.85));
    updates.push(update);
    result.resolved++;
  }

  await prisma.message.createMany({ data: messages, skipDuplicates: true });
  await prisma.auditEvent.createMany({ data: audits });
  await applyDraftDecisions(prisma, draftDecisions);
  await applyConversationUpdates(prisma, updates);
  return result;
}
