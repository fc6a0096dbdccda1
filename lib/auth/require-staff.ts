import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { findActiveStaff } from "@/lib/db/staff";
import { UserFacingError } from "@/lib/errors";
import { hasRole, type StaffRole, type StaffSession } from "./roles";
import { getStaffSession } from "./session";

/**
 * The one staff guard. Every page, route and server action that staff use goes through `requireStaff`, in one of
 * the adapters below. It checks a session, then the staff row as the database has it now (the token lives 12
 * hours: a disabled or demoted user loses access at once), then the role ranking of lib/auth/roles.ts.
 */
type Refusal = "signed_out" | "inactive" | "forbidden";

const REFUSALS = {
  signed_out: { code: "unauthenticated", status: 401, message: "Your session has ended. Sign in again." },
  inactive: { code: "unauthenticated", status: 401, message: "Your account is not active. Ask an admin." },
  forbidden: { code: "forbidden", status: 403, message: "Your role does not allow this." },
} as const;

/** Why the guard refused; `code`, `status` and `message` are what a caller may pass on. */
export class StaffAccessError extends UserFacingError<"unauthenticated" | "forbidden"> {
  constructor(readonly refusal: Refusal) {
    const { code, message, status } = REFUSALS[refusal];
    super(code, message, status);
    this.name = "StaffAccessError";
  }
}

/** The signed-in, active staff member holding at least `role`, or a StaffAccessError. */
export async function requireStaff(role: StaffRole): Promise<StaffSession> {
  const claimed = await getStaffSession();
  if (!claimed) throw new StaffAccessError("signed_out");
  const staff = await findActiveStaff(db(), claimed.id);
  if (!staff) throw new StaffAccessError("inactive");
  if (!hasRole(staff.role, role)) throw new StaffAccessError("forbidden");
  return staff;
}

/** The guard's answer as a value, for adapters that turn a refusal into their own kind of reply. */
async function checkStaff(role: StaffRole): Promise<StaffSession | StaffAccessError> {
  try {
    return await requireStaff(role);
  } catch (error) {
    if (error instanceof StaffAccessError) return error;
    throw error;
  }
}

/** For pages and layouts: the staff member, or a redirect to sign-in (back to `callbackPath`) or to /forbidden. */
export async function requireStaffPage(role: StaffRole, callbackPath: string): Promise<StaffSession> {
  const staff = await checkStaff(role);
  if (!(staff instanceof StaffAccessError)) return staff;
  if (staff.code === "forbidden") redirect("/forbidden");
  redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
}

type RouteMessages = { unauthenticated: string; forbidden: string };

/**
 * For route handlers: runs `handler` for the staff member, or answers 401/403 with
 * `{ error: { code, message } }`, the message the route chose (a download says "Sign in to export.").
 */
export function staffRoute<Args extends unknown[]>(
  options: { role: StaffRole; messages?: Partial<RouteMessages> },
  handler: (staff: StaffSession, ...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    const staff = await checkStaff(options.role);
    if (!(staff instanceof StaffAccessError)) return handler(staff, ...args);
    const message = options.messages?.[staff.code] ?? staff.message;
    return Response.json({ error: { code: staff.code, message } }, { status: staff.status });
  };
}
