/**
 * The server the e2e tests talk to: a fresh embedded database (migrated, seeded with a small store, the workspace
 * fixtures and a small demo history), then the production build in .next-test. Playwright starts and stops it, with
 * the `react-server` condition the history's pipeline needs.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedHistory } from "@/lib/seed/history";
import { prepareDatabase, spawnNextStart, targetEnv } from "./lib/app-server";
import { seedWorkspaceFixtures } from "./lib/workspace-fixtures";

const port = Number(process.argv[2] ?? 3210);
const target = { kind: "pglite" as const, dataDir: mkdtempSync(path.join(os.tmpdir(), "tandem-e2e-")) };
await prepareDatabase(target, { customers: 40, orders: 120 }, async (prisma) => {
  await seedWorkspaceFixtures(prisma);
  // A small history for the supervisor's tests: general questions only (no order changes under other tests' feet),
  // every conversation closed (the inbox's tests start from an empty queue).
  await seedHistory(prisma, { conversations: 60, days: 30, accountShare: 0, openInbox: false });
});

const child = spawnNextStart({
  port,
  // E2E_DIST_DIR lets a developer test their own build folder without overwriting the suite's.
  distDir: process.env.E2E_DIST_DIR ?? ".next-test",
  env: { ...targetEnv(target), TANDEM_ENGINE: "local", NEXTAUTH_SECRET: "e2e-secret-not-for-production" },
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
