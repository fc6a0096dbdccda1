import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import { UserFacingError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Staff accounts and roles, for admins. Role changes and (de)activation are audited, take effect at once (every
 * server action re-reads the role from the database, lib/auth/action.ts), and never lock the installation out: an
 * admin cannot demote or deactivate themselves, and the last active admin stays an active admin.
 *
 * That last rule reads several rows and writes one, so on PostgreSQL two admins demoting each other at once (on two
 * instances) could each see the other still there and leave none. Every change therefore starts by locking the
 * active admins' rows (SELECT … FOR UPDATE, always in id order): the second change waits for the first to commit,
 * then sees what it left.
 */
export const ROLES = ["agent", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export class StaffChangeError extends UserFacingError<"not_found" | "self" | "last_admin"> {}

export const roleChangeSchema = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });
export const activeChangeSchema = z.object({ userId: z.string().min(1).max(64), active: z.boolean() });

export type Admin = { id: string };

/** Locks the rows of the active admins until the transaction ends and returns their ids. */
async function lockActiveAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "StaffUser" WHERE "role" = 'admin' AND "active" = true ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}

export function listStaff(prisma: PrismaClient) {
  return prisma.staffUser.findMany({
    orderBy: [{ active: "desc" }, { role: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true, lastSeenAt: true },
  });
}

export async function changeRole(prisma: PrismaClient, admin: Admin, input: z.infer<typeof roleChangeSchema>): Promise<{ changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const user = await tx.staffUser.findUnique({ where: { id: input.userId }, select: { role: true, active: true } });
    if (!user) throw new StaffChangeError("not_found", "That staff account no longer exists.");
    if (user.role === input.role) return { changed: false };
    if (input.userId === admin.id) throw new StaffChangeError("self", "You can't change your own role. Ask another admin.");
    if (user.role === "admin" && user.active && admins.length <= 1) {
      throw new StaffChangeError("last_admin", "This is the last active admin. Make someone else an admin first.");
    }
    await tx.staffUser.update({ where: { id: input.userId }, data: { role: input.role } });
    await recordAudit(tx, { actorType: "staff", actorId: admin.id, action: "staff.role_changed", target: `staff:${input.userId}`, details: { from: user.role, to: input.role } });
    return { changed: true };
  });
}

export async function setActive(prisma: PrismaClient, admin: Admin, input: z.infer<typeof activeChangeSchema>): Promise<{ changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const user = await tx.staffUser.findUnique({ where: { id: input.userId }, select: { role: true, active: true } });
    if (!user) throw new StaffChangeError("not_found", "That staff account no longer exists.");
    if (user.active === input.active) return { changed: false };
    if (input.userId === admin.id) throw new StaffChangeError("self", "You can't deactivate your own account. Ask another admin.");
    if (!input.active && user.role === "admin" && admins.length <= 1) {
      throw new StaffChangeError("last_admin", "This is the last active admin. Make someone else an admin first.");
    }
    await tx.staffUser.update({ where: { id: input.userId }, data: { active: input.active } });
    await recordAudit(tx, { actorType: "staff", actorId: admin.id, action: input.active ? "staff.activated" : "staff.deactivated", target: `staff:${input.userId}` });
    return { changed: true };
  });
}
