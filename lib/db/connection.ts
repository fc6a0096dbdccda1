import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { createThreadedPglite } from "./pglite-thread";
import { log } from "@/lib/log";

/**
 * Where Tandem's data lives: PostgreSQL when DATABASE_URL is set, otherwise an embedded PGlite database in a
 * folder (or `memory://` for tests). Shared by the app, the migration tool and the seed, none of which import
 * `server-only` code, so this module stays free of it.
 */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(input: { DATABASE_URL?: string; TANDEM_DATA_DIR: string }): DatabaseTarget {
  if (input.DATABASE_URL) return { kind: "postgres", url: input.DATABASE_URL };
  return { kind: "pglite", dataDir: input.TANDEM_DATA_DIR };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

// PostgreSQL's internal "char" type (OID 18) appears in catalog queries; reading it as text is what psql does.
// This alone does not get it past adapter-pg, which checks the column's type OID before any parser runs: the
// schema engine's connections rewrite that OID (lib/db/schema-engine.ts). The app's own queries never return it.
pg.types.setTypeParser(18 as number, (value: string) => value);

/** Opens lazily: the constructor returns at once and the first query waits until the database is ready. */
export function openPglite(dataDir: string): PGlite {
  return new PGlite(prepareDataDir(dataDir));
}

/** An absolute data folder that exists (PGlite does not create it), or `memory://` as it is. */
function prepareDataDir(dataDir: string): string {
  if (dataDir.startsWith("memory://")) return dataDir;
  const absolute = path.resolve(dataDir);
  mkdirSync(absolute, { recursive: true });
  return absolute;
}

export type AdapterHandle = {
  adapter: PrismaPg | PrismaPGlite | SqlDriverAdapterFactory;
  close: () => Promise<void>;
  /** On PostgreSQL, the adapter's connection pool, for the hot path's direct statements (lib/db/direct-query.ts). */
  pool?: pg.Pool;
};

/**
 * `thread: true` runs the embedded database on a worker thread (lib/db/pglite-thread.ts): the server does, so that
 * database work does not hold up requests. Scripts and tests keep it in-process, where it starts faster.
 */
export function createAdapter(target: DatabaseTarget, options: { thread?: boolean } = {}): AdapterHandle {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server closes (a restart, a failover, an administrator) is replaced on the next query;
    // unhandled, its error would end the process.
    pool.on("error", (error) => log.warn("db.idle_connection_closed", { error }));
    return { adapter: new PrismaPg(pool), pool, close: async () => (pool.ended ? undefined : pool.end()) };
  }
  if (options.thread) return createThreadedPglite(prepareDataDir(target.dataDir));
  const pglite = openPglite(target.dataDir);
  return { adapter: new PrismaPGlite(pglite), close: () => pglite.close() };
}
