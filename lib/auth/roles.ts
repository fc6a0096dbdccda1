/**
 * Staff roles and what they imply. No `server-only` and no next-auth import: the workspace's command modules and
 * their tests use these without a request.
 */
export type StaffRole = "agent" | "supervisor" | "admin";
export type StaffSession = { id: string; email: string; name: string; role: StaffRole };

const RANK: Record<StaffRole, number> = { agent: 1, supervisor: 2, admin: 3 };

/** Supervisors can do what agents can, admins what supervisors can. */
export function hasRole(actual: StaffRole, required: StaffRole): boolean {
  return RANK[actual] >= RANK[required];
}
