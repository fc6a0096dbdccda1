import "server-only";
import type { ChatMessageView } from "@/lib/views/protocol";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import { toMessageView } from "@/lib/views/message-view";
import { insertMessage } from "@/lib/db/conversations";
import type { Engine, Usage } from "@/lib/engines/types";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PolicySet } from "@/lib/policy/load";
import type { AutomationMode } from "@/lib/policy/schema";
import type { ToolCallRecord } from "@/lib/tools/ai-tools";
import type { ToolContext } from "@/lib/tools/authorize";
import type { EscalationDecision } from "./escalate";
import { maskValue } from "@/lib/signals/pii";
import type { StoredProposal } from "@/lib/tools/proposals";
import type { TextSink } from "./respond";
import type { QueryHints } from "@/lib/knowledge/retrieve-query";
import { conversationCustomerId, saveTurn } from "@/lib/db/turn-state";
import { traceArticles, tracePii, type TraceStages, traceTools } from "./trace";
import type { TurnState } from "./turn-state";
import type { Understanding } from "./understand";

/**
 * The record one AI turn builds as its stages run (lib/pipeline/turn.ts): each stage reads what the earlier ones
 * found and adds its own result; the record is saved once, at the end, as the turn's trace.
 */
export type TurnSink = TextSink;

export type TurnContext = {
  prisma: PrismaClient;
  policySet: PolicySet;
  engine: Engine;
  retrieve: (query: string, hints?: QueryHints) => RetrievedArticle[];
  conversationId: string;
  customerMessage: { id: string; text: string };
  sink: TurnSink;
  signal?: AbortSignal;
  /** Product names for entity extraction. */
  catalog?: readonly string[];
  now?: () => Date;
};

export type TurnOutcome = {
  /** The AI's message to the customer this turn, if it wrote one. */
  reply: ChatMessageView | null;
  /** Set when the conversation moved to the human queue this turn. */
  handoff: { status: "waiting_human" | "human" | "resolved"; notice: ChatMessageView | null } | null;
  /** Null when the turn did not run (a person had taken the conversation in the meantime). */
  traceId: string | null;
};

export type KnownCustomer = { tier: "standard" | "vip" | "enterprise" | null; name: string | null; ids: string[] };

export type Turn = {
  ctx: TurnContext;
  now: Date;
  started: number;
  timings: Record<string, number>;
  state: TurnState;
  /** Proposals waiting for this customer's answer when the turn began. */
  pending: StoredProposal[];
  u: Understanding;
  mode: AutomationMode;
  routeAction: TraceStages["route"]["action"];
  toolCtx: ToolContext;
  calls: ToolCallRecord[];
  verifiedNow: boolean;
  customer: KnownCustomer;
  /** Sentences from code (tool results, proposals, questions): when there are any, they are the reply. */
  said: string[];
  offered: StoredProposal[];
  answered: "yes" | "no" | null;
  articles: RetrievedArticle[];
  usedArticles: number;
  usage: Usage;
  validation: TraceStages["validate"];
  replyEngine: Engine["name"];
  replyFallback?: string;
  reply: ChatMessageView | null;
  /** Set by the stage that ends the turn: what escalation decided. */
  escalation: EscalationDecision | null;
};

export function newTurn(
  ctx: TurnContext,
  state: TurnState,
  pending: StoredProposal[],
  u: Understanding,
  mode: AutomationMode,
  now: Date,
  started: number,
): Turn {
  return {
    ctx,
    now,
    started,
    timings: {},
    state,
    pending,
    u,
    mode,
    routeAction: "answer",
    toolCtx: {
      prisma: ctx.prisma,
      policy: ctx.policySet.policy,
      conversationId: ctx.conversationId,
      store: prismaCommerceStore(ctx.prisma),
      authority: { actor: "ai" },
      ...(ctx.now ? { now: ctx.now } : {}),
    },
    calls: [],
    verifiedNow: state.conversation.verified,
    customer: { tier: state.customer?.tier ?? null, name: state.customer?.name ?? null, ids: [] },
    said: [],
    offered: [],
    answered: null,
    articles: [],
    usedArticles: 0,
    usage: { ...u.triageResult.usage },
    validation: { ok: true, violations: [], replaced: false },
    replyEngine: u.triageResult.engineUsed,
    reply: null,
    escalation: null,
  };
}

export function mark(turn: Turn, stage: string, since: number): void {
  turn.timings[stage] = round(performance.now() - since);
}

/** A reply whose text is policy or tool output: shown at once, as one piece. */
export async function sendFixedReply(turn: Turn, body: string): Promise<ChatMessageView> {
  const { ctx } = turn;
  const id = `reply-${ctx.customerMessage.id}`;
  ctx.sink.textStart(id);
  ctx.sink.textDelta(id, body);
  ctx.sink.textEnd(id);
  return toMessageView(await insertMessage(ctx.prisma, { conversationId: ctx.conversationId, role: "ai", body }));
}

const LIGHT_INTENTS = new Set(["feedback", "other"]);

/**
 * The turn's trace, the sentiment of the customer's message, the conversation's new state and the events for any
 * approvals the AI asked for, written as one statement: atomic, and one round trip (see `writeWithEvents`).
 */
export async function persistTurn(turn: Turn, handoffWords: number | null): Promise<string> {
  const { ctx, u } = turn;
  const triage = u.triage;
  turn.timings.total = round(performance.now() - turn.started);
  const approvals = turn.calls.flatMap((call) =>
    call.decision?.decision === "needs_approval" ? [{ id: call.decision.actionRequestId, tool: call.tool }] : [],
  );
  const stages: TraceStages = {
    screen: { injection: u.screen.injection, pii: tracePii(u.screen.pii), chars: u.screen.chars },
    triage: {
      ...triage,
      entities: maskedEntities(u.entities),
      complexity: u.complexity,
      engine: u.triageResult.engineUsed,
    },
    understand: {
      requests: u.requests.map((r) => ({
        kind: r.kind,
        confidence: r.confidence,
        ...(r.kind === "action" ? { action: r.action, orderNumber: r.orderNumber } : {}),
      })),
    },
    route: { mode: turn.mode, action: turn.routeAction },
    retrieve: traceArticles(turn.articles, turn.usedArticles),
    tools: traceTools(turn.calls),
    proposal: {
      offered: turn.offered.map((p) => ({ id: p.id, tool: p.tool, lines: p.summary.lines })),
      answered: turn.answered,
    },
    validate: turn.validation,
    escalate: turn.escalation ?? { now: false, reason: null, signals: [] },
    handoff: handoffWords === null ? null : { packetWords: handoffWords },
    timings: turn.timings,
  };
  const { engine } = ctx;
  return saveTurn(ctx.prisma, {
    trace: {
      conversationId: ctx.conversationId,
      customerMessageId: ctx.customerMessage.id,
      replyMessageId: turn.reply?.id ?? null,
      engine: turn.replyEngine,
      model: turn.replyEngine === engine.name ? engine.model : null,
      policyVersion: ctx.policySet.version,
      fallbackReason: [u.triageResult.fallbackReason, turn.replyFallback].filter(Boolean).join("; ") || null,
      durationMs: turn.timings.total,
      usage: turn.usage,
      stages,
    },
    customerMessageId: ctx.customerMessage.id,
    conversationId: ctx.conversationId,
    // The conversation keeps the issue it is about: a closing "thanks" or small talk does not relabel it.
    intent: LIGHT_INTENTS.has(triage.intent) && Boolean(turn.state.conversation.intent) ? null : triage.intent,
    triage,
    // Actions above the AI's limits wait in the workspace; the event puts them in front of people at once.
    approvals,
    now: new Date(),
  });
}

/** The verified customer's tier and name, and the identifiers a reply may mention: their email and their orders. */
export async function knownCustomer(
  ctx: Pick<ToolContext, "prisma" | "store">,
  conversationId: string,
): Promise<KnownCustomer> {
  const customerId = await conversationCustomerId(ctx.prisma, conversationId);
  const customer = customerId ? await ctx.store.getCustomer(customerId) : null;
  if (!customerId || !customer) return { tier: null, name: null, ids: [] };
  const orders = await ctx.store.listOrderSummaries(customerId, { limit: 100 });
  return { tier: customer.tier, name: customer.name, ids: [customer.email, ...orders.map((order) => order.number)] };
}

export function toSources(articles: RetrievedArticle[]) {
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    version: a.version,
    stale: a.stale,
    score: round(a.score, 3),
  }));
}

/** Entities as the trace keeps them: emails and phones masked, like every other PII in a trace. */
function maskedEntities(entities: Understanding["entities"]): Understanding["entities"] {
  return {
    ...entities,
    emails: entities.emails.map((value) => maskValue({ type: "email", value })),
    phones: entities.phones.map((value) => maskValue({ type: "phone", value })),
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
