import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

export type StaffRole = "agent" | "supervisor" | "admin";
export type StaffSession = { id: string; email: string; name: string; role: StaffRole };

const RANK: Record<StaffRole, number> = { agent: 1, supervisor: 2, admin: 3 };

/** Supervisors can do what agents can, admins what supervisors can. */
export function hasRole(actual: StaffRole, required: StaffRole): boolean {
  return RANK[actual] >= RANK[required];
}

export async function getStaffSession(): Promise<StaffSession | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? user.email ?? "", role: user.role };
}

/** For server components and pages: signed-in staff with at least `role`, or a redirect. */
export async function requireStaffPage(role: StaffRole, callbackPath: string): Promise<StaffSession> {
  const staff = await getStaffSession();
  if (!staff) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!hasRole(staff.role, role)) redirect("/forbidden");
  return staff;
}
