import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import { findStaffAccess, listStaffAccounts, lockActiveAdmins, updateStaffAccess } from "@/lib/db/governance";
import { transaction } from "@/lib/db/transaction";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

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

export function listStaff(prisma: PrismaClient) {
  return listStaffAccounts(prisma);
}

export async function changeRole(
  prisma: PrismaClient,
  admin: Admin,
  input: z.infer<typeof roleChangeSchema>,
): Promise<{ changed: boolean }> {
  return transaction(prisma, async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const user = await findStaffAccess(tx, input.userId);
    if (!user) throw new StaffChangeError("not_found", "That staff account no longer exists.");
    if (user.role === input.role) return { changed: false };
    if (input.userId === admin.id)
      throw new StaffChangeError("self", "You can't change your own role. Ask another admin.");
    if (user.role === "admin" && user.active && admins.length <= 1) {
      throw new StaffChangeError("last_admin", "This is the last active admin. Make someone else an admin first.");
    }
    await updateStaffAccess(tx, input.userId, { role: input.role });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: admin.id,
      action: "staff.role_changed",
      target: `staff:${input.userId}`,
      details: { from: user.role, to: input.role },
    });
    return { changed: true };
  });
}

export async function setActive(
  prisma: PrismaClient,
  admin: Admin,
  input: z.infer<typeof activeChangeSchema>,
): Promise<{ changed: boolean }> {
  return transaction(prisma, async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const user = await findStaffAccess(tx, input.userId);
    if (!user) throw new StaffChangeError("not_found", "That staff account no longer exists.");
    if (user.active === input.active) return { changed: false };
    if (input.userId === admin.id)
      throw new StaffChangeError("self", "You can't deactivate your own account. Ask another admin.");
    if (!input.active && user.role === "admin" && admins.length <= 1) {
      throw new StaffChangeError("last_admin", "This is the last active admin. Make someone else an admin first.");
    }
    await updateStaffAccess(tx, input.userId, { active: input.active });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: admin.id,
      action: input.active ? "staff.activated" : "staff.deactivated",
      target: `staff:${input.userId}`,
    });
    return { changed: true };
  });
}
