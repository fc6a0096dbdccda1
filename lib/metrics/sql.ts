import { RECONTACT_WINDOW_DAYS } from "./definitions";
import type { MetricsRange } from "./range";

/**
 * What the metric services share. Their queries (lib/db/metrics.ts) read the roll-up (lib/metrics/rollup.ts),
 * which holds one row per counted conversation (the customer wrote to the AI or asked for a person), keyed by when
 * the conversation started; these helpers turn the rows into figures.
 */
const DAY = 86_400_000;

/** Resolutions before this have had their whole re-contact window. */
export function maturedBefore(range: MetricsRange): Date {
  return new Date(range.now.getTime() - RECONTACT_WINDOW_DAYS * DAY);
}

/** Numbers from SQL: counts come back as bigint or numeric depending on the driver; null becomes 0. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "number" ? value : Number(value);
}

export function numOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
