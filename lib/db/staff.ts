import "server-only";
import type { Db } from "./types";

/* Staff accounts as sign-in and the staff guard (lib/auth/require-staff.ts) read them. */

/** The staff user as the database has them now, or null when the row is gone or inactive. */
export async function findActiveStaff(prisma: Db, id: string) {
  const user = await prisma.staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function findStaffByEmail(prisma: Db, email: string) {
  return prisma.staffUser.findUnique({ where: { email } });
}

export async function markStaffSeen(prisma: Db, id: string, at = new Date()): Promise<void> {
  await prisma.staffUser.update({ where: { id }, data: { lastSeenAt: at } });
}

/** How many staff accounts have an email outside `emails`. */
export function countStaffOutside(prisma: Db, emails: string[]): Promise<number> {
  return prisma.staffUser.count({ where: { email: { notIn: emails } } });
}
