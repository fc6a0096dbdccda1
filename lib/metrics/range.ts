/**
 * The dashboard's date range: whole UTC days, `from` inclusive and `to` exclusive, plus the clock that decides
 * which resolutions have had their seven days. Pure (no database), so the page, the CSV export and the tests share
 * it. A range is chosen in the URL (`?days=30`, or `?from=2026-10-01&to=2026-10-31` with `to` inclusive).
 */
export type MetricsRange = { from: Date; to: Date; now: Date };

export type RangeSelection = MetricsRange & {
  /** Inclusive calendar days, as the date inputs show them. */
  fromDay: string;
  toDay: string;
  /** The preset in use, or null for custom dates. */
  days: number | null;
  label: string;
};

export const RANGE_PRESETS = [7, 30, 60, 90] as const;
export const DEFAULT_DAYS = 30;
/** A range longer than this is cut: the dashboard is for recent weeks, not for scanning years. */
export const MAX_RANGE_DAYS = 366;

const DAY = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(value: string | undefined): Date | null {
  if (!value || !DAY_PATTERN.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || toDay(date) !== value ? null : date;
}

type Params = { from?: string | string[]; to?: string | string[]; days?: string | string[] };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Anything unparseable falls back to the last 30 days: a bad link still opens a useful dashboard. */
export function parseRange(params: Params, now: Date = new Date()): RangeSelection {
  const today = startOfUtcDay(now);
  const fromDay = parseDay(first(params.from));
  const toDayInclusive = parseDay(first(params.to));
  if (fromDay && toDayInclusive && fromDay <= toDayInclusive) {
    const to = new Date(toDayInclusive.getTime() + DAY);
    const from = new Date(Math.max(fromDay.getTime(), to.getTime() - MAX_RANGE_DAYS * DAY));
    return {
      from,
      to,
      now,
      fromDay: toDay(from),
      toDay: toDay(toDayInclusive),
      days: null,
      label: `${toDay(from)} to ${toDay(toDayInclusive)}`,
    };
  }
  const requested = Number(first(params.days));
  const days = RANGE_PRESETS.includes(requested as (typeof RANGE_PRESETS)[number]) ? requested : DEFAULT_DAYS;
  const to = new Date(today.getTime() + DAY);
  const from = new Date(to.getTime() - days * DAY);
  return { from, to, now, fromDay: toDay(from), toDay: toDay(today), days, label: `Last ${days} days` };
}

/** The same range as URL parameters, for links that keep it (review, export). */
export function rangeQuery(range: Pick<RangeSelection, "days" | "fromDay" | "toDay">): Record<string, string> {
  return range.days !== null ? { days: String(range.days) } : { from: range.fromDay, to: range.toDay };
}
