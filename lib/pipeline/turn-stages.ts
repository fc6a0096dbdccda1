import "server-only";
import type { ActionSummary } from "@/lib/engines/types";
import { act } from "./act";
import { type EscalationDecision, type EscalationInput, evaluateEscalation, hardTrigger } from "./escalate";
import { sendFixedReply, type Turn } from "./turn-record";

/**
 * The stages of an AI turn before the reply (lib/pipeline/turn.ts runs them in order). Each reads the turn record,
 * adds its findings, and returns an escalation decision to end the turn there, or null to go on.
 */
export type Stage = (turn: Turn) => Promise<EscalationDecision | null>;

/** Hard triggers and human-only intents go straight to a person; off-topic requests get the policy's refusal. */
export async function route(turn: Turn): Promise<EscalationDecision | null> {
  const { policy } = turn.ctx.policySet;
  const text = turn.ctx.customerMessage.text;
  const hard = hardTrigger({ policy, text, triage: turn.u.triage, tier: turn.state.customer?.tier ?? null });
  const humanOnly = turn.mode === "human_only" && !turn.u.requests.some((r) => r.kind === "confirm");
  if (hard.now || humanOnly) {
    turn.routeAction = "handoff";
    return hard.now
      ? hard
      : { now: true, reason: "policy_human_only", kind: "hard", signals: [`intent ${turn.u.triage.intent}`] };
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
export async function actStage(turn: Turn): Promise<EscalationDecision | null> {
  await act(turn);
  const { policy } = turn.ctx.policySet;
  if (turn.verifiedNow && !turn.state.customer) {
    const after = hardTrigger({
      policy,
      text: turn.ctx.customerMessage.text,
      triage: turn.u.triage,
      tier: turn.customer.tier,
    });
    if (after.now) {
      turn.routeAction = "handoff";
      return after;
    }
  }
  if (turn.u.screen.injection.flagged) {
    turn.routeAction = "refuse";
    turn.reply = await sendFixedReply(turn, [policy.disclosure.refusal, ...turn.said].join("\n\n"));
    return evaluateEscalation(
      escalationInput(turn, { injectionCount: turn.state.flaggedMessages + 1, manipulationOnly: true }),
    );
  }
  if (turn.calls.some((call) => call.decision?.decision === "needs_approval")) {
    turn.reply = await sendFixedReply(turn, turn.said.join("\n\n"));
    return {
      now: true,
      reason: "approval_required",
      kind: "hard",
      signals: ["an action waits for a person's approval"],
    };
  }
  return null;
}

export async function retrieve(turn: Turn): Promise<EscalationDecision | null> {
  const { policy } = turn.ctx.policySet;
  const confident = turn.u.triage.confidence >= policy.escalation.low_confidence;
  turn.articles =
    turn.said.length > 0 ? [] : turn.ctx.retrieve(turn.u.modelText, confident ? { intent: turn.u.triage.intent } : {});
  // Automation is per intent and per kind of request: a plain question the articles answer needs no person.
  if (turn.mode === "draft_only" && answerableQuestion(turn)) turn.mode = "autonomous";
  // In shadow mode a person answers anyway: the AI's confidence in this message is no reason to hand over.
  const acted =
    turn.said.length > 0 ||
    turn.calls.some(
      (call) => call.decisionKind !== "error" && call.tool !== "verify_identity" && call.reason !== "not_verified",
    );
  const shadow = turn.mode === "draft_only";
  const pre = evaluateEscalation(
    escalationInput(turn, {
      retrievalScore: acted || shadow ? null : (turn.articles[0]?.score ?? 0),
      ignoreConfidence: shadow,
    }),
  );
  if (!pre.now) return null;
  turn.routeAction = "handoff";
  // Whatever the tools did (or refused) this turn is still the customer's to know before the handoff notice.
  const told = [...turn.said, ...actionSummaries(turn).map((a) => a.customerMessage)];
  if (told.length) turn.reply = await sendFixedReply(turn, [...new Set(told)].join("\n\n"));
  return pre;
}

function answerableQuestion(turn: Turn): boolean {
  const { policy } = turn.ctx.policySet;
  if (policy.automation.questions !== "autonomous" || turn.calls.length > 0 || turn.said.length > 0) return false;
  // Asked as a question (not a statement read as one at low confidence: "I was charged twice" is no question).
  if (!turn.u.requests.every((request) => request.kind === "question" && request.confidence >= 0.7)) return false;
  return (
    (turn.articles[0]?.score ?? 0) >= Math.max(policy.retrieval.min_score, policy.escalation.low_retrieval_confidence)
  );
}

/** Refusals that count towards "repeated tool denials": being asked to verify first is not a refusal. */
const NOT_REFUSALS = new Set(["not_verified", "invalid_input", "verification_failed"]);

export function escalationInput(turn: Turn, overrides: Partial<EscalationInput>): EscalationInput {
  const denials = turn.calls.filter(
    (call) => call.decisionKind === "denied" && !NOT_REFUSALS.has(call.reason ?? ""),
  ).length;
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

export function actionSummaries(turn: Turn): ActionSummary[] {
  return turn.calls.flatMap((call): ActionSummary[] =>
    call.decision && !call.preview
      ? [
          {
            tool: call.tool,
            decision: call.decision.decision,
            customerMessage: call.decision.customerMessage,
            result: call.decision.decision === "allowed" ? call.decision.result : undefined,
          },
        ]
      : [],
  );
}
