import "server-only";
import type { ChatMessageView } from "@/lib/chat/protocol";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import { insertMessage, toMessageView } from "@/lib/db/conversations";
import type { ActionSummary, Engine, RetrievedArticle, Usage } from "@/lib/engines/types";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { PolicySet } from "@/lib/policy/load";
import { eventsCommitted, writeWithEvents } from "@/lib/realtime/events";
import { buildAiTools, callTool, type ToolCallRecord } from "@/lib/tools/ai-tools";
import type { ToolContext } from "@/lib/tools/authorize";
import { assessComplexity, type Entities, extractEntities } from "./entities";
import { type EscalationDecision, evaluateEscalation, hardTrigger } from "./escalate";
import { handOff } from "./handoff";
import { detectInjection } from "./injection";
import { detectPii, maskValue, redactPii } from "./pii";
import { continuingIntent, planActions } from "./plan-actions";
import { SEVERE_VIOLATIONS, streamValidatedReply, type TextSink } from "./respond";
import type { QueryHints } from "./retrieve-query";
import { automationMode } from "./route";
import { detectOffTopicRequest } from "./screen";
import { type TraceRecord, traceArticles, traceInsert, tracePii, traceTools, type TraceStages } from "./trace";
import { loadTurnState, type TurnState } from "./turn-state";
import { validateReply } from "./validate";

/**
 * One AI turn, after the customer's message is stored (DESIGN.md, "The agent pipeline"):
 * screen → triage → route (hard triggers, automation mode) → identity and tools → retrieve → soft escalation →
 * respond, validated sentence by sentence → escalation after the reply → handoff. Every stage's result is stored
 * as the turn's trace. The model (if any) sees customer text with PII redacted; identity checks, tools, limits
 * and state changes are code.
 */
export type TurnSink = TextSink;

/** How sure a continued intent is: the conversation's context, not the words of this message, decided it. */
const CONTINUATION_CONFIDENCE = 0.8;
const LIGHT_INTENTS = new Set(["feedback", "other"]);
const READ_ONLY_TOOLS = new Set(["verify_identity", "lookup_order", "lookup_orders"]);
/** Refusals that count towards "repeated tool denials": being asked to verify first is not a refusal. */
const COUNTED_DENIAL = (reason: string | undefined) =>
  // Verification failures have their own limit (the lock); being asked to verify first is not a refusal.
  reason !== "not_verified" && reason !== "invalid_input" && reason !== "verification_failed";

export type TurnOutcome = {
  /** The AI's message to the customer this turn, if it wrote one. */
  reply: ChatMessageView | null;
  /** Set when the conversation moved to the human queue this turn. */
  handoff: { status: "waiting_human" | "human" | "resolved"; notice: ChatMessageView | null } | null;
  /** Null when the turn did not run (a person had taken the conversation in the meantime). */
  traceId: string | null;
};

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

export async function runAiTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const { prisma, policySet, engine } = ctx;
  const policy = policySet.policy;
  const started = performance.now();
  const timings: Record<string, number> = {};
  const mark = (stage: string, since: number) => (timings[stage] = round(performance.now() - since));

  let t = performance.now();
  const state = await loadTurnState(prisma, ctx.conversationId, ctx.customerMessage.id);
  mark("load", t);
  if (state.conversation.status !== "ai") return { reply: null, handoff: null, traceId: null };

  // Screen: the customer's words are data. PII stays out of everything a model sees and of the trace.
  t = performance.now();
  const text = ctx.customerMessage.text;
  const injection = detectInjection(text);
  const offTopic = detectOffTopicRequest(text);
  const pii = detectPii(text);
  const modelText = redactPii(text, pii);
  const history = state.history.map((turn) => ({ role: turn.role, text: redactPii(turn.text) }));
  mark("screen", t);

  t = performance.now();
  const triaged = await engine.triage({ message: modelText, history }, ctx.signal);
  const entities = extractEntities(text, ctx.catalog);
  // "ana@example.com NW-100042" answers the AI's last question; it continues the request rather than starting one.
  const intent = continuingIntent({ intent: triaged.triage.intent, previousIntent: state.conversation.intent, text, entities }, triaged.triage.confidence);
  const triage = {
    ...triaged.triage,
    entities,
    ...(intent === triaged.triage.intent ? {} : { intent, confidence: Math.max(triaged.triage.confidence, CONTINUATION_CONFIDENCE) }),
  };
  const complexity = assessComplexity(text, entities);
  mark("triage", t);

  const usage: Usage = { ...triaged.usage };
  const mode = automationMode(policy, triage.intent);
  const stages: Omit<TraceStages, "route" | "retrieve" | "tools" | "validate" | "escalate" | "handoff" | "timings"> = {
    screen: { injection, pii: tracePii(pii), chars: [...text].length },
    triage: { ...triage, entities: maskedEntities(entities), complexity, engine: triaged.engineUsed },
  };
  const calls: ToolCallRecord[] = [];
  let articles: RetrievedArticle[] = [];
  let usedArticles = 0;
  let validation: TraceStages["validate"] = { ok: true, violations: [], replaced: false };
  let routeAction: TraceStages["route"]["action"] = "answer";
  let reply: ChatMessageView | null = null;
  let replyEngine = triaged.engineUsed;
  let replyFallback: string | undefined = undefined;

  const finish = async (escalation: EscalationDecision): Promise<TurnOutcome> => {
    t = performance.now();
    const handoff = escalation.now ? await handOff(prisma, { conversationId: ctx.conversationId, reason: escalation.reason, policy, urgency: triage.urgency }) : null;
    if (handoff) mark("handoff", t);
    timings.total = round(performance.now() - started);
    const traceId = await persistTurn(ctx, {
      previousIntent: state.conversation.intent,
      approvals: calls.flatMap((call) => (call.decision?.decision === "needs_approval" ? [{ id: call.decision.actionRequestId, tool: call.tool }] : [])),
      triage: stages.triage,
      record: {
        conversationId: ctx.conversationId,
        customerMessageId: ctx.customerMessage.id,
        replyMessageId: reply?.id ?? null,
        engine: replyEngine,
        model: replyEngine === engine.name ? engine.model : null,
        policyVersion: policySet.version,
        fallbackReason: [triaged.fallbackReason, replyFallback].filter(Boolean).join("; ") || null,
        durationMs: timings.total,
        usage,
        stages: {
          ...stages,
          route: { mode, action: routeAction },
          retrieve: traceArticles(articles, usedArticles),
          tools: traceTools(calls),
          validate: validation,
          escalate: escalation,
          handoff: handoff?.packet ? { packetWords: handoff.packet.words } : null,
          timings,
        },
      },
    });
    return { reply, handoff: handoff ? { status: handoff.status, notice: handoff.notice } : null, traceId };
  };

  // Route: hard triggers and human-only intents go straight to a person; the AI says nothing of its own.
  const hard = hardTrigger({ policy, text, triage, tier: state.customer?.tier ?? null });
  if (hard.now || mode === "human_only") {
    routeAction = "handoff";
    return finish(hard.now ? hard : { now: true, reason: "policy_human_only", kind: "hard", signals: [`intent ${triage.intent}`] });
  }

  // Off-topic and abusive requests get the policy's refusal, never a model's improvisation.
  if (offTopic && !injection.flagged) {
    routeAction = "refuse";
    reply = await sendFixedReply(ctx, policy.disclosure.refusal);
    return finish({ now: false, reason: null, signals: [`declined: ${offTopic.kind}`] });
  }

  // Identity and actions. The identity check is deterministic for every engine (the model never sees the email);
  // the local engine's other tool calls come from its planner, a model's from its own tool calls below.
  t = performance.now();
  const toolCtx: ToolContext = { prisma, policy, conversationId: ctx.conversationId, store: prismaCommerceStore(prisma), authority: { actor: "ai" }, ...(ctx.now ? { now: ctx.now } : {}) };
  const planInput = {
    intent: triage.intent,
    previousIntent: state.conversation.intent,
    text,
    entities,
    verified: state.conversation.verified,
    contextOrderNumber: state.mentionedOrderNumbers.at(-1) ?? null,
    goodwillDefaultCents: policy.tools.goodwill_credit.cap_cents,
    customerName: state.customer?.name ?? null,
  };
  let plan = planActions(planInput);
  for (const call of plan.calls.filter((c) => c.tool === "verify_identity")) await callTool(toolCtx, call.tool, call.input, calls);
  const verification = calls.find((c) => c.tool === "verify_identity" && c.decisionKind === "allowed");
  const verifiedNow = state.conversation.verified || Boolean(verification);
  const identifiers = verifiedNow ? await customerIdentifiers(prisma, ctx.conversationId) : { tier: null, name: null, ids: [] };
  // Verified just now: plan again as the customer we now know (their name goes on a new shipping address).
  if (verification) plan = planActions({ ...planInput, verified: true, customerName: identifiers.name });
  // A manipulation attempt never reaches a model; the planner reads only intent and entities, so the request
  // underneath it is still handled within the same limits as any other. In shadow mode the AI only looks things
  // up: the person who sends the draft decides what to do.
  const planOnly = engine.name === "local" || injection.flagged;
  for (const call of plan.calls) {
    if (!planOnly || call.tool === "verify_identity") continue;
    if (mode === "draft_only" && !READ_ONLY_TOOLS.has(call.tool)) continue;
    await callTool(toolCtx, call.tool, call.input, calls);
  }
  mark("tools", t);
  const actions = calls.flatMap((call): ActionSummary[] =>
    call.decision ? [{ tool: call.tool, decision: call.decision.decision, customerMessage: call.decision.customerMessage }] : [],
  );
  const toolDenials = state.toolDenials + calls.filter((call) => call.decisionKind === "denied" && COUNTED_DENIAL(call.reason)).length;
  const verificationLocked = calls.some((call) => call.reason === "verification_locked");

  // Who the customer is can change the route: an enterprise customer who just verified, asking about billing.
  if (verification && !state.customer) {
    const after = hardTrigger({ policy, text, triage, tier: identifiers.tier });
    if (after.now) {
      routeAction = "handoff";
      return finish(after);
    }
  }

  if (injection.flagged) {
    routeAction = "refuse";
    reply = await sendFixedReply(ctx, [policy.disclosure.refusal, ...actions.filter((a) => a.tool !== "verify_identity").map((a) => a.customerMessage)].join("\n\n"));
    const injectionCount = state.flaggedMessages + 1;
    return finish(evaluateEscalation(escalationInput(ctx, state, triage, { injectionCount, toolDenials, verificationLocked, manipulationOnly: true })));
  }

  t = performance.now();
  // The intent steers retrieval only when triage is sure of it; a shaky guess would pull the wrong articles up.
  const confident = triage.confidence >= policy.escalation.low_confidence;
  articles = ctx.retrieve(modelText, confident ? { intent: plan.intent } : {});
  mark("retrieve", t);

  // In shadow mode a person answers anyway: how sure the AI is of this message is no reason to hand over, but how
  // the conversation is going (frustration, refusals, its length) still is.
  const acted = calls.some((call) => call.decisionKind !== "error" && call.tool !== "verify_identity" && call.reason !== "not_verified");
  const shadow = mode === "draft_only";
  const pre = evaluateEscalation(
    escalationInput(ctx, state, triage, {
      retrievalScore: acted || shadow ? null : (articles[0]?.score ?? 0),
      toolDenials,
      verificationLocked,
      ignoreConfidence: shadow,
    }),
  );
  if (pre.now) {
    routeAction = "handoff";
    // Whatever the tools did (or refused) this turn is still the customer's to know before the handoff notice.
    if (actions.length) reply = await sendFixedReply(ctx, actions.map((a) => a.customerMessage).join("\n\n"));
    return finish(pre);
  }

  // Respond. In shadow mode (draft_only) the answer becomes a draft for a person and the customer is told so.
  t = performance.now();
  const draftOnly = mode === "draft_only";
  const respondSink: TextSink = draftOnly ? { textStart() {}, textDelta() {}, textEnd() {} } : ctx.sink;
  const stream = engine.reply({
    message: modelText,
    history,
    triage,
    articles,
    policy,
    signal: ctx.signal,
    actions,
    verified: verifiedNow,
    ...(engine.name === "local" ? {} : { tools: modelTools(toolCtx, calls) }),
  });
  const knowledge = articles.map((a) => `${a.title}\n${a.updated}\n${a.body}`);
  const allowedIds = [...identifiers.ids, ...state.mentionedOrderNumbers, ...entities.orderNumbers, ...entities.emails];
  const result = await streamValidatedReply({
    stream,
    sink: respondSink,
    textId: `reply-${ctx.customerMessage.id}`,
    startedAt: started,
    replacement: policy.disclosure.no_answer,
    // Read at check time: a model's tool results from earlier steps of this reply ground its later sentences.
    check: (sentence) => validateReply(sentence, { policy, knowledge, toolResults: calls.map((c) => c.decision), customerIdentifiers: allowedIds }),
  });
  mark("respond", t);
  if (result.firstTokenMs !== null) timings.firstToken = round(result.firstTokenMs);
  usage.inputTokens += result.usage.inputTokens;
  usage.outputTokens += result.usage.outputTokens;
  replyEngine = result.meta.engineUsed;
  replyFallback = result.meta.fallbackReason;
  validation = result.validation;
  usedArticles = Math.min(articles.length, policy.retrieval.max_sources);

  if (draftOnly) {
    routeAction = "draft";
    await prisma.draft.create({
      data: { conversationId: ctx.conversationId, forMessageId: ctx.customerMessage.id, body: result.text, sources: toSources(articles.slice(0, usedArticles)) },
    });
    // The handoff notice tells the customer a person will reply; the draft waits for that person.
    return finish({ now: true, reason: "policy_draft_only", kind: "hard", signals: [`intent ${triage.intent} is draft_only`] });
  }

  reply = toMessageView(
    await insertMessage(prisma, { conversationId: ctx.conversationId, role: "ai", body: result.text, sources: toSources(articles.slice(0, usedArticles)) }),
  );
  const severe = result.validation.violations.some((v) => SEVERE_VIOLATIONS.has(v.type));
  return finish(
    evaluateEscalation(
      escalationInput(ctx, state, triage, {
        toolDenials: state.toolDenials + calls.filter((call) => call.decisionKind === "denied" && COUNTED_DENIAL(call.reason)).length,
        verificationLocked: calls.some((call) => call.reason === "verification_locked"),
        replyBlocked: severe,
        // Signals that were already weighed before the reply are not weighed twice.
        afterReply: true,
      }),
    ),
  );
}

function escalationInput(
  ctx: TurnContext,
  state: TurnState,
  triage: Parameters<typeof evaluateEscalation>[0]["triage"],
  overrides: Partial<Parameters<typeof evaluateEscalation>[0]>,
): Parameters<typeof evaluateEscalation>[0] {
  return {
    policy: ctx.policySet.policy,
    text: ctx.customerMessage.text,
    triage,
    tier: state.customer?.tier ?? null,
    priorSentiments: state.priorSentiments,
    turnNumber: state.conversation.turnCount + 1,
    retrievalScore: null,
    toolDenials: state.toolDenials,
    verificationLocked: false,
    injectionCount: state.flaggedMessages,
    replyBlocked: false,
    ...overrides,
  };
}

/** The model's tools: everything but the identity check, which the pipeline does itself. */
function modelTools(toolCtx: ToolContext, calls: ToolCallRecord[]) {
  const tools = buildAiTools({ prisma: toolCtx.prisma, policy: toolCtx.policy, conversationId: toolCtx.conversationId, store: toolCtx.store }, calls);
  delete tools.verify_identity;
  return tools;
}

/** A reply whose text is policy or tool output: shown at once, as one piece. */
async function sendFixedReply(ctx: TurnContext, body: string): Promise<ChatMessageView> {
  const id = `reply-${ctx.customerMessage.id}`;
  ctx.sink.textStart(id);
  ctx.sink.textDelta(id, body);
  ctx.sink.textEnd(id);
  return toMessageView(await insertMessage(ctx.prisma, { conversationId: ctx.conversationId, role: "ai", body }));
}

type KnownCustomer = { tier: "standard" | "vip" | "enterprise" | null; name: string | null; ids: string[] };

/** The verified customer's tier and name, and the identifiers a reply may mention: their email and their orders. */
async function customerIdentifiers(prisma: PrismaClient, conversationId: string): Promise<KnownCustomer> {
  const conversation = await prisma.conversation.findUnique({
    where: { id: conversationId },
    select: { customer: { select: { email: true, name: true, tier: true, orders: { select: { number: true }, orderBy: { placedAt: "desc" }, take: 100 } } } },
  });
  const customer = conversation?.customer;
  if (!customer) return { tier: null, name: null, ids: [] };
  return { tier: customer.tier, name: customer.name, ids: [customer.email, ...customer.orders.map((o) => o.number)] };
}

function toSources(articles: RetrievedArticle[]) {
  return articles.map((a) => ({ id: a.id, title: a.title, version: a.version, stale: a.stale, score: round(a.score, 3) }));
}

/**
 * The turn's trace, the sentiment of the customer's message, the conversation's new state and the events for any
 * approvals the AI asked for, written as one statement: atomic, and one round trip (see `writeWithEvents`).
 */
async function persistTurn(
  ctx: TurnContext,
  input: {
    triage: TraceStages["triage"];
    record: TraceRecord;
    approvals: Array<{ id: string; tool: string }>;
    previousIntent: string | null;
  },
): Promise<string> {
  const { triage } = input;
  const trace = traceInsert(input.record);
  // The conversation keeps the issue it is about: a closing "thanks" or small talk does not relabel it.
  const keepIntent = LIGHT_INTENTS.has(triage.intent) && Boolean(input.previousIntent);
  const now = new Date();
  await writeWithEvents(
    ctx.prisma,
    [
      trace.sql,
      Prisma.sql`UPDATE "Message" SET "sentiment" = ${triage.sentiment} WHERE "id" = ${ctx.customerMessage.id}`,
      Prisma.sql`UPDATE "Conversation" SET
        "intent" = ${keepIntent ? Prisma.sql`"intent"` : Prisma.sql`${triage.intent}`},
        "sentiment" = ${triage.sentiment}, "urgency" = ${triage.urgency}, "language" = ${triage.language},
        "turnCount" = "turnCount" + 1, "lastMessageAt" = ${now}::timestamp, "updatedAt" = ${now}::timestamp
        WHERE "id" = ${ctx.conversationId}`,
    ],
    // Actions above the AI's limits wait in the workspace; the event puts them in front of people at once.
    input.approvals.map((approval) => ({
      conversationId: ctx.conversationId,
      type: "action.requested",
      payload: { actionRequestId: approval.id, tool: approval.tool },
    })),
  );
  eventsCommitted(ctx.conversationId);
  return trace.id;
}

/** Entities as the trace keeps them: emails and phones masked, like every other PII in a trace. */
function maskedEntities(entities: Entities): Entities {
  return {
    ...entities,
    emails: entities.emails.map((value) => maskValue({ type: "email", value })),
    phones: entities.phones.map((value) => maskValue({ type: "phone", value })),
  };
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
