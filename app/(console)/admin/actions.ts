"use server";

import { staffAction } from "@/lib/auth/action";
import { activeChangeSchema, changeRole, roleChangeSchema, setActive } from "@/lib/governance/staff";

/** Admin-only server actions on staff accounts; the lockout rules live in lib/governance/staff.ts. */

export const changeRoleAction = staffAction(
  { role: "admin", input: roleChangeSchema, name: "admin.change_role" },
  (input, { staff, prisma }) => changeRole(prisma, staff, input),
);

export const setActiveAction = staffAction(
  { role: "admin", input: activeChangeSchema, name: "admin.set_active" },
  (input, { staff, prisma }) => setActive(prisma, staff, input),
);
