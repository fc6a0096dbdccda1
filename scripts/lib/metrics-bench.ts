/**
 * The metrics section of `npm run bench`: a fresh database per kind, migrated, filled with N conversations by
 * scripts/lib/metrics-data.ts, then every query the supervisor dashboard runs (lib/metrics/dashboard.ts) timed
 * over two ranges: the last 30 days and the whole 90 days of data (every conversation in range). Prints p50/p95
 * per query against the 300 ms budget and writes bench-results/metrics-<timestamp>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAdapter, type DatabaseTarget } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dashboardQueries } from "@/lib/metrics/dashboard";
import { priceTable } from "@/lib/metrics/prices";
import { refreshRollups } from "@/lib/metrics/rollup";
import { startThrowawayPostgres } from "@/test/support/postgres";
import { generateMetricsData } from "./metrics-data";

export const BUDGET_MS = 300;
const DAY = 86_400_000;

export type QueryTiming = {
  query: string;
  range: string;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  withinBudget: boolean;
};
export type MetricsBenchResult = {
  database: string;
  conversations: number;
  generated: Record<string, number>;
  generateSeconds: number;
  /** The roll-up built from nothing, then refreshed after CHANGED conversations changed (what a dashboard load pays). */
  rollup: { fullMs: number; incrementalMs: number; changed: number };
  timings: QueryTiming[];
};

const CHANGED = 500;

export async function runMetricsBench(options: {
  kinds: string[];
  conversations: number;
  iterations: number;
}): Promise<MetricsBenchResult[]> {
  const results: MetricsBenchResult[] = [];
  for (const kind of options.kinds) {
    const { target, cleanup } = await freshDatabase(kind);
    try {
      console.log(`\n${kind}: migrating a fresh database …`);
      await applyMigrations(target);
      const handle = createAdapter(target);
      const prisma = new PrismaClient({ adapter: handle.adapter });
      try {
        const now = new Date();
        console.log(`${kind}: generating ${options.conversations.toLocaleString("en-US")} conversations …`);
        const started = performance.now();
        const generated = await generateMetricsData(prisma, { conversations: options.conversations, days: 90, now });
        const generateSeconds = (performance.now() - started) / 1000;
        console.log(`${kind}: ${describe(generated)} in ${generateSeconds.toFixed(1)} s`);
        const full = await refreshRollups(prisma, { full: true });
        await prisma.$executeRawUnsafe(
          `UPDATE "Conversation" SET "updatedAt" = now() WHERE id IN (SELECT id FROM "Conversation" ORDER BY "createdAt" DESC LIMIT ${CHANGED})`,
        );
        const incremental = await refreshRollups(prisma);
        const rollup = {
          fullMs: round(full.ms),
          incrementalMs: round(incremental.ms),
          changed: incremental.conversations,
        };
        console.log(
          `${kind}: roll-up built in ${rollup.fullMs} ms; refreshed after ${CHANGED} changed conversations in ${rollup.incrementalMs} ms`,
        );
        const timings: QueryTiming[] = [];
        for (const days of [30, 90]) {
          const range = { from: new Date(now.getTime() - days * DAY), to: new Date(now.getTime() + 1000), now };
          const queries = dashboardQueries(prisma, range, { prices: priceTable(), lowRetrievalConfidence: 0.35 });
          for (const [name, run] of Object.entries(queries))
            timings.push(await time(name, `${days} days`, run, options.iterations));
        }
        results.push({
          database: kind,
          conversations: options.conversations,
          generated,
          generateSeconds,
          rollup,
          timings,
        });
        printTimings(kind, timings);
      } finally {
        await prisma.$disconnect();
        await handle.close();
      }
    } finally {
      await cleanup();
    }
  }
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `metrics-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, node: process.version },
        budgetMs: BUDGET_MS,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${file}`);
  return results;
}

async function freshDatabase(kind: string): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  if (kind === "postgres") {
    if (process.env.DATABASE_URL) {
      console.warn(
        "DATABASE_URL is set, but the metrics benchmark needs an empty database: using a throwaway server instead.",
      );
    }
    const pg = await startThrowawayPostgres();
    return { target: { kind: "postgres", url: pg.url }, cleanup: () => pg.stop() };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "tandem-metrics-bench-"));
  return {
    target: { kind: "pglite", dataDir },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function time(
  query: string,
  range: string,
  run: () => Promise<unknown>,
  iterations: number,
): Promise<QueryTiming> {
  await run(); // warm-up: plan caches and pages in memory, as on a dashboard that is in use
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) => round(samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0);
  const p95 = pick(0.95);
  return {
    query,
    range,
    p50: pick(0.5),
    p95,
    max: round(samples.at(-1) ?? 0),
    runs: samples.length,
    withinBudget: p95 <= BUDGET_MS,
  };
}

function printTimings(kind: string, timings: QueryTiming[]) {
  console.log(`\n${kind}: dashboard queries (ms, budget ${BUDGET_MS} ms at p95)`);
  console.log(
    `  ${"query".padEnd(12)} ${"range".padEnd(8)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}`,
  );
  for (const t of timings) {
    const flag = t.withinBudget ? "" : "  OVER BUDGET";
    console.log(
      `  ${t.query.padEnd(12)} ${t.range.padEnd(8)} ${t.p50.toFixed(1).padStart(7)} ${t.p95.toFixed(1).padStart(7)} ${t.max.toFixed(1).padStart(7)}${flag}`,
    );
  }
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `${count.toLocaleString("en-US")} ${name}`)
    .join(", ");
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
