import type { DefaultSession } from "next-auth";

type StaffRole = "agent" | "supervisor" | "admin";

declare module "next-auth" {
  interface User {
    role: StaffRole;
  }
  interface Session {
    user: DefaultSession["user"] & { id: string; role: StaffRole };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: StaffRole;
  }
}
