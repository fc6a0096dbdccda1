/**
 * Shared by the e2e server and the benchmark: prepare a database (migrate, seed a store) and run the
 * production build of Tandem against it as a child process.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createAdapter, type DatabaseTarget } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedStaff, seedStore } from "@/lib/seed/store";

export async function prepareDatabase(
  target: DatabaseTarget,
  store: { customers: number; orders: number },
  /** More data a caller needs (e2e fixtures), written before the server starts. */
  extra?: (prisma: PrismaClient) => Promise<void>,
): Promise<void> {
  await applyMigrations(target);
  const handle = createAdapter(target);
  const prisma = new PrismaClient({ adapter: handle.adapter });
  try {
    await seedStore(prisma, store);
    await seedStaff(prisma);
    await extra?.(prisma);
  } finally {
    await prisma.$disconnect();
    await handle.close();
  }
}

export function targetEnv(target: DatabaseTarget): Record<string, string> {
  return target.kind === "postgres"
    ? { DATABASE_URL: target.url }
    : { TANDEM_DATA_DIR: target.dataDir, DATABASE_URL: "" };
}

export type AppServer = { url: string; process: ChildProcess; stop(): Promise<void> };

export function spawnNextStart(options: {
  port: number;
  distDir: string;
  env: Record<string, string>;
  stdio?: "inherit" | "ignore";
}): ChildProcess {
  return spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      stdio: options.stdio ?? "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        TANDEM_DIST_DIR: options.distDir,
        NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
        // Every simulated customer and browser here comes from 127.0.0.1: one client, as far as the per-client limits
        // for anonymous visitors go (lib/http/client-limits.ts). Raised so the tests and the benchmark measure Tandem.
        TANDEM_CLIENT_LIMITS: JSON.stringify({
          conversations: { limit: 100_000, windowSeconds: 60 },
          messages: { limit: 1_000_000, windowSeconds: 60 },
          handoffs: { limit: 100_000, windowSeconds: 60 },
        }),
        ...options.env,
      },
    },
  );
}

export async function startAppServer(options: {
  port: number;
  distDir: string;
  env: Record<string, string>;
}): Promise<AppServer> {
  const child = spawnNextStart({ ...options, stdio: "ignore" });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the server did not become healthy within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // Open event streams can hold a graceful shutdown for a long time; a few seconds is enough.
        const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
