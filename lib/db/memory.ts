/**
 * A fresh, migrated PGlite database in memory, for the integration tests and `npm run simulate`: nothing on disk,
 * nothing shared, gone on close. The migration files are executed directly rather than through the schema engine,
 * whose WebAssembly start-up would cost more than the database itself; lib/db/migrate.test.ts covers the engine
 * path. Like lib/db/connection.ts this module is free of `server-only`, so scripts can use it.
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_PATHS, readMigrations } from "./migrate";

export type MemoryDatabase = { prisma: PrismaClient; close(): Promise<void> };

/** The SQL of every migration in prisma/migrations, in order. */
export function migrationScripts(dir: string = DEFAULT_PATHS.migrations): string[] {
  return readMigrations(dir).migrationDirectories.map(({ path, migrationFile }) => {
    if (migrationFile.content.tag !== "ok") throw new Error(`migration ${path}: ${migrationFile.content.value}`);
    return migrationFile.content.value;
  });
}

let template: Promise<PGlite> | undefined;

/**
 * A new database with every migration applied. The first call migrates a template database; later calls clone
 * it, which skips the DDL and keeps a simulated scenario well under a second.
 */
export async function createMemoryDatabase(): Promise<MemoryDatabase> {
  template ??= migratedTemplate();
  let base: PGlite;
  try {
    base = await template;
  } catch (error) {
    template = undefined; // a failed migration must not poison every later call
    throw error;
  }
  const pglite = (await base.clone()) as PGlite;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function migratedTemplate(): Promise<PGlite> {
  const pglite = new PGlite("memory://");
  for (const script of migrationScripts()) await pglite.exec(script);
  return pglite;
}
