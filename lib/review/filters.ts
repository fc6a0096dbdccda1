import { z } from "zod";
import { PATHS } from "@/lib/metrics/definitions";
import { parseRange, type RangeSelection } from "@/lib/metrics/range";
import { ESCALATION_REASONS } from "@/lib/pipeline/escalate";
import { INTENTS } from "@/lib/policy/schema";

/**
 * The review list's filters, read from the URL so that a filtered view is a link a supervisor can share, and the
 * CSV export of "what I am looking at" uses exactly the same filters. Pure: the page, the export route and the
 * tests share it. Unknown values are dropped rather than rejected: a stale link still opens.
 */
export const OUTCOMES = [...PATHS, "recontacted"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CSAT_FILTERS = ["low", "high", "none", "1", "2", "3", "4", "5"] as const;
export type CsatFilter = (typeof CSAT_FILTERS)[number];

export const CSAT_LABELS: Record<CsatFilter, string> = {
  low: "1–2 (unhappy)",
  high: "4–5 (satisfied)",
  none: "Not rated",
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
  "5": "5",
};

export type ReviewFilters = {
  range: RangeSelection;
  intent: (typeof INTENTS)[number] | null;
  outcome: Outcome | null;
  reason: (typeof ESCALATION_REASONS)[number] | null;
  csat: CsatFilter | null;
  /** "any" or one violation type (or "prompt_injection"). */
  violation: string | null;
  agentId: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | null =>
  value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;

const violationPattern = z.string().regex(/^[a-z_]{2,40}$/);
const idPattern = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export function parseReviewFilters(params: Params, now: Date = new Date()): ReviewFilters {
  const violation = first(params.violation);
  const agent = first(params.agent);
  const page = Number(first(params.page));
  return {
    range: parseRange({ from: params.from, to: params.to, days: params.days }, now),
    intent: oneOf(INTENTS, first(params.intent)),
    outcome: oneOf(OUTCOMES, first(params.outcome)),
    reason: oneOf(ESCALATION_REASONS, first(params.reason)),
    csat: oneOf(CSAT_FILTERS, first(params.csat)),
    violation: violation && violationPattern.safeParse(violation).success ? violation : null,
    agentId: agent && idPattern.safeParse(agent).success ? agent : null,
    page: Number.isInteger(page) && page > 1 ? Math.min(page, 1000) : 1,
  };
}

/** The filters as URL parameters (defaults left out), for links, pagination and the export. */
export function filterQuery(filters: ReviewFilters, overrides: Partial<Record<string, string | null>> = {}): string {
  const { range } = filters;
  const values: Record<string, string | null> = {
    ...(range.days !== null ? { days: String(range.days) } : { from: range.fromDay, to: range.toDay }),
    intent: filters.intent,
    outcome: filters.outcome,
    reason: filters.reason,
    csat: filters.csat,
    violation: filters.violation,
    agent: filters.agentId,
    page: filters.page > 1 ? String(filters.page) : null,
    ...overrides,
  };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) search.set(key, value);
  return search.toString();
}

export function activeFilterCount(filters: ReviewFilters): number {
  return [filters.intent, filters.outcome, filters.reason, filters.csat, filters.violation, filters.agentId].filter(
    Boolean,
  ).length;
}
