import "server-only";
import { escalationRows } from "@/lib/db/metrics";
import type { Db } from "@/lib/db/types";
import type { MetricsRange } from "./range";
import { num, ratio } from "./sql";

/**
 * Escalation rate by intent and by reason, and how often the people who took a handoff judged it needed, in one
 * query with grouping sets over the conversations started in the range.
 */
export type EscalationByIntent = { intent: string; total: number; escalated: number; rate: number | null };
export type EscalationByReason = {
  reason: string;
  count: number;
  needed: number;
  notNeeded: number;
  appropriateness: number | null;
};
export type Escalations = {
  total: number;
  escalated: number;
  rate: number | null;
  needed: number;
  notNeeded: number;
  appropriateness: number | null;
  byIntent: EscalationByIntent[];
  byReason: EscalationByReason[];
};

export async function escalationMetrics(prisma: Db, range: MetricsRange): Promise<Escalations> {
  const rows = await escalationRows(prisma, range);

  const result: Escalations = {
    total: 0,
    escalated: 0,
    rate: null,
    needed: 0,
    notNeeded: 0,
    appropriateness: null,
    byIntent: [],
    byReason: [],
  };
  for (const row of rows) {
    const total = num(row.total);
    const escalated = num(row.escalated);
    const needed = num(row.needed);
    const notNeeded = num(row.not_needed);
    if (num(row.gi) === 1 && num(row.gr) === 1) {
      Object.assign(result, {
        total,
        escalated,
        rate: ratio(escalated, total),
        needed,
        notNeeded,
        appropriateness: ratio(needed, needed + notNeeded),
      });
    } else if (num(row.gi) === 0) {
      result.byIntent.push({ intent: row.intent ?? "unknown", total, escalated, rate: ratio(escalated, total) });
    } else if (row.reason !== null) {
      result.byReason.push({
        reason: row.reason,
        count: escalated,
        needed,
        notNeeded,
        appropriateness: ratio(needed, needed + notNeeded),
      });
    }
  }
  result.byIntent.sort((a, b) => b.escalated - a.escalated || b.total - a.total || a.intent.localeCompare(b.intent));
  result.byReason.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return result;
}
