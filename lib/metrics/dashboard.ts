import "server-only";
import type { Db } from "@/lib/db/types";
import { type CostMetrics, costMetrics } from "./cost";
import { type Escalations, escalationMetrics } from "./escalations";
import { type DailyVolume, dailyVolume, type Outcomes, outcomeMetrics } from "./outcomes";
import type { PriceTable } from "./prices";
import { type QaSummary, qaSummary } from "./qa";
import {
  type KnowledgeGap,
  knowledgeGaps,
  type Overrides,
  overrideMetrics,
  type ViolationCount,
  violationMetrics,
} from "./quality";
import type { MetricsRange } from "./range";

/**
 * Every figure of the supervisor dashboard for one range. Each comes from its own aggregate query (see the
 * modules imported here, and `npm run bench -- --suite metrics` for their timings at 100k conversations).
 */
export type Dashboard = {
  outcomes: Outcomes;
  daily: DailyVolume[];
  escalations: Escalations;
  overrides: Overrides;
  cost: CostMetrics;
  violations: ViolationCount[];
  gaps: KnowledgeGap[];
  qa: QaSummary;
};

export type DashboardOptions = { prices: PriceTable; lowRetrievalConfidence: number };

/** The queries by name, so the benchmark times exactly what the page runs. */
export function dashboardQueries(prisma: Db, range: MetricsRange, options: DashboardOptions) {
  return {
    outcomes: () => outcomeMetrics(prisma, range),
    daily: () => dailyVolume(prisma, range),
    escalations: () => escalationMetrics(prisma, range),
    overrides: () => overrideMetrics(prisma, range),
    cost: () => costMetrics(prisma, range, options.prices),
    violations: () => violationMetrics(prisma, range),
    gaps: () => knowledgeGaps(prisma, range, options.lowRetrievalConfidence),
    qa: () => qaSummary(prisma, range),
  };
}

export async function loadDashboard(prisma: Db, range: MetricsRange, options: DashboardOptions): Promise<Dashboard> {
  const q = dashboardQueries(prisma, range, options);
  const [outcomes, daily, escalations, overrides, cost, violations, gaps, qa] = await Promise.all([
    q.outcomes(),
    q.daily(),
    q.escalations(),
    q.overrides(),
    q.cost(),
    q.violations(),
    q.gaps(),
    q.qa(),
  ]);
  return { outcomes, daily, escalations, overrides, cost, violations, gaps, qa };
}
