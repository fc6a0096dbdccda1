import "server-only";
import { tokenUsageRows } from "@/lib/db/metrics";
import type { Db } from "@/lib/db/types";
import { type PathKey, PATHS } from "./definitions";
import { type PriceTable, tokenCost } from "./prices";
import type { MetricsRange } from "./range";
import { num } from "./sql";

/**
 * Tokens and their cost for the AI turns of the conversations started in the range, per model (for the price) and
 * per path (for cost per resolution by path). One aggregate query over the roll-up, where a conversation's model is
 * the one that spent its tokens (none: the local engine answered); prices are applied here.
 */
export type ModelUsage = {
  engine: string;
  model: string | null;
  turns: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number | null;
};
export type PathCost = { turns: number; tokens: number; costUsd: number };
export type CostMetrics = {
  turns: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Models with tokens but no configured price: their cost is left out of costUsd. */
  unpricedModels: string[];
  byModel: ModelUsage[];
  byPath: Record<PathKey, PathCost>;
};

export async function costMetrics(prisma: Db, range: MetricsRange, prices: PriceTable): Promise<CostMetrics> {
  const rows = await tokenUsageRows(prisma, range);

  const byPath = Object.fromEntries(PATHS.map((path) => [path, { turns: 0, tokens: 0, costUsd: 0 }])) as Record<
    PathKey,
    PathCost
  >;
  const models = new Map<string, ModelUsage>();
  const unpriced = new Set<string>();
  for (const row of rows) {
    const use = { engine: row.engine, model: row.model, inputTokens: num(row.input), outputTokens: num(row.output) };
    const cost = tokenCost(use, prices);
    if (cost === null) unpriced.add(row.model ?? row.engine);
    const key = `${row.engine}\u0000${row.model ?? ""}`;
    const model = models.get(key) ?? {
      engine: row.engine,
      model: row.model,
      turns: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    };
    model.turns += num(row.turns);
    model.inputTokens += use.inputTokens;
    model.outputTokens += use.outputTokens;
    model.costUsd = cost === null || model.costUsd === null ? null : model.costUsd + cost;
    models.set(key, model);
    const path = byPath[row.path as PathKey];
    if (path) {
      path.turns += num(row.turns);
      path.tokens += use.inputTokens + use.outputTokens;
      path.costUsd += cost ?? 0;
    }
  }
  const byModel = [...models.values()].sort(
    (a, b) => b.inputTokens + b.outputTokens - (a.inputTokens + a.outputTokens) || b.turns - a.turns,
  );
  return {
    turns: byModel.reduce((sum, m) => sum + m.turns, 0),
    inputTokens: byModel.reduce((sum, m) => sum + m.inputTokens, 0),
    outputTokens: byModel.reduce((sum, m) => sum + m.outputTokens, 0),
    costUsd: byModel.reduce((sum, m) => sum + (m.costUsd ?? 0), 0),
    unpricedModels: [...unpriced].sort(),
    byModel,
    byPath,
  };
}
