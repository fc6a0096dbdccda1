import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createMemoryDatabase } from "@/lib/db/memory";
import type { Engine } from "@/lib/engines/types";
import type { PolicySet } from "@/lib/policy/load";
import { parseScenario } from "./scenarios";
import { simulateScenario } from "./simulate";
import { buildTauCases, sampleCases } from "./tau";
import { checkTauCase } from "./tau-check";
import { formatTau, summarizeTau, type TauFigures, type TauResult } from "./tau-figures";
import { CONFIRMATION_EXEMPT, type TauData, type TauSplit, type TauTask } from "./tau-types";

/**
 * `npm run eval -- --tau DIR`: reads tau-bench retail's users, orders, products and the dev and train tasks in
 * place (nothing is copied into the repository), turns every gold write action Tandem has a tool for into a
 * conversation and a wrong-state variant (lib/eval/tau.ts), runs them all through the whole pipeline on one
 * reused in-memory database, as `npm run simulate` does, and checks each.
 */
export type TauRunOptions = {
  policySet?: PolicySet;
  engine?: Engine;
  /** Run a sample of about N conversations: every dev case, and train actions evenly spread (both variants of each). */
  limit?: number;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

export type TauLoad = { ok: true; data: TauData; missingSplits: TauSplit[] } | { ok: false; missing: string[] };

export function readTauData(dir: string): TauLoad {
  const file = (name: string) => path.join(dir, name);
  const missing = ["users.json", "orders.json", "products.json"].filter((name) => !existsSync(file(name)));
  const splits = (["dev", "train"] as const).filter((split) => existsSync(file(`tasks_${split}.json`)));
  if (missing.length || splits.length === 0)
    return { ok: false, missing: [...missing, ...(splits.length ? [] : ["tasks_dev.json", "tasks_train.json"])] };
  const read = (name: string) => JSON.parse(readFileSync(file(name), "utf8")) as unknown;
  const tasks: TauData["tasks"] = {};
  for (const split of splits) tasks[split] = read(`tasks_${split}.json`) as TauTask[];
  return {
    ok: true,
    data: {
      users: read("users.json") as TauData["users"],
      orders: read("orders.json") as TauData["orders"],
      products: read("products.json") as TauData["products"],
      tasks,
    },
    missingSplits: (["dev", "train"] as const).filter((split) => !splits.includes(split)),
  };
}

export async function evaluateTau(
  dir: string,
  options: TauRunOptions = {},
): Promise<TauFigures | { dir: string; missing: string[] }> {
  const loaded = readTauData(dir);
  if (!loaded.ok) return { dir, missing: loaded.missing };
  const { cases, coverage } = buildTauCases(loaded.data);
  const exempt = new Set(options.policySet?.policy.tools.confirmation_exempt ?? CONFIRMATION_EXEMPT);
  const selected = options.limit !== undefined ? sampleCases(cases, options.limit) : cases;
  const database = await createMemoryDatabase();
  const results: TauResult[] = [];
  const durations: number[] = [];
  try {
    for (const [index, tauCase] of selected.entries()) {
      const started = performance.now();
      const base = {
        id: tauCase.id,
        split: tauCase.split,
        action: tauCase.action,
        kind: tauCase.kind,
        turns: tauCase.scenario.turns,
      };
      const parsed = parseScenario(tauCase.scenario);
      if (!parsed.ok) {
        results.push({
          ...base,
          verdict: { ok: false, cause: "fixture_invalid", detail: parsed.error, unconfirmedWrites: 0 },
        });
        continue;
      }
      try {
        const run = await simulateScenario(parsed.scenario, {
          database,
          ...(options.policySet ? { policySet: options.policySet } : {}),
          ...(options.engine ? { engine: options.engine } : {}),
          ...(options.now ? { now: options.now } : {}),
        });
        results.push({ ...base, verdict: checkTauCase(tauCase, run, exempt) });
      } catch (error) {
        results.push({
          ...base,
          verdict: {
            ok: false,
            cause: "simulation_error",
            detail: error instanceof Error ? error.message : String(error),
            unconfirmedWrites: 0,
          },
        });
      }
      durations.push(performance.now() - started);
      options.onProgress?.(index + 1, selected.length);
    }
  } finally {
    await database.close();
  }
  return summarizeTau(results, {
    dir,
    coverage,
    durationsMs: durations,
    missingSplits: loaded.missingSplits,
    sampled: selected.length < cases.length,
  });
}

/**
 * What `npm run eval -- --tau DIR [--tau-limit N]` runs: prints the report (lib/eval/tau-figures.ts formatTau), or says
 * plainly that the folder or its files are absent (exit code 2, like a missing --public folder).
 */
export async function reportTau(
  dirArg: string,
  options: TauRunOptions = {},
): Promise<{ figures: TauFigures | null; exitCode: number }> {
  const dir = path.resolve(dirArg);
  if (!existsSync(dir)) {
    console.log(`\n== tau-bench retail: ${dir} does not exist, so nothing was measured ==`);
    console.log(
      "The tau-bench data lives outside the repository (../shared/eval/tau_bench_retail in the team's workspace).",
    );
    return { figures: null, exitCode: 2 };
  }
  const progress = (done: number, total: number) => {
    if (done % 100 === 0 || done === total) process.stderr.write(`tau: ${done}/${total} conversations\n`);
  };
  const result = await evaluateTau(dir, { onProgress: progress, ...options });
  if ("missing" in result) {
    console.log(
      `\n== tau-bench retail: ${result.missing.join(", ")} not found under ${dir}, so nothing was measured ==`,
    );
    return { figures: null, exitCode: 2 };
  }
  console.log(formatTau(result));
  return { figures: result, exitCode: 0 };
}
