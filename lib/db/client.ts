import "server-only";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { replaceSingleton, singleton } from "@/lib/singleton";
import { createAdapter, databaseTarget } from "./connection";
import { enableDirectQueries } from "./direct-query";

/**
 * The one Prisma client of the process (PGlite allows one process per data directory), created on first use. The
 * embedded database runs on its own thread (lib/db/pglite-thread.ts), so its work does not hold up the server's
 * requests.
 */
export function db(): PrismaClient {
  return singleton("prisma", () => {
    const handle = createAdapter(databaseTarget(env()), { thread: true });
    const client = new PrismaClient({ adapter: handle.adapter });
    if (handle.pool) enableDirectQueries(client, handle.pool);
    return client;
  });
}

/** Tests swap in a client on their own database (PGlite in memory or a throwaway PostgreSQL). */
export function setDbForTests(client: PrismaClient | undefined): void {
  replaceSingleton("prisma", client);
}
