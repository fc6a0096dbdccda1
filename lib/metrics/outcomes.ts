import "server-only";
import { dailyVolumeRows, outcomeRows } from "@/lib/db/metrics";
import type { Db } from "@/lib/db/types";
import { PATHS, type PathKey, SATISFIED_FROM } from "./definitions";
import type { MetricsRange } from "./range";
import { maturedBefore, num, numOrNull, ratio } from "./sql";

/**
 * Outcomes of the conversations started in the range, per resolution path and overall, in one query over the
 * roll-up: volume, durable resolutions, re-contacts, first-contact resolution, CSAT, turns and handling times.
 * "Matured" (the 7-day window has passed) depends on the range's clock, so it is decided here, not in the roll-up.
 */
export type OutcomeRow = {
  total: number;
  /** Resolved, not abandoned. */
  resolved: number;
  durable: number;
  recontacted: number;
  /** Resolved less than 7 days ago and not re-contacted yet: not settled. */
  pending: number;
  /** Outcome known: abandoned, re-contacted, or resolved more than 7 days ago. */
  settled: number;
  firstContacts: number;
  firstContactsSettled: number;
  firstContactsDurable: number;
  rated: number;
  csatAvg: number | null;
  satisfied: number;
  turnsAvg: number | null;
  /** Medians in seconds. */
  resolveSeconds: number | null;
  handleSeconds: number | null;
  firstReplySeconds: number | null;
};

export type Outcomes = { overall: OutcomeRow; byPath: Record<PathKey, OutcomeRow> };

type Raw = Record<string, unknown> & { path: string | null; overall: number };

export async function outcomeMetrics(prisma: Db, range: MetricsRange): Promise<Outcomes> {
  const rows: Raw[] = await outcomeRows(prisma, range, {
    maturedBefore: maturedBefore(range),
    satisfiedFrom: SATISFIED_FROM,
  });

  const empty = emptyRow();
  const byPath = Object.fromEntries(PATHS.map((path) => [path, { ...empty }])) as Record<PathKey, OutcomeRow>;
  let overall = { ...empty };
  for (const row of rows) {
    const parsed = toRow(row);
    if (num(row.overall) === 1) overall = parsed;
    else if (row.path && (PATHS as readonly string[]).includes(row.path)) byPath[row.path as PathKey] = parsed;
  }
  return { overall, byPath };
}

function toRow(row: Raw): OutcomeRow {
  return {
    total: num(row.total),
    resolved: num(row.resolved),
    durable: num(row.durable),
    recontacted: num(row.recontacted),
    pending: num(row.pending),
    settled: num(row.settled),
    firstContacts: num(row.first_contacts),
    firstContactsSettled: num(row.first_settled),
    firstContactsDurable: num(row.first_durable),
    rated: num(row.rated),
    csatAvg: numOrNull(row.csat_avg),
    satisfied: num(row.satisfied),
    turnsAvg: numOrNull(row.turns_avg),
    resolveSeconds: numOrNull(row.resolve_s),
    handleSeconds: numOrNull(row.handle_s),
    firstReplySeconds: numOrNull(row.first_reply_s),
  };
}

function emptyRow(): OutcomeRow {
  return {
    total: 0,
    resolved: 0,
    durable: 0,
    recontacted: 0,
    pending: 0,
    settled: 0,
    firstContacts: 0,
    firstContactsSettled: 0,
    firstContactsDurable: 0,
    rated: 0,
    csatAvg: null,
    satisfied: 0,
    turnsAvg: null,
    resolveSeconds: null,
    handleSeconds: null,
    firstReplySeconds: null,
  };
}

/** The headline rates from an outcome row; null when there is nothing to divide by. */
export function outcomeRates(row: OutcomeRow) {
  return {
    durableRate: ratio(row.durable, row.settled),
    recontactRate: ratio(row.recontacted, row.durable + row.recontacted),
    fcrRate: ratio(row.firstContactsDurable, row.firstContactsSettled),
    satisfiedRate: ratio(row.satisfied, row.rated),
  };
}

export type DailyVolume = { day: string } & Record<PathKey, number>;

/** Conversations started per UTC day and path, for the volume chart; days without conversations are filled in. */
export async function dailyVolume(prisma: Db, range: MetricsRange): Promise<DailyVolume[]> {
  const rows = await dailyVolumeRows(prisma, range);
  const days = new Map<string, DailyVolume>();
  for (let t = range.from.getTime(); t < range.to.getTime(); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.set(day, { day, ai_only: 0, ai_then_human: 0, human_only: 0, abandoned: 0, open: 0 });
  }
  for (const row of rows) {
    const day = (row.day instanceof Date ? row.day : new Date(`${String(row.day).replace(" ", "T")}Z`))
      .toISOString()
      .slice(0, 10);
    const entry = days.get(day);
    if (entry && (PATHS as readonly string[]).includes(row.path)) entry[row.path as PathKey] += num(row.n);
  }
  return [...days.values()];
}
