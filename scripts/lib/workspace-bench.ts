/**
 * The human workspace under load, for `npm run bench -- --suite workspace` (and `all`): per database,
 *   1. customer message → agent's screen: POST /api/chat to the event on a signed-in agent's live feed (p95 ≤ 250 ms)
 *   2. the inbox page's query with 100k conversations and 1M messages (p95 ≤ 200 ms), in its own process
 * Prints a table and writes bench-results/workspace-<timestamp>.json.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/db/connection";
import { DEMO_STAFF } from "@/lib/auth/demo-staff";
import { startThrowawayPostgres } from "@/test/support/postgres";
import { type AgentLatencyResult, runAgentLatency } from "./agent-latency";
import { prepareDatabase, startAppServer, targetEnv } from "./app-server";
import type { Percentiles } from "./chat-load";

type InboxScale = {
  conversations: number;
  messages: number;
  fillSeconds: number;
  filters: Record<string, Percentiles>;
};
export type WorkspaceBenchResult = { database: string; agentLatency: AgentLatencyResult; inbox: InboxScale };

const BARS = { latencyP95Ms: 250, inboxP95Ms: 200 };

export async function runWorkspaceBench(options: {
  kinds: string[];
  distDir: string;
  port: number;
  conversations: number;
}): Promise<WorkspaceBenchResult[]> {
  const results: WorkspaceBenchResult[] = [];
  const agent = DEMO_STAFF.find((staff) => staff.role === "agent")!;
  for (const kind of options.kinds) {
    const { target, cleanup } = await databaseFor(kind);
    try {
      console.log(`\n${kind}: workspace: preparing the database …`);
      await prepareDatabase(target, { customers: 50, orders: 200 });
      const server = await startAppServer({
        port: options.port,
        distDir: options.distDir,
        env: { ...targetEnv(target), TANDEM_ENGINE: "local", NEXTAUTH_SECRET: "bench", LOG_LEVEL: "warn" },
      });
      let agentLatency: AgentLatencyResult;
      try {
        console.log(`${kind}: workspace: 10 customers writing to a live agent …`);
        agentLatency = await runAgentLatency({
          baseUrl: server.url,
          staff: agent,
          customers: 10,
          messagesPerCustomer: 12,
        });
      } finally {
        await server.stop();
      }
      // The embedded database allows one process at a time: fill and query it once the server has stopped.
      console.log(
        `${kind}: workspace: ${options.conversations.toLocaleString("en-US")} conversations, 10 messages each …`,
      );
      const inbox = inboxScale(target, options.conversations);
      const result = { database: kind, agentLatency, inbox };
      results.push(result);
      print(result);
    } finally {
      await cleanup();
    }
  }
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `workspace-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, node: process.version },
        bars: BARS,
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${file}`);
  return results;
}

async function databaseFor(kind: string): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  if (kind !== "postgres")
    return {
      target: { kind: "pglite", dataDir: mkdtempSync(path.join(os.tmpdir(), "tandem-bench-ws-")) },
      cleanup: async () => {},
    };
  if (process.env.DATABASE_URL)
    throw new Error("the workspace suite adds 100k conversations: give it a throwaway server (unset DATABASE_URL)");
  const pg = await startThrowawayPostgres();
  return { target: { kind: "postgres", url: pg.url }, cleanup: () => pg.stop() };
}

function inboxScale(target: DatabaseTarget, conversations: number): InboxScale {
  const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/lib/inbox-scale.ts"], {
    encoding: "utf8",
    env: { ...process.env, ...targetEnv(target), BENCH_CONVERSATIONS: String(conversations), LOG_LEVEL: "warn" },
  });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{"))
    throw new Error(`the inbox scale run failed:\n${run.stderr.slice(-2000)}`);
  return JSON.parse(line) as InboxScale;
}

function print(r: WorkspaceBenchResult) {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const verdict = (value: number, bar: number) => (value <= bar ? `✓ ≤ ${bar} ms` : `✗ over ${bar} ms`);
  const a = r.agentLatency;
  const lines = [
    `  message → agent  p50 ${ms(a.latency.p50)}  p95 ${ms(a.latency.p95)}  p99 ${ms(a.latency.p99)}  max ${ms(a.latency.max)} over ${a.samples} messages (${a.errors} errors)  ${verdict(a.latency.p95, BARS.latencyP95Ms)}`,
    `  inbox data       ${r.inbox.conversations.toLocaleString("en-US")} conversations, ${r.inbox.messages.toLocaleString("en-US")} messages (filled in ${r.inbox.fillSeconds.toFixed(1)} s)`,
    ...Object.entries(r.inbox.filters).map(
      ([filter, p]) =>
        `  inbox ${filter.padEnd(11)}p50 ${ms(p.p50)}  p95 ${ms(p.p95)}  p99 ${ms(p.p99)}  ${verdict(p.p95, BARS.inboxP95Ms)}`,
    ),
  ];
  console.log(lines.join("\n"));
}
