import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import type { ActionResult } from "./action-result";
import { requireStaff, StaffAccessError } from "./require-staff";
import type { StaffRole, StaffSession } from "./roles";

/**
 * The staff guard's adapter for server actions. Each `"use server"` export is a public endpoint, so this checks,
 * in order: the input against its schema, then `requireStaff` (session, live active row, role), and then runs the
 * handler, which scopes its queries by `ctx.staff`. Results are plain data (ActionResult): a refusal carries a
 * message safe to show; anything unexpected is logged and answered generically.
 */
type ActionContext = { staff: StaffSession; prisma: PrismaClient };

export function staffAction<Schema extends z.ZodType, T>(
  options: { role: StaffRole; input: Schema; name: string },
  handler: (input: z.infer<Schema>, ctx: ActionContext) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    const parsed = options.input.safeParse(raw);
    if (!parsed.success) return failure("invalid_input", "That request was not valid. Reload the page and try again.");
    let staff: StaffSession;
    try {
      staff = await requireStaff(options.role);
    } catch (error) {
      if (error instanceof StaffAccessError) return failure(error.code, error.message);
      throw error;
    }
    try {
      return { ok: true, data: await handler(parsed.data, { staff, prisma: db() }) };
    } catch (error) {
      if (error instanceof UserFacingError) return failure(error.code, error.message);
      log.error("action.failed", { action: options.name, staffId: staff.id, error });
      return failure("internal", "Something went wrong on our side. Nothing was changed; please try again.");
    }
  };
}

function failure(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}
