import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * Identity verification's rows: the conversation's verified customer and attempt count, and the VerificationThrottle
 * counters shared across conversations. The limits are lib/tools/verify-identity.ts's VERIFICATION_THROTTLE; each
 * write here is one atomic statement, so concurrent guesses cannot pass them.
 */
export type ThrottleLimits = {
  maxFailures: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
  forgetLocksAfterMs: number;
  handoffWindowMs: number;
};

/** Who the conversation is verified as, if anyone; null when there is no such conversation. */
export function conversationIdentity(prisma: Db, conversationId: string) {
  return prisma.conversation.findUnique({
    where: { id: conversationId },
    select: { customerId: true, verifiedAt: true },
  });
}

export async function conversationExists(prisma: Db, conversationId: string): Promise<boolean> {
  return (await prisma.conversation.count({ where: { id: conversationId } })) > 0;
}

/** The conversation's failed-or-pending attempts; null when there is no such conversation. */
export async function verificationAttempts(prisma: Db, conversationId: string): Promise<number | null> {
  const row = await prisma.conversation.findUnique({
    where: { id: conversationId },
    select: { verificationAttempts: true },
  });
  return row ? row.verificationAttempts : null;
}

export async function conversationHandoffReason(prisma: Db, conversationId: string): Promise<string | null> {
  const row = await prisma.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: { handoffReason: true },
  });
  return row.handoffReason;
}

/** Takes one of the conversation's attempts if fewer than `max` are used; false when none is left. */
export async function reserveConversationAttempt(prisma: Db, conversationId: string, max: number): Promise<boolean> {
  const reserved = await prisma.conversation.updateMany({
    where: { id: conversationId, verificationAttempts: { lt: max } },
    data: { verificationAttempts: { increment: 1 } },
  });
  return reserved.count > 0;
}

/** The conversation is now the customer's; the attempt it reserved is given back. */
export async function markVerified(prisma: Db, conversationId: string, customerId: string, now: Date): Promise<void> {
  await prisma.conversation.update({
    where: { id: conversationId },
    data: { customerId, verifiedAt: now, verificationAttempts: { decrement: 1 } },
  });
}

/**
 * Reserves one attempt on a key, atomically, before the check runs: false when the key is locked or its failures in
 * the window are used up.
 */
export async function reserveThrottleKey(prisma: Db, key: string, now: Date, t: ThrottleLimits): Promise<boolean> {
  const windowCutoff = new Date(now.getTime() - t.windowMs);
  const forgetCutoff = new Date(now.getTime() - t.forgetLocksAfterMs);
  // A new window starts when the old one is over, or when a lock set in it has ended.
  const fresh = Prisma.sql`(v."windowStart" <= ${windowCutoff}::timestamp OR (v."lockedUntil" IS NOT NULL AND v."lockedUntil" <= ${now}::timestamp AND v."lockedUntil" >= v."windowStart"))`;
  const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "VerificationThrottle" AS v ("key", "failures", "windowStart", "lockCount", "updatedAt")
    VALUES (${key}, 1, ${now}::timestamp, 0, ${now}::timestamp)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN ${fresh} THEN 1 ELSE v."failures" + 1 END,
      "windowStart" = CASE WHEN ${fresh} THEN ${now}::timestamp ELSE v."windowStart" END,
      "lockCount" = CASE WHEN v."lockedUntil" IS NOT NULL AND v."lockedUntil" <= ${forgetCutoff}::timestamp THEN 0 ELSE v."lockCount" END,
      "updatedAt" = ${now}::timestamp
    WHERE NOT (v."lockedUntil" IS NOT NULL AND v."lockedUntil" > ${now}::timestamp)
      AND (${fresh} OR v."failures" < ${t.maxFailures})
    RETURNING v."failures"`;
  return rows.length > 0;
}

/** Gives reserved attempts back. */
export async function releaseThrottleKeys(prisma: Db, keys: string[], now: Date): Promise<void> {
  if (!keys.length) return;
  await prisma.$executeRaw`
    UPDATE "VerificationThrottle" SET "failures" = GREATEST("failures" - 1, 0), "updatedAt" = ${now}::timestamp
    WHERE "key" IN (${Prisma.join(keys)})`;
}

/** Locks each key whose failures are used up (once), the lock doubling with every earlier lock. */
export async function lockExhaustedKeys(prisma: Db, keys: string[], now: Date, t: ThrottleLimits): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "VerificationThrottle" SET
      "lockedUntil" = ${now}::timestamp + LEAST(${t.maxLockMs}::float8, ${t.baseLockMs}::float8 * power(2::float8, "lockCount")) * interval '1 millisecond',
      "lockCount" = "lockCount" + 1,
      "updatedAt" = ${now}::timestamp
    WHERE "key" IN (${Prisma.join(keys)}) AND "failures" >= ${t.maxFailures}
      AND NOT ("lockedUntil" IS NOT NULL AND "lockedUntil" > ${now}::timestamp)`;
}

/** Deletes keys untouched since `idleSince` that are not locked. */
export async function forgetIdleThrottleKeys(prisma: Db, idleSince: Date, now: Date): Promise<void> {
  await prisma.verificationThrottle.deleteMany({
    where: { updatedAt: { lt: idleSince }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
}

/** The latest time any of the keys stays locked, or null. */
export async function throttleLockedUntil(prisma: Db, keys: string[], now: Date): Promise<Date | null> {
  const rows = await prisma.verificationThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Claims the handover of each key not handed over since `cutoff`, each by a conditional write, so two conversations
 * locking at once on one email hand over once. True only when every key was claimed.
 */
export async function claimThrottleHandoff(prisma: Db, keys: string[], now: Date, cutoff: Date): Promise<boolean> {
  let all = true;
  for (const key of keys) {
    const claimed = await prisma.$executeRaw`
      INSERT INTO "VerificationThrottle" AS v ("key", "failures", "windowStart", "lockCount", "handedOffAt", "updatedAt")
      VALUES (${key}, 0, ${now}::timestamp, 0, ${now}::timestamp, ${now}::timestamp)
      ON CONFLICT ("key") DO UPDATE SET "handedOffAt" = ${now}::timestamp, "updatedAt" = ${now}::timestamp
      WHERE v."handedOffAt" IS NULL OR v."handedOffAt" <= ${cutoff}::timestamp`;
    if (claimed === 0) all = false;
  }
  return all;
}
