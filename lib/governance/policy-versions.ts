import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Which policy versions the AI answered with recently, from the turn traces (each records its version). */
export async function recentPolicyVersions(prisma: PrismaClient, since: Date) {
  const rows = await prisma.turnTrace.groupBy({
    by: ["policyVersion"],
    where: { createdAt: { gte: since } },
    _count: { _all: true },
    _min: { createdAt: true },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    take: 10,
  });
  return rows.map((r) => ({ version: r.policyVersion, turns: r._count._all, first: r._min.createdAt?.toISOString() ?? null, last: r._max.createdAt?.toISOString() ?? null }));
}
