import { ESCALATION_LABELS, type EscalationReason } from "@/lib/pipeline/escalate";

/** How the supervisor pages write numbers and codes. Pure, for server and client components alike. */
export function pct(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined ? "—" : `${(value * 100).toFixed(digits)}%`;
}

export function count(value: number): string {
  return value.toLocaleString("en-US");
}

export function decimal(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "—" : value.toFixed(digits);
}

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.round(hours / 24)} d`;
}

/** Dollars with enough digits to see a cost per resolution of a fraction of a cent. */
export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (value === 0) return "$0";
  if (value < 0.01) return `$${value.toFixed(4)}`;
  if (value < 100) return `$${value.toFixed(2)}`;
  return `$${Math.round(value).toLocaleString("en-US")}`;
}

export function intentName(intent: string | null | undefined): string {
  if (!intent) return "Unknown";
  const text = intent.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function reasonName(reason: string | null | undefined): string {
  if (!reason) return "—";
  return ESCALATION_LABELS[reason as EscalationReason] ?? reason.replace(/_/g, " ");
}

const VIOLATION_NAMES: Record<string, string> = {
  prohibited_phrase: "Prohibited phrase",
  prohibited_topic: "Prohibited topic",
  ungrounded_amount: "Amount not in policy or data",
  ungrounded_percentage: "Percentage not in policy",
  ungrounded_date: "Date not in policy or data",
  ungrounded_promise: "Unbacked promise",
  other_customer_data: "Another customer's data",
  pii_leak: "Personal data leak",
  profanity: "Profanity",
  prompt_injection: "Manipulation attempt (input)",
};

export function violationName(type: string): string {
  return VIOLATION_NAMES[type] ?? type.replace(/_/g, " ");
}
