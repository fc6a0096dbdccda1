import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authOptions } from "./options";
import { hasRole, type StaffRole, type StaffSession } from "./roles";

export { hasRole, type StaffRole, type StaffSession };

/** Who the session token says the caller is. Only a claim: use `currentStaff` before acting on it. */
export async function getStaffSession(): Promise<StaffSession | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? user.email ?? "", role: user.role };
}

/**
 * The staff user as the database has them now, or null. The token lives 12 hours; reading the row means a
 * disabled or demoted user loses access at once, on every page, stream and action.
 */
export async function liveStaff(prisma: PrismaClient, claimed: StaffSession | null): Promise<StaffSession | null> {
  if (!claimed) return null;
  const user = await prisma.staffUser.findUnique({
    where: { id: claimed.id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** The signed-in, active staff user (checked against the database), or null. */
export async function currentStaff(): Promise<StaffSession | null> {
  return liveStaff(db(), await getStaffSession());
}

/** For server components and pages: signed-in, active staff with at least `role`, or a redirect. */
export async function requireStaffPage(role: StaffRole, callbackPath: string): Promise<StaffSession> {
  const staff = await currentStaff();
  if (!staff) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!hasRole(staff.role, role)) redirect("/forbidden");
  return staff;
}
