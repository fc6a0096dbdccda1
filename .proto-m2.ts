import { applyMigrations, migrationStatus, DEFAULT_PATHS } from "@/lib/db/migrate";
import { startThrowawayPostgres } from "@/test/support/postgres";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os"; import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
const time = async (label: string, f: () => Promise<unknown>) => { const t = Date.now(); try { const r = await f(); console.log(label, Date.now() - t, JSON.stringify(r)); } catch (e) { console.log(label, "FAILED", Date.now() - t, String(e).slice(0, 600)); } };
// broken migration set
const mdir = mkdtempSync(path.join(os.tmpdir(), "tandem-mig-"));
cpSync(DEFAULT_PATHS.migrations, mdir, { recursive: true });
mkdirSync(path.join(mdir, "29990101000000_broken"));
writeFileSync(path.join(mdir, "29990101000000_broken/migration.sql"), `CREATE TABLE "Fine" (id int);\nALTER TABLE "Nope" ADD COLUMN x int;\n`);
const paths = { schema: DEFAULT_PATHS.schema, migrations: mdir };
const pgs = await startThrowawayPostgres();
for (const target of [{ kind: "pglite" as const, dataDir: mkdtempSync(path.join(os.tmpdir(), "tandem-proto-")) }, { kind: "postgres" as const, url: pgs.url }]) {
  await time(target.kind + " apply broken", () => applyMigrations(target, paths));
  await time(target.kind + " status", () => migrationStatus(target, paths));
}
// drift
const c = new pg.Client(pgs.url); await c.connect();
await c.query(`ALTER TABLE "Customer" ADD COLUMN "nickname" text; CREATE TABLE "Extra"(id int)`);
await c.query(`DELETE FROM _prisma_migrations WHERE migration_name like '%broken'`);
await time("pg drift status", () => migrationStatus({ kind: "postgres", url: pgs.url }));
console.log((await c.query(`select migration_name, checksum, finished_at from _prisma_migrations`)).rows);
console.log((await c.query(`select datname from pg_database`)).rows.map(r => r.datname));
await c.end();
await pgs.stop();
