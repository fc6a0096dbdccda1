import "server-only";
import { proposalView } from "@/lib/chat/proposal-view";
import { insertMessage, toMessageView } from "@/lib/db/conversations";
import type { ActionSummary } from "@/lib/engines/types";
import { buildAiTools } from "@/lib/tools/ai-tools";
import { act } from "./act";
import { type EscalationDecision, type EscalationInput, evaluateEscalation, hardTrigger } from "./escalate";
import { handOff } from "./handoff";
import { pendingProposals } from "@/lib/tools/proposals";
import { SEVERE_VIOLATIONS, streamValidatedReply, type TextSink } from "./respond";
import { traceTools } from "./trace";
import { automationMode } from "./route";
import { mark, newTurn, persistTurn, sendFixedReply, toSources, type Turn, type TurnContext, type TurnOutcome } from "./turn-record";
import { loadTurnState } from "./turn-state";
import { understand } from "./understand";
import { validateReply, validationActions } from "./validate";

export type { TurnContext, TurnOutcome, TurnSink } from "./turn-record";

/**
 * One AI turn, after the customer's message is stored. The stages run in order, each adding to one record that is
 * saved once at the end as the turn's trace: understand (screen, redact, triage, entities, the request) → route
 * (hard triggers, automation mode, refusals) → act (identity, proposals, confirmed actions, lookups) → retrieve →
 * escalate before replying → respond, validated sentence by sentence → escalate after → hand off if needed.
 * Identity checks, tools, amounts and state changes are code; the model, if any, only words answers.
 */
type Stage = (turn: Turn) => Promise<EscalationDecision | null>;
const STAGES: Array<[string, Stage]> = [
  ["route", route],
  ["tools", actStage],
  ["retrieve", retrieve],
  ["respond", respond],
];

export async function runAiTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const started = performance.now();
  const now = ctx.now?.() ?? new Date();
  const state = await loadTurnState(ctx.prisma, ctx.conversationId, ctx.customerMessage.id);
  if (state.conversation.status !== "ai") return { reply: null, handoff: null, traceId: null };
  const pending = await pendingProposals(ctx.prisma, ctx.conversationId, now);

  let t = performance.now();
  const u = await understand({
    text: ctx.customerMessage.text,
    history: state.history,
    engine: ctx.engine,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.catalog ? { catalog: ctx.catalog } : {}),
    previousIntent: state.conversation.intent,
    pendingProposal: pending.length > 0,
    contextOrderNumber: state.mentionedOrderNumbers.at(-1) ?? null,
  });
  const turn = newTurn(ctx, state, pending, u, automationMode(ctx.policySet.policy, u.triage.intent), now, started);
  mark(turn, "understand", t);

  for (const [name, stage] of STAGES) {
    t = performance.now();
    const decision = await stage(turn);
    mark(turn, name, t);
    if (decision) return finish(turn, decision);
  }
  return finish(turn, evaluateEscalation(escalationInput(turn, { replyBlocked: turn.validation.violations.some((v) => SEVERE_VIOLATIONS.has(v.type)), afterReply: true })));
}

/** Hard triggers and human-only intents go straight to a person; off-topic requests get the policy's refusal. */
async function route(turn: Turn): Promise<EscalationDecision | null> {
  const { policy } = turn.ctx.policySet;
  const text = turn.ctx.customerMessage.text;
  const hard = hardTrigger({ policy, text, triage: turn.u.triage, tier: turn.state.customer?.tier ?? null });
  const humanOnly = turn.mode === "human_only" && !turn.u.requests.some((r) => r.kind === "confirm");
  if (hard.now || humanOnly) {
    turn.routeAction = "handoff";
    return hard.now ? hard : { now: true, reason: "policy_human_only", kind: "hard", signals: [`intent ${turn.u.triage.intent}`] };
  }
  if (turn.u.screen.offTopic && !turn.u.screen.injection.flagged) {
    turn.routeAction = "refuse";
    turn.reply = await sendFixedReply(turn, policy.disclosure.refusal);
    return { now: false, reason: null, signals: [`declined: ${turn.u.screen.offTopic.kind}`] };
  }
  return null;
}

/**
 * Identity and actions, then what depends on who the customer turned out to be. A manipulation attempt gets the
 * refusal, with the real request underneath still handled by the same deterministic stage and limits.
 */
async function actStage(turn: Turn): Promise<EscalationDecision | null> {
  await act(turn);
  const { policy } = turn.ctx.policySet;
  if (turn.verifiedNow && !turn.state.customer) {
    const after = hardTrigger({ policy, text: turn.ctx.customerMessage.text, triage: turn.u.triage, tier: turn.customer.tier });
    if (after.now) {
      turn.routeAction = "handoff";
      return after;
    }
  }
  if (turn.u.screen.injection.flagged) {
    turn.routeAction = "refuse";
    turn.reply = await sendFixedReply(turn, [policy.disclosure.refusal, ...turn.said].join("\n\n"));
    return evaluateEscalation(escalationInput(turn, { injectionCount: turn.state.flaggedMessages + 1, manipulationOnly: true }));
  }
  if (turn.calls.some((call) => call.decision?.decision === "needs_approval")) {
    turn.reply = await sendFixedReply(turn, turn.said.join("\n\n"));
    return { now: true, reason: "approval_required", kind: "hard", signals: ["an action waits for a person's approval"] };
  }
  return null;
}

async function retrieve(turn: Turn): Promise<EscalationDecision | null> {
  const { policy } = turn.ctx.policySet;
  const confident = turn.u.triage.confidence >= policy.escalation.low_confidence;
  turn.articles = turn.said.length > 0 ? [] : turn.ctx.retrieve(turn.u.modelText, confident ? { intent: turn.u.triage.intent } : {});
  // Automation is per intent and per kind of request: a plain question the articles answer needs no person.
  if (turn.mode === "draft_only" && answerableQuestion(turn)) turn.mode = "autonomous";
  // In shadow mode a person answers anyway: the AI's confidence in this message is no reason to hand over.
  const acted = turn.said.length > 0 || turn.calls.some((call) => call.decisionKind !== "error" && call.tool !== "verify_identity" && call.reason !== "not_verified");
  const shadow = turn.mode === "draft_only";
  const pre = evaluateEscalation(escalationInput(turn, { retrievalScore: acted || shadow ? null : (turn.articles[0]?.score ?? 0), ignoreConfidence: shadow }));
  if (!pre.now) return null;
  turn.routeAction = "handoff";
  // Whatever the tools did (or refused) this turn is still the customer's to know before the handoff notice.
  const told = [...turn.said, ...actionSummaries(turn).map((a) => a.customerMessage)];
  if (told.length) turn.reply = await sendFixedReply(turn, [...new Set(told)].join("\n\n"));
  return pre;
}

/** Code's own sentences are the reply when there are any; otherwise the engine answers, validated as it streams. */
async function respond(turn: Turn): Promise<EscalationDecision | null> {
  const { ctx } = turn;
  const { policy } = ctx.policySet;
  if (turn.said.length > 0 && turn.mode !== "draft_only") {
    turn.reply = await sendFixedReply(turn, turn.said.join("\n\n"));
    const offer = turn.offered[0];
    if (offer) turn.reply = { ...turn.reply, proposal: proposalView(turn.u.triage.language, offer.expiresAt) };
    return null;
  }
  const draftOnly = turn.mode === "draft_only";
  const sink: TextSink = draftOnly ? { textStart() {}, textDelta() {}, textEnd() {} } : ctx.sink;
  const stream = ctx.engine.reply({
    message: turn.u.modelText,
    history: turn.u.history,
    triage: turn.u.triage,
    articles: turn.articles,
    policy,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    actions: actionSummaries(turn),
    verified: turn.verifiedNow,
    ...(ctx.engine.capabilities?.toolCalling ? { tools: modelTools(turn) } : {}),
  });
  const knowledge = turn.articles.map((a) => `${a.title}\n${a.updated}\n${a.body}`);
  const allowedIds = [...turn.customer.ids, ...turn.state.mentionedOrderNumbers, ...turn.u.entities.orderNumbers, ...turn.u.entities.emails];
  const result = await streamValidatedReply({
    stream,
    sink,
    textId: `reply-${ctx.customerMessage.id}`,
    startedAt: turn.started,
    replacement: policy.disclosure.no_answer,
    // Read at check time: a model's tool results from earlier steps of this reply ground its later sentences.
    check: (sentence) => validateReply(sentence, { policy, knowledge, actions: validationActions(turn.calls), customerIdentifiers: allowedIds }),
  });
  if (result.firstTokenMs !== null) turn.timings.firstToken = Math.round(result.firstTokenMs * 10) / 10;
  turn.usage.inputTokens += result.usage.inputTokens;
  turn.usage.outputTokens += result.usage.outputTokens;
  turn.replyEngine = result.meta.engineUsed;
  turn.replyFallback = result.meta.fallbackReason;
  turn.validation = result.validation;
  turn.usedArticles = Math.min(turn.articles.length, policy.retrieval.max_sources);
  const sources = toSources(turn.articles.slice(0, turn.usedArticles));
  if (draftOnly) {
    turn.routeAction = "draft";
    await ctx.prisma.draft.create({ data: { conversationId: ctx.conversationId, forMessageId: ctx.customerMessage.id, body: result.text, sources } });
    // The handoff notice tells the customer a person will reply; the draft waits for that person.
    return { now: true, reason: "policy_draft_only", kind: "hard", signals: [`intent ${turn.u.triage.intent} is draft_only`] };
  }
  turn.reply = toMessageView(await insertMessage(ctx.prisma, { conversationId: ctx.conversationId, role: "ai", body: result.text, sources }));
  // A model that proposed an action this turn: the customer answers it with the same buttons.
  const offer = turn.offered[0];
  if (offer) turn.reply = { ...turn.reply, proposal: proposalView(turn.u.triage.language, offer.expiresAt) };
  return null;
}

async function finish(turn: Turn, escalation: EscalationDecision): Promise<TurnOutcome> {
  const { ctx } = turn;
  turn.escalation = escalation;
  const t = performance.now();
  const handoff = escalation.now
    ? await handOff(ctx.prisma, {
        conversationId: ctx.conversationId,
        reason: escalation.reason,
        policy: ctx.policySet.policy,
        urgency: turn.u.triage.urgency,
        trigger: { messageId: ctx.customerMessage.id, sentiment: turn.u.triage.sentiment },
        currentTools: traceTools(turn.calls),
      })
    : null;
  if (handoff) mark(turn, "handoff", t);
  const traceId = await persistTurn(turn, handoff?.packet ? handoff.packet.words : null);
  return { reply: turn.reply, handoff: handoff ? { status: handoff.status, notice: handoff.notice } : null, traceId };
}

function answerableQuestion(turn: Turn): boolean {
  const { policy } = turn.ctx.policySet;
  if (policy.automation.questions !== "autonomous" || turn.calls.length > 0 || turn.said.length > 0) return false;
  // Asked as a question (not a statement read as one at low confidence: "I was charged twice" is no question).
  if (!turn.u.requests.every((request) => request.kind === "question" && request.confidence >= 0.7)) return false;
  return (turn.articles[0]?.score ?? 0) >= Math.max(policy.retrieval.min_score, policy.escalation.low_retrieval_confidence);
}

/** Refusals that count towards "repeated tool denials": being asked to verify first is not a refusal. */
const NOT_REFUSALS = new Set(["not_verified", "invalid_input", "verification_failed"]);

function escalationInput(turn: Turn, overrides: Partial<EscalationInput>): EscalationInput {
  const denials = turn.calls.filter((call) => call.decisionKind === "denied" && !NOT_REFUSALS.has(call.reason ?? "")).length;
  return {
    policy: turn.ctx.policySet.policy,
    text: turn.ctx.customerMessage.text,
    triage: turn.u.triage,
    tier: turn.state.customer?.tier ?? turn.customer.tier,
    priorSentiments: turn.state.priorSentiments,
    turnNumber: turn.state.conversation.turnCount + 1,
    retrievalScore: null,
    toolDenials: turn.state.toolDenials + denials,
    verificationLocked: turn.calls.some((call) => call.reason === "verification_locked"),
    injectionCount: turn.state.flaggedMessages,
    replyBlocked: false,
    ...overrides,
  };
}

function actionSummaries(turn: Turn): ActionSummary[] {
  return turn.calls.flatMap((call): ActionSummary[] =>
    call.decision && !call.preview ? [{ tool: call.tool, decision: call.decision.decision, customerMessage: call.decision.customerMessage, result: call.decision.decision === "allowed" ? call.decision.result : undefined }] : [],
  );
}

/** The model's tools: everything but the identity check, which the pipeline does itself; writes only propose. */
function modelTools(turn: Turn) {
  const { toolCtx } = turn;
  const tools = buildAiTools(
    { prisma: toolCtx.prisma, policy: toolCtx.policy, conversationId: toolCtx.conversationId, store: toolCtx.store, now: turn.now, onProposed: (stored) => turn.offered.push(...stored) },
    turn.calls,
  );
  delete tools.verify_identity;
  return tools;
}
