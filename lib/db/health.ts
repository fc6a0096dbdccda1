import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Resolves when the database answers a query; throws what the driver threw when it does not. */
export async function pingDatabase(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRaw`SELECT 1`;
}
