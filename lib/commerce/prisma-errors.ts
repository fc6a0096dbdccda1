import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique constraint refused the insert. Idempotency rests on this: when two identical requests race, the
 * database lets one insert its key and refuses the other, which then reports a duplicate instead of acting twice.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Thrown inside a transaction when a compare-and-set lost a race; the transaction is rolled back and retried. */
export class WriteConflict extends Error {
  constructor(what: string) {
    super(`concurrent change to ${what}`);
    this.name = "WriteConflict";
  }
}

/** PostgreSQL gave up on a transaction (serialization failure or deadlock); running it again is safe. */
function isTransientConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
}

/** Runs `work` again (a fresh transaction) when it lost a race, a bounded number of times. */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const retryable = error instanceof WriteConflict || isTransientConflict(error);
      if (!retryable || attempt >= attempts) throw error;
    }
  }
}
