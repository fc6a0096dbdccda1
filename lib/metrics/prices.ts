/**
 * What model tokens cost, for the dashboard's cost per resolution. USD per million tokens, per model id; the
 * defaults are list prices at the time of writing, and TANDEM_MODEL_PRICES (lib/env.ts) overrides or adds models.
 * The local engine runs in-process and costs nothing. Pure, so it is tested without a database.
 */
export type ModelPrice = { input: number; output: number };
export type PriceTable = Record<string, ModelPrice>;

export const DEFAULT_MODEL_PRICES: PriceTable = {
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
};

export function priceTable(configured: PriceTable = {}): PriceTable {
  return { ...DEFAULT_MODEL_PRICES, ...configured };
}

export type TokenUse = { engine: string; model: string | null; inputTokens: number; outputTokens: number };

/** USD for some tokens, or null when the model has no price (the dashboard says which models are unpriced). */
export function tokenCost(use: TokenUse, prices: PriceTable): number | null {
  if (use.engine === "local") return 0;
  const price = use.model ? prices[use.model] : undefined;
  if (!price) return use.inputTokens + use.outputTokens === 0 ? 0 : null;
  return (use.inputTokens * price.input + use.outputTokens * price.output) / 1_000_000;
}
