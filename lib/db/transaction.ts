import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "./types";

/**
 * One interactive transaction for a service that composes query functions with other writes in it (events, audit
 * rows): the service decides what happens inside, the data layer owns the call to Prisma.
 */
export function transaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(work);
}
