import "server-only";
import { policyVersionUsage } from "@/lib/db/governance";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Which policy versions the AI answered with recently, from the turn traces (each records its version). */
export async function recentPolicyVersions(prisma: PrismaClient, since: Date) {
  const rows = await policyVersionUsage(prisma, since);
  return rows.map((r) => ({
    version: r.policyVersion,
    turns: r._count._all,
    first: r._min.createdAt?.toISOString() ?? null,
    last: r._max.createdAt?.toISOString() ?? null,
  }));
}
