import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter, type DatabaseTarget } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createEmptyPostgresDatabase, unavailable } from "@/test/support/test-db";
import { applyMigrations, createMigration, DEFAULT_PATHS, migrationStatus, resetDatabase } from "./migrate";

const localMigrations = readdirSync(DEFAULT_PATHS.migrations, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const scratch = mkdtempSync(path.join(os.tmpdir(), "tandem-migrate-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A new, empty database of the given kind, and how to get rid of it. */
async function emptyDatabase(kind: DatabaseTarget["kind"]): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (kind === "pglite") {
    const dataDir = mkdtempSync(path.join(scratch, "pglite-"));
    return { target: { kind, dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database = await createEmptyPostgresDatabase();
  return { target: { kind, url: database.url }, drop: database.drop };
}

/** Plain SQL on the target, outside Prisma and the schema engine. */
async function sql<Row>(target: DatabaseTarget, text: string): Promise<Row[]> {
  if (target.kind === "pglite") {
    const db = new PGlite(target.dataDir);
    try {
      return (await db.query<Row>(text)).rows;
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** A copy of the migrations folder with one more migration whose second statement fails. */
function migrationsWithBrokenOne(): string {
  const dir = mkdtempSync(path.join(scratch, "migrations-"));
  cpSync(DEFAULT_PATHS.migrations, dir, { recursive: true });
  mkdirSync(path.join(dir, "29990101000000_broken"));
  writeFileSync(
    path.join(dir, "29990101000000_broken", "migration.sql"),
    `CREATE TABLE "Half" ("id" INTEGER);\nALTER TABLE "Missing" ADD COLUMN "x" INTEGER;\n`,
  );
  return dir;
}

describe("the committed migrations", () => {
  it("exist, with a lock file for PostgreSQL", () => {
    expect(localMigrations.length).toBeGreaterThan(0);
    expect(localMigrations[0]).toMatch(/^\d{14}_init$/);
    expect(readFileSync(path.join(DEFAULT_PATHS.migrations, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("match prisma/schema.prisma: creating a migration finds nothing to do", async () => {
    expect(await createMigration("nothing")).toBeNull();
  });
});

describe("createMigration", () => {
  it("writes a timestamped migration for a schema change, after which there is nothing left to create", async () => {
    const paths = { schema: path.join(scratch, "schema.prisma"), migrations: path.join(scratch, "created-migrations") };
    cpSync(DEFAULT_PATHS.migrations, paths.migrations, { recursive: true });
    writeFileSync(
      paths.schema,
      `${readFileSync(DEFAULT_PATHS.schema, "utf8")}\nmodel Widget {\n  id   String @id\n  name String\n}\n`,
    );

    const folder = await createMigration("Add widgets!", paths);

    expect(folder).not.toBeNull();
    const name = path.basename(folder!);
    expect(name).toMatch(/^\d{14}_add_widgets$/);
    expect(name > localMigrations.at(-1)!).toBe(true);
    const script = readFileSync(path.join(folder!, "migration.sql"), "utf8");
    expect(script).toContain('CREATE TABLE "Widget"');
    expect(script).not.toContain('CREATE TABLE "Customer"');
    expect(await createMigration("again", paths)).toBeNull();
  });

  it("refuses a name without letters or digits", async () => {
    await expect(createMigration("--- !")).rejects.toThrow(/not a usable migration name/);
  });
});

for (const kind of ["pglite", "postgres"] as const) {
  describe.skipIf(unavailable(kind))(`migrations on ${kind}`, () => {
    let database: Awaited<ReturnType<typeof emptyDatabase>>;
    beforeAll(async () => {
      database = await emptyDatabase(kind);
    });
    afterAll(() => database?.drop());

    it("applies every migration to an empty database, and nothing the second time", async () => {
      expect(await applyMigrations(database.target)).toEqual({ applied: localMigrations });
      expect(await applyMigrations(database.target)).toEqual({ applied: [] });
    });

    it("records them as `prisma migrate deploy` does, with the sha256 of each migration.sql", async () => {
      const rows = await sql<{
        migration_name: string;
        checksum: string;
        finished: boolean;
        rolled_back_at: Date | null;
        applied_steps_count: number;
      }>(
        database.target,
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
      );
      const sha256 = (name: string) =>
        createHash("sha256")
          .update(readFileSync(path.join(DEFAULT_PATHS.migrations, name, "migration.sql")))
          .digest("hex");
      expect(rows).toEqual(
        localMigrations.map((name) => ({
          migration_name: name,
          checksum: sha256(name),
          finished: true,
          rolled_back_at: null,
          applied_steps_count: 1,
        })),
      );
    });

    it("leaves a database the Prisma client can use", async () => {
      const handle = createAdapter(database.target);
      const prisma = new PrismaClient({ adapter: handle.adapter });
      try {
        await prisma.customer.create({ data: { email: "migrated@example.com", name: "Migrated Example" } });
        expect(await prisma.customer.count()).toBe(1);
      } finally {
        await prisma.$disconnect();
        await handle.close();
      }
    });

    it("reports nothing pending, failed, edited or drifted", async () => {
      expect(await migrationStatus(database.target)).toEqual({
        local: localMigrations,
        applied: localMigrations,
        pending: [],
        failed: [],
        edited: [],
        missingLocally: [],
        drift: null,
        driftError: null,
      });
    });

    it("reports a change made outside the migrations as drift", async () => {
      await sql(database.target, `ALTER TABLE "Customer" ADD COLUMN "nickname" TEXT`);
      try {
        const status = await migrationStatus(database.target);
        expect(status.pending).toEqual([]);
        expect(status.drift).toContain("nickname");
      } finally {
        await sql(database.target, `ALTER TABLE "Customer" DROP COLUMN "nickname"`);
      }
    });

    it("resets to an empty, fully migrated database", async () => {
      expect(await resetDatabase(database.target)).toEqual({ applied: localMigrations });
      expect(await sql<{ n: number }>(database.target, `SELECT count(*)::int AS n FROM "Customer"`)).toEqual([
        { n: 0 },
      ]);
      expect((await migrationStatus(database.target)).pending).toEqual([]);
    });

    it("stops at a failing migration, records it as failed and keeps none of its statements", async () => {
      const broken = await emptyDatabase(kind);
      try {
        const paths = { schema: DEFAULT_PATHS.schema, migrations: migrationsWithBrokenOne() };
        await expect(applyMigrations(broken.target, paths)).rejects.toThrow(/Missing/);
        const status = await migrationStatus(broken.target, paths);
        expect(status.applied).toEqual(localMigrations);
        expect(status.failed).toEqual(["29990101000000_broken"]);
        const half = await sql<{ name: string | null }>(broken.target, `SELECT to_regclass('"Half"')::text AS name`);
        expect(half).toEqual([{ name: null }]);
      } finally {
        await broken.drop();
      }
    });
  });
}
