import type { StaffRole } from "./roles";

/**
 * The staff accounts of a demo install; the README lists them. Plain data, free of `server-only`: the seed and the
 * end-to-end tests' server set-up read it outside Next.js. Their passwords are public: demo use only.
 */
export const DEMO_STAFF = [
  { email: "ana@tandem.test", name: "Ana Lima", role: "agent", password: "agent-demo-1" },
  { email: "ben@tandem.test", name: "Ben Okafor", role: "agent", password: "agent-demo-2" },
  { email: "sam@tandem.test", name: "Sam Patel", role: "supervisor", password: "supervisor-demo" },
  { email: "ada@tandem.test", name: "Ada Novak", role: "admin", password: "admin-demo" },
] as const satisfies ReadonlyArray<{ email: string; name: string; role: StaffRole; password: string }>;
