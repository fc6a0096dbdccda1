/**
 * Words and codes the workspace shares between server and browser. No `server-only`: client components import it.
 */
export const INBOX_FILTERS = ["mine", "unassigned", "approvals", "open", "resolved"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export const FILTER_LABELS: Record<InboxFilter, string> = {
  mine: "Mine",
  unassigned: "Unassigned",
  approvals: "Approvals",
  open: "All open",
  resolved: "Resolved",
};

export function parseFilter(value: string | string[] | undefined): InboxFilter | null {
  const first = Array.isArray(value) ? value[0] : value;
  return INBOX_FILTERS.find((filter) => filter === first) ?? null;
}

/** How a person closed a conversation; the supervisor's reports group by these codes. */
export const RESOLUTION_CODES = [
  { code: "answered", label: "Question answered" },
  { code: "refund_issued", label: "Refund issued" },
  { code: "return_started", label: "Return or exchange started" },
  { code: "order_updated", label: "Order changed or cancelled" },
  { code: "replacement_sent", label: "Replacement or credit given" },
  { code: "policy_declined", label: "Declined under policy" },
  { code: "referred", label: "Referred to another team" },
  { code: "no_response", label: "Customer stopped replying" },
] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number]["code"];
export const RESOLUTION_CODE_VALUES = RESOLUTION_CODES.map((r) => r.code) as [ResolutionCode, ...ResolutionCode[]];

export function resolutionLabel(code: string | null): string | null {
  return RESOLUTION_CODES.find((r) => r.code === code)?.label ?? code;
}

/**
 * First-response targets by urgency, in minutes: the wait a row shows turns amber at half the target and red past
 * it. Support teams usually state these per urgency; the queue order itself comes from `priority`.
 */
export const FIRST_RESPONSE_TARGET_MINUTES: Record<string, number> = { critical: 5, high: 15, normal: 30, low: 120 };

export function responseTarget(urgency: string | null): number {
  return FIRST_RESPONSE_TARGET_MINUTES[urgency ?? "normal"] ?? 30;
}

export const SENTIMENTS = ["frustrated", "neutral", "positive"] as const;
export type SentimentTag = (typeof SENTIMENTS)[number];

export function intentLabel(intent: string | null): string | null {
  return intent ? intent.replace(/_/g, " ") : null;
}

/** The demo store's order numbers as people type them ("NW-100001", "nw 100001"); linked in the transcript. */
export const ORDER_NUMBER_PATTERN = /\bNW[\s-]?(\d{6})\b/gi;

export function orderNumbersIn(text: string): string[] {
  return [...new Set([...text.matchAll(ORDER_NUMBER_PATTERN)].map((match) => `NW-${match[1]}`))];
}
