/**
 * `npm run db:*`: Tandem's database tool. Works offline on the embedded database and on PostgreSQL alike, through
 * Prisma's WebAssembly schema engine (lib/db/migrate.ts). The database is DATABASE_URL when set, otherwise the
 * PGlite folder TANDEM_DATA_DIR, read from the environment and then `.env.local`.
 */
import "./lib/load-env";
import { existsSync } from "node:fs";
import path from "node:path";
import { databaseTarget, describeTarget, type DatabaseTarget } from "@/lib/db/connection";
import { applyMigrations, createMigration, migrationStatus, resetDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";

const USAGE = `Usage: npm run db:<command>

  db:migrate                     apply the migrations the database does not have yet
  db:migrate:create -- <name>    write prisma/migrations/<timestamp>_<name>/ from your changes to prisma/schema.prisma
  db:status                      applied and pending migrations, and changes made outside them (exit code 1 if any)
  db:reset                       delete everything in the database and apply all migrations
                                 (on PostgreSQL only with: npm run db:reset -- --yes)

The database is DATABASE_URL when set, otherwise the embedded one in TANDEM_DATA_DIR (default .data/pglite), which
allows one process at a time: stop Tandem before migrating it.`;

const [command, ...args] = process.argv.slice(2);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const list = (names: string[]) => names.map((name) => `  ${name}`).join("\n");
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function target(): DatabaseTarget {
  const selected = databaseTarget(env());
  console.log(`Database: ${describeTarget(selected)}`);
  return selected;
}

async function migrate() {
  const { applied } = await applyMigrations(target());
  console.log(
    applied.length === 0
      ? `Up to date: no migration to apply (${elapsed()}).`
      : `Applied ${plural(applied.length, "migration")} in ${elapsed()}:\n${list(applied)}`,
  );
}

async function create(name: string | undefined) {
  if (!name) throw new UsageError("Name the migration: npm run db:migrate:create -- <name>");
  const folder = await createMigration(name);
  if (!folder) {
    console.log("prisma/schema.prisma matches the migrations: nothing to create.");
    return;
  }
  console.log(`Wrote ${path.relative(process.cwd(), path.join(folder, "migration.sql"))} (${elapsed()}).`);
  console.log("Review it, then apply it with: npm run db:migrate");
}

async function status(): Promise<boolean> {
  const selected = target();
  // Opening a PGlite folder creates a database there; a status check should not.
  if (selected.kind === "pglite" && !selected.dataDir.startsWith("memory://") && !existsSync(selected.dataDir)) {
    console.log("No database there yet: npm run db:migrate creates it.");
    return false;
  }
  const s = await migrationStatus(selected);
  console.log(`${plural(s.local.length, "migration")} in prisma/migrations, ${s.applied.length} applied.`);
  const problems: string[] = [];
  const report = (names: string[], heading: string) => names.length > 0 && problems.push(`${heading}:\n${list(names)}`);
  report(s.pending, "Pending (npm run db:migrate applies them)");
  report(
    s.failed,
    "Failed, and rolled back (a migration file runs as one transaction): fix it, mark it rolled back " +
      "(prisma migrate resolve --rolled-back <name>), then migrate again",
  );
  report(s.edited, "Changed since they were applied (restore the files; put changes in a new migration)");
  report(s.missingLocally, "Applied to the database but not in prisma/migrations");
  if (s.driftError) problems.push(`Could not check for changes made outside migrations: ${s.driftError}`);
  if (s.drift) problems.push(`The database differs from what its migrations create:\n${s.drift.replace(/^/gm, "  ")}`);
  console.log(problems.length === 0 ? `Up to date (${elapsed()}).` : `${problems.join("\n\n")}\n(${elapsed()})`);
  return problems.length === 0;
}

async function reset() {
  const selected = target();
  if (selected.kind === "postgres" && !args.includes("--yes")) {
    throw new UsageError(
      "This deletes every table and row in that PostgreSQL database. Run again with: npm run db:reset -- --yes",
    );
  }
  const { applied } = await resetDatabase(selected);
  console.log(
    `Emptied the database and applied ${plural(applied.length, "migration")} in ${elapsed()}:\n${list(applied)}`,
  );
  console.log("Load the demo data with: npm run db:seed");
}

class UsageError extends Error {}

try {
  switch (command) {
    case "migrate":
      await migrate();
      break;
    case "create":
      await create(args.find((arg) => !arg.startsWith("-")));
      break;
    case "status":
      if (!(await status())) process.exitCode = 1;
      break;
    case "reset":
      await reset();
      break;
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : "");
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error([error.message, USAGE].filter(Boolean).join("\n\n"));
  } else {
    console.error(`\ndb ${command ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
