import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Product names for entity extraction ("the Ridgeline tent" → a product the triage can name). Read once per
 * process and refreshed every few minutes, so a catalog change shows up without a restart.
 */
const REFRESH_MS = 5 * 60_000;
const holder = globalThis as { __tandemCatalog?: { names: string[]; loadedAt: number } };

export async function productNames(prisma: PrismaClient): Promise<string[]> {
  const cached = holder.__tandemCatalog;
  if (cached && Date.now() - cached.loadedAt < REFRESH_MS) return cached.names;
  const rows = await prisma.product.findMany({ where: { active: true }, select: { name: true }, distinct: ["name"], orderBy: { name: "asc" } });
  holder.__tandemCatalog = { names: rows.map((row) => row.name), loadedAt: Date.now() };
  return holder.__tandemCatalog.names;
}
