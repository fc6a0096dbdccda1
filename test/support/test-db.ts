/**
 * A fresh, migrated database per call, for integration tests: PGlite in memory (lib/db/memory.ts), or a new
 * database on the run's shared PostgreSQL server (global-setup.ts), dropped on close. The migration files are
 * executed directly rather than through the schema engine, which would add its WebAssembly start-up to every test
 * file; lib/db/migrate.test.ts covers the engine path on both databases.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseTarget } from "@/lib/db/connection";
import { createMemoryDatabase, migrationScripts } from "@/lib/db/memory";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { enableDirectQueries } from "@/lib/db/direct-query";

export type TestDatabaseKind = "pglite" | "postgres";
export type TestDatabase = { prisma: PrismaClient; target: DatabaseTarget; close(): Promise<void> };

/** The shared server's URL, or null when PostgreSQL tests skip (no binaries, outside CI). */
export function postgresUrl(): string | null {
  return inject("postgresUrl");
}

/** For `describe.skipIf(unavailable(kind))`: PostgreSQL tests skip, visibly, when the run has no server. */
export function unavailable(kind: TestDatabaseKind): boolean {
  return kind === "postgres" && postgresUrl() === null;
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  return kind === "pglite" ? createPgliteDatabase() : createPostgresDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const { prisma, close } = await createMemoryDatabase();
  // Informative only: a new PGlite opened on "memory://" is another, empty database.
  return { prisma, target: { kind: "pglite", dataDir: "memory://" }, close };
}

/** Runs `work` on a connection to the shared server's maintenance database. */
export async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = postgresUrl();
  if (!url) throw new Error("no PostgreSQL server for this run (see test/support/global-setup.ts)");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty new database on the shared server, its URL, and how to drop it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tandem_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withPostgresAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresUrl()!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const database = await createEmptyPostgresDatabase();
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // One simple-protocol query per file: the whole file runs, or none of it.
      for (const script of migrationScripts()) await client.query(script);
    } finally {
      await client.end();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  // As the server's client does (lib/db/client.ts): the hot path's statements go straight to the adapter's pool.
  const pool = new pg.Pool({ connectionString: database.url, max: 5 });
  // Dropping the database at the end terminates its idle connections: expected, not an error of the test.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  enableDirectQueries(prisma, pool);
  return {
    prisma,
    target: { kind: "postgres", url: database.url },
    close: async () => {
      await prisma.$disconnect();
      if (!pool.ended) await pool.end();
      await database.drop();
    },
  };
}
