import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { StaffSession } from "./roles";

/**
 * Who the session token says the caller is. Only a claim, good for choosing what to show (the console frame, the
 * sign-in page); anything that reads or changes data goes through `requireStaff` (lib/auth/require-staff.ts).
 */
export async function getStaffSession(): Promise<StaffSession | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email ?? "", name: user.name ?? user.email ?? "", role: user.role };
}
