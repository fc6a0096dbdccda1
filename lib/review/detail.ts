import "server-only";
import { conversationAuditTrail } from "@/lib/db/audit-log";
import { findConversationEvalCases, findReviewConversation, findStaffName } from "@/lib/db/review";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readTraceStages, type TraceStages } from "@/lib/trace/schema";

/**
 * Everything a supervisor reviews about one conversation: the transcript (internal notes included, marked), each
 * AI turn's trace attached to the customer message it answered, drafts, action requests, handoff packets, QA
 * reviews, evaluation cases made from it, and its audit trail. Plain, serialisable data for the page.
 */
export type ReviewTrace = {
  id: string;
  engine: string;
  model: string | null;
  policyVersion: string;
  fallbackReason: string | null;
  durationMs: number;
  inputTokens: number;
  outputTokens: number;
  createdAt: string;
  replyMessageId: string | null;
  stages: Partial<TraceStages>;
};

export type ReviewMessage = {
  id: string;
  role: "customer" | "ai" | "agent" | "system";
  body: string;
  internal: boolean;
  author: string | null;
  sentiment: string | null;
  sources: Array<{ id: string; title: string; version: number; stale?: boolean }>;
  createdAt: string;
  /** The trace of the AI turn this customer message started. */
  trace: ReviewTrace | null;
  /** For AI replies: 1-based customer turn it answered (what an evaluation case replays up to). */
  turn: number | null;
};

export async function loadReview(prisma: PrismaClient, conversationId: string) {
  const conversation = await findReviewConversation(prisma, conversationId);
  if (!conversation) return null;
  const [assessedBy, resolvedBy, evalCases, audit] = await Promise.all([
    conversation.handoffAssessedById ? findStaffName(prisma, conversation.handoffAssessedById) : null,
    conversation.resolvedBy && !["ai", "system"].includes(conversation.resolvedBy)
      ? findStaffName(prisma, conversation.resolvedBy)
      : null,
    findConversationEvalCases(prisma, conversationId),
    conversationAuditTrail(prisma, conversationId, conversation.createdAt),
  ]);

  const traceByMessage = new Map(conversation.traces.map((t) => [t.customerMessageId, t]));
  let turn = 0;
  const turnOfReply = new Map<string, number>();
  const messages: ReviewMessage[] = conversation.messages.map((m) => {
    const trace = traceByMessage.get(m.id);
    if (m.role === "customer" && !m.internal) turn++;
    if (trace?.replyMessageId) turnOfReply.set(trace.replyMessageId, turn);
    return {
      id: m.id,
      role: m.role,
      body: m.body,
      internal: m.internal,
      author: m.author?.name ?? null,
      sentiment: m.sentiment,
      sources: (m.sources as ReviewMessage["sources"] | null) ?? [],
      createdAt: m.createdAt.toISOString(),
      trace: trace
        ? {
            id: trace.id,
            engine: trace.engine,
            model: trace.model,
            policyVersion: trace.policyVersion,
            fallbackReason: trace.fallbackReason,
            durationMs: trace.durationMs,
            inputTokens: trace.inputTokens,
            outputTokens: trace.outputTokens,
            createdAt: trace.createdAt.toISOString(),
            replyMessageId: trace.replyMessageId,
            stages: readTraceStages(trace.stages),
          }
        : null,
      turn: null,
    };
  });
  for (const message of messages) message.turn = turnOfReply.get(message.id) ?? null;

  return {
    id: conversation.id,
    status: conversation.status,
    /** The issue (the roll-up's first substantive intent); the conversation's own intent is its latest turn's. */
    intent: conversation.rollup?.intent ?? conversation.intent,
    latestIntent: conversation.intent,
    urgency: conversation.urgency,
    sentiment: conversation.sentiment,
    language: conversation.language,
    createdAt: conversation.createdAt.toISOString(),
    customer: conversation.customer,
    verified: Boolean(conversation.verifiedAt),
    assignee: conversation.assignee?.name ?? null,
    handoff: conversation.handoffAt
      ? {
          at: conversation.handoffAt.toISOString(),
          reason: conversation.handoffReason,
          assessment: conversation.handoffAssessment as "needed" | "not_needed" | null,
          assessedBy: assessedBy?.name ?? null,
          assessedAt: conversation.handoffAssessedAt?.toISOString() ?? null,
        }
      : null,
    resolution: conversation.resolvedAt
      ? {
          at: conversation.resolvedAt.toISOString(),
          path: conversation.resolutionPath,
          code: conversation.resolutionCode,
          by: resolvedBy?.name ?? conversation.resolvedBy,
        }
      : null,
    csat: conversation.csatScore !== null ? { score: conversation.csatScore, comment: conversation.csatComment } : null,
    timing: {
      takenAt: conversation.takenAt?.toISOString() ?? null,
      firstHumanReplyAt: conversation.firstHumanReplyAt?.toISOString() ?? null,
    },
    turnCount: conversation.turnCount,
    recontacted: conversation.rollup?.recontacted ?? false,
    repeatContact: conversation.rollup?.repeatContact ?? false,
    messages,
    drafts: conversation.drafts.map((d) => ({
      id: d.id,
      body: d.body,
      status: d.status,
      sentBody: d.sentBody,
      editDistance: d.editDistance,
      decidedBy: d.decidedBy?.name ?? null,
    })),
    actions: conversation.actionRequests.map((a) => ({
      id: a.id,
      tool: a.tool,
      input: a.input,
      reason: a.reason,
      status: a.status,
      note: a.decisionNote,
      decidedBy: a.decidedBy?.name ?? null,
    })),
    packets: conversation.handoffPackets.map((p) => ({
      id: p.id,
      reason: p.reason,
      summary: p.summary,
      createdAt: p.createdAt.toISOString(),
    })),
    qaReviews: conversation.qaReviews.map((q) => ({
      id: q.id,
      reviewer: q.reviewer.name,
      policyAccuracy: q.policyAccuracy,
      tone: q.tone,
      resolution: q.resolution,
      escalationAppropriate: q.escalationAppropriate,
      notes: q.notes,
      createdAt: q.createdAt.toISOString(),
    })),
    evalCases: evalCases.map((c) => ({
      id: c.id,
      source: c.source,
      createdAt: c.createdAt.toISOString(),
      expected: c.expected as { correctedReply?: string; turn?: number },
    })),
    audit: audit.map((a) => ({
      id: a.id,
      action: a.action,
      actorType: a.actorType,
      actor: a.actor?.name ?? null,
      target: a.target,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

export type Review = NonNullable<Awaited<ReturnType<typeof loadReview>>>;
