import "server-only";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter, databaseTarget } from "./connection";

/**
 * The one Prisma client of the process. PGlite allows one process per data directory, and Next.js may evaluate
 * this module more than once (route handlers, server components, dev reloads), so the client lives on
 * globalThis and is created on first use, never at import (so `next build` opens no database). The embedded
 * database runs on its own thread (lib/db/pglite-thread.ts), so its work does not hold up the server's requests.
 */
const holder = globalThis as { __tandemPrisma?: PrismaClient };

export function db(): PrismaClient {
  holder.__tandemPrisma ??= new PrismaClient({ adapter: createAdapter(databaseTarget(env()), { thread: true }).adapter });
  return holder.__tandemPrisma;
}

/** Tests swap in a client on their own database (PGlite in memory or a throwaway PostgreSQL). */
export function setDbForTests(client: PrismaClient | undefined): void {
  holder.__tandemPrisma = client;
}
