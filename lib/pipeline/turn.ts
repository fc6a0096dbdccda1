import "server-only";
import { livePendingProposals } from "@/lib/tools/proposals";
import { type EscalationDecision, evaluateEscalation } from "./escalate";
import { handOff } from "./handoff";
import { SEVERE_VIOLATIONS } from "./respond";
import { automationMode } from "./route";
import { traceTools } from "./trace";
import { mark, newTurn, persistTurn, type Turn, type TurnContext, type TurnOutcome } from "./turn-record";
import { respond } from "./turn-respond";
import { actStage, escalationInput, retrieve, route, type Stage } from "./turn-stages";
import { loadTurnState } from "./turn-state";
import { understand } from "./understand";

export type { TurnContext, TurnOutcome, TurnSink } from "./turn-record";

/**
 * One AI turn, after the customer's message is stored. The stages run in order, each adding to one record that is
 * saved once at the end as the turn's trace: understand (screen, redact, triage, entities, the request) → route
 * (hard triggers, automation mode, refusals) → act (identity, proposals, confirmed actions, lookups) → retrieve and
 * escalate before replying → respond, validated sentence by sentence → escalate after → hand off if needed.
 * Identity checks, tools, amounts and state changes are code; the model, if any, only words answers.
 */
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
  const pending = await livePendingProposals(ctx.prisma, state.proposalRows, now);

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
  const replyBlocked = turn.validation.violations.some((violation) => SEVERE_VIOLATIONS.has(violation.type));
  return finish(turn, evaluateEscalation(escalationInput(turn, { replyBlocked, afterReply: true })));
}

/** The escalation decision is final: hand over if it says so, then save the turn's trace. */
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
