/**
 * A migrated PGlite database in memory, for the integration tests and `npm run simulate`: nothing on disk, nothing
 * shared, gone on close. The migration files are executed directly rather than through the schema engine, whose
 * WebAssembly start-up would cost more than the database itself; lib/db/migrate.test.ts covers the engine path.
 * Like lib/db/connection.ts this module is free of `server-only`, so scripts can use it.
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_PATHS, readMigrations } from "./migrate";

export type MemoryDatabase = {
  prisma: PrismaClient;
  /**
   * Empties every table and restarts every sequence: the database is then as it was just after the migrations.
   * Milliseconds, where a new PGlite takes a second or two to start, so a run of many scenarios reuses one.
   */
  reset(): Promise<void>;
  close(): Promise<void>;
};

/** The SQL of every migration in prisma/migrations, in order. */
export function migrationScripts(dir: string = DEFAULT_PATHS.migrations): string[] {
  return readMigrations(dir).migrationDirectories.map(({ path, migrationFile }) => {
    if (migrationFile.content.tag !== "ok") throw new Error(`migration ${path}: ${migrationFile.content.value}`);
    return migrationFile.content.value;
  });
}

export async function createMemoryDatabase(): Promise<MemoryDatabase> {
  const pglite = new PGlite("memory://");
  for (const script of migrationScripts()) await pglite.exec(script);
  const { rows } = await pglite.query<{ name: string }>(
    "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const truncate = rows.length ? `TRUNCATE ${rows.map((row) => row.name).join(", ")} RESTART IDENTITY CASCADE` : null;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    reset: async () => {
      if (truncate) await pglite.exec(truncate);
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
