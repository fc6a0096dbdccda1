import { parseRange, type RangeSelection } from "@/lib/metrics/range";

/**
 * The audit log's filters from the URL: time range, actor (a staff id, or the AI, customers, the system), action
 * (exact, or a family such as `tool.`), and target text (an order number, a conversation id). Pure.
 */
export const ACTOR_KINDS = ["ai", "customer", "system", "staff"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export type AuditFilters = {
  range: RangeSelection;
  actorKind: ActorKind | null;
  actorId: string | null;
  action: string | null;
  target: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseAuditFilters(params: Params, now: Date = new Date()): AuditFilters {
  const actor = first(params.actor) ?? "";
  const action = first(params.action) ?? "";
  const target = (first(params.target) ?? "").trim();
  const page = Number(first(params.page));
  const kind = (ACTOR_KINDS as readonly string[]).includes(actor) ? (actor as ActorKind) : null;
  return {
    range: parseRange({ from: params.from, to: params.to, days: params.days ?? "7" }, now),
    actorKind: kind,
    actorId: !kind && /^[A-Za-z0-9-]{1,64}$/.test(actor) ? actor : null,
    action: /^[a-z_.]{2,60}$/.test(action) ? action : null,
    target: target && target.length <= 100 ? target : null,
    page: Number.isInteger(page) && page > 1 ? Math.min(page, 1000) : 1,
  };
}

export function auditQuery(filters: AuditFilters, overrides: Record<string, string | null> = {}): string {
  const { range } = filters;
  const values: Record<string, string | null> = {
    ...(range.days !== null ? { days: String(range.days) } : { from: range.fromDay, to: range.toDay }),
    actor: filters.actorKind ?? filters.actorId,
    action: filters.action,
    target: filters.target,
    page: filters.page > 1 ? String(filters.page) : null,
    ...overrides,
  };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) search.set(key, value);
  return search.toString();
}
