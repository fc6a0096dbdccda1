import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "./types";

/**
 * Queries for administration (lib/governance): staff accounts and their roles, and which policy versions the AI
 * answered with. The rules (who may change what) are the service's.
 */

/** Locks the rows of the active admins until the transaction ends and returns their ids, always in id order. */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "StaffUser" WHERE "role" = 'admin' AND "active" = true ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Every staff account: active first, then by role (admins first) and name. */
export function listStaffAccounts(prisma: Db) {
  return prisma.staffUser.findMany({
    orderBy: [{ active: "desc" }, { role: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true, lastSeenAt: true },
  });
}

export function findStaffAccess(prisma: Db, staffId: string) {
  return prisma.staffUser.findUnique({ where: { id: staffId }, select: { role: true, active: true } });
}

export async function updateStaffAccess(
  prisma: Db,
  staffId: string,
  data: Pick<Prisma.StaffUserUpdateInput, "role" | "active">,
): Promise<void> {
  await prisma.staffUser.update({ where: { id: staffId }, data });
}

/** Turns per policy version since `since`, with the first and last turn of each; the ten most recently used. */
export function policyVersionUsage(prisma: Db, since: Date) {
  return prisma.turnTrace.groupBy({
    by: ["policyVersion"],
    where: { createdAt: { gte: since } },
    _count: { _all: true },
    _min: { createdAt: true },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    take: 10,
  });
}
