import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { getStaffSession, hasRole, liveStaff, type StaffRole, type StaffSession } from "./session";

/**
 * The one wrapper every staff server action is built from. Each `"use server"` export is a public endpoint, so
 * this checks, in order: the input against its schema, a staff session, that the staff user still exists, is
 * active and holds the role (read from the database, not the 12-hour token: a demoted or disabled user loses access
 * at once), and then runs the handler, which scopes its queries by `ctx.staff`.
 * Results are plain data: `{ ok: true, data }` or `{ ok: false, error }` with a message safe to show.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export type ActionContext = { staff: StaffSession; prisma: PrismaClient };

export class ActionError extends UserFacingError<string> {}

export function staffAction<Schema extends z.ZodType, T>(
  options: { role: StaffRole; input: Schema; name: string },
  handler: (input: z.infer<Schema>, ctx: ActionContext) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    const parsed = options.input.safeParse(raw);
    if (!parsed.success) return failure("invalid_input", "That request was not valid. Reload the page and try again.");
    const session = await getStaffSession();
    if (!session) return failure("unauthenticated", "Your session has ended. Sign in again.");
    const prisma = db();
    const user = await liveStaff(prisma, session);
    if (!user) return failure("unauthenticated", "Your account is not active. Ask an admin.");
    if (!hasRole(user.role, options.role)) return failure("forbidden", "Your role does not allow this.");
    try {
      const data = await handler(parsed.data, { staff: user, prisma });
      return { ok: true, data };
    } catch (error) {
      if (error instanceof UserFacingError) return failure(error.code, error.message);
      log.error("action.failed", { action: options.name, staffId: user.id, error });
      return failure("internal", "Something went wrong on our side. Nothing was changed; please try again.");
    }
  };
}

function failure(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}
