import "server-only";
import { singleton } from "@/lib/singleton";
import type { Db } from "./types";

/**
 * Product names for entity extraction ("the Ridgeline tent" → a product the triage can name). Read once per
 * process and refreshed every few minutes, so a catalog change shows up without a restart.
 */
const REFRESH_MS = 5 * 60_000;

export async function productNames(prisma: Db): Promise<string[]> {
  const cache = singleton("productNames", () => ({ names: [] as string[], loadedAt: Number.NEGATIVE_INFINITY }));
  if (Date.now() - cache.loadedAt < REFRESH_MS) return cache.names;
  const rows = await prisma.product.findMany({
    where: { active: true },
    select: { name: true },
    distinct: ["name"],
    orderBy: { name: "asc" },
  });
  cache.names = rows.map((row) => row.name);
  cache.loadedAt = Date.now();
  return cache.names;
}
