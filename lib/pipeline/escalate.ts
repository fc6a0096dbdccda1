import type { Sentiment, Triage } from "@/lib/engines/types";
import type { SupportPolicy } from "@/lib/policy/schema";
import type { Entities } from "./entities";

/**
 * The escalation evaluator: when a person should take over, and why. Hard triggers hand over before the AI says
 * anything; soft ones weigh how the conversation is going. Every rule and threshold comes from policy, every
 * decision carries one reason code from this fixed list (the supervisor's escalation metrics group by it).
 */
export const HARD_REASONS = [
  "customer_request",
  "legal_language",
  "account_security",
  "enterprise_billing",
  "payment_dispute",
  "policy_human_only",
  "policy_draft_only",
] as const;
export const SOFT_REASONS = [
  "frustration_trend",
  "turn_limit",
  "low_confidence",
  "low_retrieval_confidence",
  "repeated_tool_denials",
  "verification_locked",
  "unsafe_reply",
  "manipulation_attempts",
] as const;
export const ESCALATION_REASONS = [...HARD_REASONS, ...SOFT_REASONS] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export type EscalationDecision =
  | { now: false; reason: null; signals: string[] }
  | { now: true; reason: EscalationReason; kind: "hard" | "soft"; signals: string[] };

export type EscalationInput = {
  policy: SupportPolicy;
  text: string;
  triage: Triage & { entities: Entities };
  tier: "standard" | "vip" | "enterprise" | null;
  /** Sentiment of the customer's earlier messages in this conversation, oldest first. */
  priorSentiments: Sentiment[];
  /** Customer turns so far, including this one. */
  turnNumber: number;
  /** Best retrieval score of this turn (0..1), or null when retrieval did not run. */
  retrievalScore: number | null;
  toolDenials: number;
  verificationLocked: boolean;
  /** Flagged manipulation attempts in this conversation, including this turn. */
  injectionCount: number;
  replyBlocked: boolean;
};

const SECURITY = /\b(hack(ed|er)?|someone (else )?(logged|got) into|account (was )?(compromised|taken over)|stolen (card|account|password)|phishing|identity theft|unauthori[sz]ed (login|access|purchase|order))\b/i;
const DISPUTE = /\b(dispute|chargeback|charge ?back|unauthori[sz]ed (charge|payment)|fraud(ulent)?|bank reversal|double[- ]charged|charged twice)\b/i;
const BILLING_INTENTS = new Set(["billing", "refund"]);

export function hardTrigger(input: Pick<EscalationInput, "policy" | "text" | "triage" | "tier">): EscalationDecision {
  const { policy, text, triage, tier } = input;
  const escalation = policy.escalation;
  const legal = escalation.legal_terms.find((term) => new RegExp(`\\b${term.replace(/\s+/g, "\\s+")}\\b`, "i").test(text));
  if (triage.intent === "human_request") return hard("customer_request", ["intent human_request"]);
  if (legal) return hard("legal_language", [`legal term "${legal}"`]);
  if (triage.intent === "security" || SECURITY.test(text)) return hard("account_security", ["security language"]);
  const disputed = DISPUTE.exec(text);
  if (disputed) {
    const largest = Math.max(0, ...triage.entities.amounts.map((a) => a.cents));
    // No stated amount: a dispute still goes to a person, since the AI cannot see what the bank will do.
    if (largest === 0 || largest >= escalation.payment_dispute_threshold_cents) {
      return hard("payment_dispute", [`"${disputed[0]}"`, largest ? `amount ${largest} cents` : "no amount stated"]);
    }
  }
  if (tier === "enterprise" && escalation.enterprise_billing_to_human && BILLING_INTENTS.has(triage.intent)) {
    return hard("enterprise_billing", [`enterprise tier, intent ${triage.intent}`]);
  }
  return { now: false, reason: null, signals: [] };
}

export function evaluateEscalation(input: EscalationInput): EscalationDecision {
  const pre = hardTrigger(input);
  if (pre.now) return pre;
  const { policy, triage } = input;
  const escalation = policy.escalation;
  const signals: string[] = [];

  if (input.verificationLocked) return soft("verification_locked", ["identity verification attempts used up"]);
  if (input.replyBlocked) return soft("unsafe_reply", ["the reply failed validation"]);
  if (input.injectionCount >= 2) return soft("manipulation_attempts", [`${input.injectionCount} flagged messages`]);

  const recent = [...input.priorSentiments, triage.sentiment].slice(-escalation.frustrated_turns);
  if (recent.length >= escalation.frustrated_turns && recent.every((s) => s === "frustrated")) {
    return soft("frustration_trend", [`frustrated on the last ${recent.length} messages`]);
  }
  if (input.toolDenials >= escalation.max_tool_denials) return soft("repeated_tool_denials", [`${input.toolDenials} refused actions`]);
  if (input.turnNumber > policy.limits.max_turns_before_handoff) return soft("turn_limit", [`turn ${input.turnNumber}`]);
  if (triage.confidence < escalation.low_confidence && triage.intent !== "other" && triage.intent !== "feedback") {
    signals.push(`intent confidence ${triage.confidence.toFixed(2)}`);
    if (escalation.sensitive_intents.includes(triage.intent)) return soft("low_confidence", signals);
  }
  if (
    input.retrievalScore !== null &&
    input.retrievalScore < escalation.low_retrieval_confidence &&
    escalation.sensitive_intents.includes(triage.intent)
  ) {
    return soft("low_retrieval_confidence", [`best article score ${input.retrievalScore.toFixed(2)} on ${triage.intent}`]);
  }
  if (triage.sentiment === "frustrated") signals.push("frustrated");
  return { now: false, reason: null, signals };
}

function hard(reason: (typeof HARD_REASONS)[number], signals: string[]): EscalationDecision {
  return { now: true, reason, kind: "hard", signals };
}

function soft(reason: (typeof SOFT_REASONS)[number], signals: string[]): EscalationDecision {
  return { now: true, reason, kind: "soft", signals };
}

/** Plain-language labels for the workspace and the dashboard. */
export const ESCALATION_LABELS: Record<EscalationReason, string> = {
  customer_request: "Asked for a person",
  legal_language: "Legal language",
  account_security: "Account security",
  enterprise_billing: "Enterprise billing",
  payment_dispute: "Payment dispute",
  policy_human_only: "Policy: people only",
  policy_draft_only: "Policy: AI drafts, person replies",
  frustration_trend: "Frustrated for several turns",
  turn_limit: "Too many turns",
  low_confidence: "AI unsure of the request",
  low_retrieval_confidence: "No policy covers it",
  repeated_tool_denials: "Actions refused repeatedly",
  verification_locked: "Identity check locked",
  unsafe_reply: "AI reply blocked by guardrails",
  manipulation_attempts: "Repeated manipulation attempts",
};
