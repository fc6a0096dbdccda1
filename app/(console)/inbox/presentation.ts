import type { BadgeTone } from "@/components/badge";
import { ESCALATION_LABELS, type EscalationReason } from "@/lib/pipeline/escalate";

/** How workspace values look: labels and badge tones shared by the queue and the conversation view. */
export const STATUS_BADGE: Record<string, { label: string; tone: BadgeTone }> = {
  ai: { label: "AI assistant", tone: "brand" },
  waiting_human: { label: "Waiting", tone: "warning" },
  human: { label: "With a person", tone: "success" },
  resolved: { label: "Resolved", tone: "neutral" },
};

const URGENCY: Record<string, { label: string; tone: BadgeTone; bar: string }> = {
  critical: { label: "Critical", tone: "danger", bar: "bg-red-500" },
  high: { label: "High", tone: "warning", bar: "bg-amber-500" },
  normal: { label: "Normal", tone: "neutral", bar: "bg-brand-300" },
  low: { label: "Low", tone: "neutral", bar: "bg-line-strong" },
};

export function urgencyOf(urgency: string | null) {
  return URGENCY[urgency ?? "normal"] ?? URGENCY.normal!;
}

export const SENTIMENT: Record<string, { label: string; tone: BadgeTone; value: number }> = {
  frustrated: { label: "Frustrated", tone: "danger", value: -1 },
  neutral: { label: "Neutral", tone: "neutral", value: 0 },
  positive: { label: "Positive", tone: "success", value: 1 },
};

export const TIER: Record<string, { label: string; tone: BadgeTone } | undefined> = {
  vip: { label: "VIP", tone: "brand" },
  enterprise: { label: "Enterprise", tone: "info" },
};

export function reasonLabel(reason: string | null): string {
  if (!reason) return "Taken over";
  return ESCALATION_LABELS[reason as EscalationReason] ?? reason.replace(/_/g, " ");
}

export function customerName(customer: { name: string } | null): string {
  return customer?.name ?? "Unidentified visitor";
}
