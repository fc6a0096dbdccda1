import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Fixed-window counters in the database (`RateCounter`), so a limit holds across app instances and restarts.
 * Each hit is ONE statement (INSERT … ON CONFLICT DO UPDATE … RETURNING): PostgreSQL and PGlite lock the row for
 * the update, so parallel hits on one key are counted one after another and never read a stale count. The window
 * starts with the first hit and a hit after it has ended starts a new one. Raw SQL throughout: the upsert needs it,
 * and the hot paths (every customer message, every sign-in) stay one round trip each.
 */
export type CounterHit = { count: number; windowStart: Date; resetAt: Date };

export async function hitCounter(
  prisma: PrismaClient,
  key: string,
  windowMs: number,
  now = new Date(),
): Promise<CounterHit> {
  const windowEnd = new Date(now.getTime() + windowMs);
  const threshold = new Date(now.getTime() - windowMs);
  const rows = await prisma.$queryRaw<Array<{ count: number; windowStart: Date }>>`
    INSERT INTO "RateCounter" ("key", "windowStart", "count", "expiresAt")
    VALUES (${key}, ${now}::timestamp, 1, ${windowEnd}::timestamp)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateCounter"."windowStart" <= ${threshold}::timestamp THEN 1 ELSE "RateCounter"."count" + 1 END,
      "expiresAt" = CASE WHEN "RateCounter"."windowStart" <= ${threshold}::timestamp THEN ${windowEnd}::timestamp ELSE "RateCounter"."expiresAt" END,
      "windowStart" = CASE WHEN "RateCounter"."windowStart" <= ${threshold}::timestamp THEN ${now}::timestamp ELSE "RateCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const windowStart = new Date(row.windowStart);
  maybeSweep(prisma, now);
  return { count: Number(row.count), windowStart, resetAt: new Date(windowStart.getTime() + windowMs) };
}

/** The current count of a key (0 when there is none or its window has ended), without counting a hit. */
export async function peekCounter(
  prisma: PrismaClient,
  key: string,
  windowMs: number,
  now = new Date(),
): Promise<number> {
  const threshold = new Date(now.getTime() - windowMs);
  const rows = await prisma.$queryRaw<Array<{ count: number }>>`
    SELECT "count" FROM "RateCounter" WHERE "key" = ${key} AND "windowStart" > ${threshold}::timestamp`;
  return rows.length ? Number(rows[0]!.count) : 0;
}

export async function clearCounter(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateCounter" WHERE "key" = ${key}`;
}

/** A marker that lives `ttlMs` (e.g. "this client signed in to this account"): written or refreshed. */
export async function setMarker(prisma: PrismaClient, key: string, ttlMs: number, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  await prisma.$executeRaw`
    INSERT INTO "RateCounter" ("key", "windowStart", "count", "expiresAt") VALUES (${key}, ${now}::timestamp, 1, ${expiresAt}::timestamp)
    ON CONFLICT ("key") DO UPDATE SET "windowStart" = EXCLUDED."windowStart", "count" = 1, "expiresAt" = EXCLUDED."expiresAt"`;
}

export async function hasMarker(prisma: PrismaClient, key: string, now = new Date()): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ one: number }>>`
    SELECT 1 AS one FROM "RateCounter" WHERE "key" = ${key} AND "expiresAt" > ${now}::timestamp`;
  return rows.length > 0;
}

// Rows whose window is over are useless; about one hit in 200 deletes them (in the background, errors ignored).
function maybeSweep(prisma: PrismaClient, now: Date): void {
  if (Math.random() >= 0.005) return;
  prisma.$executeRaw`DELETE FROM "RateCounter" WHERE "expiresAt" < ${now}::timestamp`.catch(() => undefined);
}
