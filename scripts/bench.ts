/**
 * `npm run bench`: Tandem under load, through its real HTTP endpoints and a production build.
 *
 *   npm run bench                         embedded database (PGlite), 20 customers, 20 s
 *   npm run bench -- --db postgres        a throwaway PostgreSQL server (Debian's binaries), or DATABASE_URL
 *   npm run bench -- --db both --customers 40 --seconds 30 --no-build   (--dist-dir DIR: build folder, default .next-bench)
 *   npm run bench -- --suite metrics      only the supervisor dashboard's queries at 100k conversations
 *                                         (--conversations N; see scripts/lib/metrics-bench.ts); --suite chat skips them
 *   npm run bench -- --suite workspace    only the agent workspace: customer message → agent screen latency, and
 *                                         the inbox query at 100k conversations and 1M messages (scripts/lib/workspace-bench.ts)
 *
 * Each simulated customer holds a conversation of a few turns (sending the next message when the previous reply
 * has completed) and then starts a new one, like a stream of real visitors. Prints a table and writes
 * bench-results/<timestamp>.json with turns per second, time to first token and to the full reply
 * (p50/p95/p99) and the server's memory.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { DatabaseTarget } from "@/lib/db/connection";
import { startThrowawayPostgres } from "@/test/support/postgres";
import { prepareDatabase, startAppServer, targetEnv } from "./lib/app-server";
import { runChatLoad, type ChatLoadResult } from "./lib/chat-load";
import { type PipelineTimes, readPipelineTimes } from "./lib/pipeline-times";
import { runMetricsBench } from "./lib/metrics-bench";
import { runWorkspaceBench } from "./lib/workspace-bench";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "pglite" },
    customers: { type: "string", default: "20" },
    seconds: { type: "string", default: "20" },
    port: { type: "string", default: "3290" },
    build: { type: "boolean", default: true },
    "no-build": { type: "boolean", default: false },
    suite: { type: "string", default: "all" },
    conversations: { type: "string", default: "100000" },
    "dist-dir": { type: "string", default: ".next-bench" },
  },
});
const customers = Number(values.customers);
const seconds = Number(values.seconds);
const distDir = values["dist-dir"] ?? ".next-bench";
const kinds = values.db === "both" ? ["pglite", "postgres"] : [values.db ?? "pglite"];

if (values.suite === "metrics" || values.suite === "all") {
  await runMetricsBench({ kinds, conversations: Number(values.conversations), iterations: 15 });
  if (values.suite === "metrics") process.exit(0);
}

if (!values["no-build"] || !existsSync(distDir)) {
  console.log(`Building Tandem into ${distDir} …`);
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, TANDEM_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (values.suite === "workspace" || values.suite === "all") {
  await runWorkspaceBench({
    kinds,
    distDir,
    port: Number(values.port) + 1,
    conversations: Number(values.conversations),
  });
  if (values.suite === "workspace") process.exit(0);
}

const ALONE_SECONDS = 5;
const results: Array<{ database: string; pipeline: PipelineTimes; pipelineAlone: PipelineTimes } & ChatLoadResult> = [];
for (const kind of kinds) {
  let cleanup = async () => {};
  let target: DatabaseTarget;
  if (kind === "postgres") {
    if (process.env.DATABASE_URL) {
      target = { kind: "postgres", url: process.env.DATABASE_URL };
    } else {
      const pg = await startThrowawayPostgres();
      target = { kind: "postgres", url: pg.url };
      cleanup = () => pg.stop();
    }
  } else {
    target = { kind: "pglite", dataDir: mkdtempSync(path.join(os.tmpdir(), "tandem-bench-")) };
  }
  console.log(`\n${kind}: preparing the database …`);
  await prepareDatabase(target, { customers: 200, orders: 1000 });
  const server = await startAppServer({
    port: Number(values.port),
    distDir,
    env: { ...targetEnv(target), TANDEM_ENGINE: "local", NEXTAUTH_SECRET: "bench", LOG_LEVEL: "warn" },
  });
  const loadStarted = new Date();
  let result: ChatLoadResult | undefined;
  let aloneStarted: Date;
  try {
    console.log(`${kind}: ${customers} customers for ${seconds} s …`);
    result = await runChatLoad({ baseUrl: server.url, customers, seconds, serverPid: server.process.pid! });
    // The pipeline's own time per turn, with nobody to wait for: one customer on the same server.
    aloneStarted = new Date();
    console.log(`${kind}: 1 customer for ${ALONE_SECONDS} s (the pipeline's own time) …`);
    await runChatLoad({ baseUrl: server.url, customers: 1, seconds: ALONE_SECONDS, serverPid: server.process.pid! });
  } finally {
    await server.stop();
  }
  try {
    // The embedded database allows one process at a time: read the traces once the server has stopped.
    const { loaded: pipeline, alone: pipelineAlone } = await readPipelineTimes(target, {
      loaded: { since: loadStarted, until: aloneStarted },
      alone: { since: aloneStarted },
    });
    results.push({ database: kind, ...result, pipeline, pipelineAlone });
    printResult(kind, result, pipeline, pipelineAlone);
  } finally {
    await cleanup();
  }
}

mkdirSync("bench-results", { recursive: true });
const file = path.join("bench-results", `chat-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      customers,
      seconds,
      results,
    },
    null,
    2,
  ),
);
console.log(`\nWrote ${file}`);

function printResult(kind: string, r: ChatLoadResult, pipeline: PipelineTimes, alone: PipelineTimes) {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const times = (p: PipelineTimes) =>
    `p50 ${ms(p.totalMs.p50)}  p95 ${ms(p.totalMs.p95)}  p99 ${ms(p.totalMs.p99)} over ${p.turns} traced turns`;
  console.log(
    [
      `  turns            ${r.turns} (${r.errors} errors) in ${r.seconds.toFixed(1)} s → ${r.turnsPerSecond.toFixed(1)} turns/s`,
      `  first token      p50 ${ms(r.firstToken.p50)}  p95 ${ms(r.firstToken.p95)}  p99 ${ms(r.firstToken.p99)}`,
      `  full reply       p50 ${ms(r.fullReply.p50)}  p95 ${ms(r.fullReply.p95)}  p99 ${ms(r.fullReply.p99)}`,
      `  server memory    start ${r.memory.startMb} MB  peak ${r.memory.peakMb} MB  end ${r.memory.endMb} MB (RSS)`,
      `  pipeline/turn    ${times(pipeline)} (under the load above: includes waiting for the server and the database)`,
      `  pipeline alone   ${times(alone)} (one customer: the pipeline's own time; local engine, no model time)`,
    ].join("\n"),
  );
}
