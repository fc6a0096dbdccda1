/**
 * Vitest global setup: one throwaway PostgreSQL server for the whole run, shared by every test file (each test
 * database is a fresh database on it, see test-db.ts). Without PostgreSQL's binaries the PostgreSQL tests skip
 * locally, with a note; in CI they are required, so a missing package fails the run instead of hiding tests.
 */
import type { TestProject } from "vitest/node";
import { postgresAvailable, startThrowawayPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared server's URL (its `postgres` database), or null when PostgreSQL tests skip. */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (!postgresAvailable()) {
    const message = "PostgreSQL server binaries not found (Debian: apt-get install postgresql)";
    if (process.env.CI) throw new Error(`${message}: CI runs every test on PostgreSQL too.`);
    console.warn(`\n${message}: PostgreSQL tests are skipped; PGlite tests run.\n`);
    project.provide("postgresUrl", null);
    return;
  }
  const server = await startThrowawayPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
