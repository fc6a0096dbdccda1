import "server-only";
import { singleton } from "@/lib/singleton";
import type { CommerceStore } from "./store";

/**
 * Product names for entity extraction ("the Ridgeline tent" → a product the triage can name). Read once per
 * process and refreshed every few minutes, so a catalog change shows up without a restart.
 */
const REFRESH_MS = 5 * 60_000;

export async function productNames(store: Pick<CommerceStore, "productNames">): Promise<string[]> {
  const cache = singleton("productNames", () => ({ names: [] as string[], loadedAt: Number.NEGATIVE_INFINITY }));
  if (Date.now() - cache.loadedAt < REFRESH_MS) return cache.names;
  cache.names = await store.productNames();
  cache.loadedAt = Date.now();
  return cache.names;
}
