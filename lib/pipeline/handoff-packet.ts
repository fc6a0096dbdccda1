import type { Sentiment } from "@/lib/engines/types";
import type { Intent } from "@/lib/policy/schema";
import { conversationTone } from "./conversation-tone";
import { ESCALATION_LABELS, type EscalationReason } from "./escalate";
import { redactPii } from "@/lib/signals/pii";

/**
 * What a person needs to take over without making the customer repeat themselves (the Klarna lesson): who the
 * customer is, the issue in their own words, what the AI tried and why it did not resolve it, the knowledge it
 * used, a recommended next step, and the tone to take. Built from the conversation's records, deterministic, and
 * held under 200 words so it is read rather than skimmed.
 */
export type HandoffPacket = {
  reason: EscalationReason;
  reasonLabel: string;
  customer: {
    name: string | null;
    tier: string | null;
    verified: boolean;
    recentOrders: Array<{ number: string; status: string; totalCents: number }>;
  };
  issue: string;
  /** The customer's message that triggered the handoff, PII-redacted (null before any message). */
  trigger: { text: string; sentiment: Sentiment | null } | null;
  tried: string[];
  whyUnresolved: string;
  knowledge: Array<{ id: string; title: string; version: number; stale: boolean }>;
  nextStep: string;
  tone: { sentiment: Sentiment; trend: "improving" | "steady" | "worsening"; urgency: string; sensitive: boolean };
  summary: string;
  words: number;
};

export type HandoffInput = {
  reason: EscalationReason;
  intent: Intent | null;
  urgency: string;
  customer: HandoffPacket["customer"];
  /** Customer messages, oldest first, each with the sentiment triage gave it (null: not analysed yet). */
  customerMessages: Array<{ id?: string; text: string; sentiment: Sentiment | null }>;
  /** The message whose turn handed over; the latest customer message when absent (the "Talk to a person" button). */
  triggerMessageId?: string | null;
  /** Tool decisions in this conversation, oldest first. */
  actions: Array<{ tool: string; decision: string; reason?: string; orderNumber?: string }>;
  knowledge: HandoffPacket["knowledge"];
  aiReplies: number;
};

const MAX_WORDS = 200;
const SENSITIVE_REASONS = new Set<EscalationReason>([
  "legal_language",
  "account_security",
  "payment_dispute",
  "manipulation_attempts",
]);

const NEXT_STEP: Partial<Record<EscalationReason, string>> = {
  legal_language: "Do not admit liability; acknowledge, gather facts and follow the legal escalation path.",
  account_security:
    "Secure the account first: confirm identity out of band and reset credentials before discussing orders.",
  payment_dispute: "Check the payment record and any chargeback before promising a refund.",
  enterprise_billing: "Route to the account's billing contact; confirm the invoice in the billing system.",
  repeated_tool_denials: "Review why the actions were refused; decide whether an exception is warranted.",
  verification_locked: "Verify the customer another way before any account action.",
  frustration_trend: "Acknowledge the frustration and own the outcome; offer a concrete resolution.",
  unsafe_reply: "Answer from policy directly; the AI's draft was blocked by guardrails.",
  low_retrieval_confidence: "No policy article covers this well; answer from experience and flag the knowledge gap.",
  approval_required:
    "The customer confirmed an action above the AI's limit: approve it, or reject it with a reason they will read.",
};

export function buildHandoffPacket(input: HandoffInput): HandoffPacket {
  // The same reading of the tone as the inbox's side panel (conversation-tone.ts): the latest analysed message.
  const conversation = conversationTone(input.customerMessages.map((m) => m.sentiment));
  const issue = issueInTheirWords(input.customerMessages.map((m) => m.text));
  const trigger = triggerOf(input);
  const tried = describeAttempts(input);
  const whyUnresolved = ESCALATION_LABELS[input.reason];
  const nextStep = NEXT_STEP[input.reason] ?? nextStepForIntent(input.intent);
  const tone = {
    sentiment: conversation.sentiment,
    trend: conversation.trend,
    urgency: input.urgency,
    sensitive: SENSITIVE_REASONS.has(input.reason) || input.customer.tier === "enterprise",
  } satisfies HandoffPacket["tone"];

  const who = [
    input.customer.name ?? "Unidentified customer",
    input.customer.tier ? `${input.customer.tier} tier` : null,
    input.customer.verified ? "verified" : "not verified",
  ]
    .filter(Boolean)
    .join(", ");
  const orders = input.customer.recentOrders
    .slice(0, 3)
    .map((o) => `${o.number} (${o.status})`)
    .join(", ");
  const sections = [
    `${who}.${orders ? ` Recent orders: ${orders}.` : ""}`,
    `Issue: "${issue}"`,
    trigger && !issue.includes(trigger.text) ? `Last message: "${trigger.text}"` : null,
    `Tried: ${tried.join("; ") || "nothing yet"}.`,
    `Handed over: ${whyUnresolved}.`,
    input.knowledge.length
      ? `Knowledge: ${input.knowledge.map((k) => `${k.title} v${k.version}${k.stale ? " (stale)" : ""}`).join(", ")}.`
      : null,
    `Next: ${nextStep}`,
    `Tone: ${tone.sentiment}, ${tone.trend}${tone.sensitive ? ", sensitive" : ""}; urgency ${tone.urgency}.`,
  ].filter((line): line is string => line !== null);
  const summary = capWords(sections.join("\n"), MAX_WORDS);
  return {
    reason: input.reason,
    reasonLabel: whyUnresolved,
    customer: input.customer,
    issue,
    trigger,
    tried,
    whyUnresolved,
    knowledge: input.knowledge,
    nextStep,
    tone,
    summary,
    words: countWords(summary),
  };
}

/** The customer's substantive messages, PII-redacted, trimmed to fit the packet. */
function issueInTheirWords(messages: string[]): string {
  const substantive = messages.filter((m) => countWords(m) >= 3);
  const chosen = (substantive.length ? substantive : messages)
    .slice(0, 2)
    .map((m) => redactPii(m).replace(/\s+/g, " ").trim());
  return capWords(chosen.join(" … "), 60);
}

/** The customer's words that set off the handoff, PII-redacted and trimmed: what the person answers first. */
function triggerOf(input: HandoffInput): HandoffPacket["trigger"] {
  const messages = input.customerMessages;
  const message =
    (input.triggerMessageId ? messages.find((m) => m.id === input.triggerMessageId) : undefined) ?? messages.at(-1);
  if (!message) return null;
  return { text: capWords(redactPii(message.text).replace(/\s+/g, " ").trim(), 40), sentiment: message.sentiment };
}

function describeAttempts(input: HandoffInput): string[] {
  const tried = input.actions.slice(-4).map((a) => {
    const target = a.orderNumber ? ` on ${a.orderNumber}` : "";
    return `${a.tool.replace(/_/g, " ")}${target}: ${a.decision}${a.reason ? ` (${a.reason.replace(/_/g, " ")})` : ""}`;
  });
  if (input.aiReplies > 0) tried.unshift(`${input.aiReplies} AI ${input.aiReplies === 1 ? "answer" : "answers"}`);
  return tried;
}

function nextStepForIntent(intent: Intent | null): string {
  switch (intent) {
    case "refund":
    case "returns":
      return "Check the order's state and window, then approve or explain the refund or return.";
    case "order_status":
    case "shipping":
      return "Check the carrier's tracking and give the customer a concrete date.";
    case "cancel_order":
    case "order_change":
      return "Check whether the order has shipped, then make or decline the change.";
    case "complaint":
      return "Acknowledge, apologise where warranted, and offer a concrete remedy.";
    default:
      return "Read the customer's message and answer their question directly.";
  }
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function capWords(text: string, max: number): string {
  const words = text.split(/(\s+)/);
  let count = 0;
  let out = "";
  for (const part of words) {
    if (/\S/.test(part)) count++;
    if (count > max) return `${out.trimEnd()}…`;
    out += part;
  }
  return out;
}
