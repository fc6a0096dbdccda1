import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Failed sign-ins are counted from the audit log, so the limit holds across app instances and restarts.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 5;

export async function isSignInLocked(prisma: PrismaClient, email: string, now = new Date()): Promise<boolean> {
  const failures = await prisma.auditEvent.count({
    where: {
      action: "auth.sign_in_failed",
      target: email,
      createdAt: { gte: new Date(now.getTime() - SIGN_IN_WINDOW_MS) },
    },
  });
  return failures >= SIGN_IN_MAX_FAILURES;
}
