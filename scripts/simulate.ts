/**
 * npm run --silent simulate < evals/scenarios.jsonl
 *
 * Runs whole conversations through the real pipeline with the local engine, each against a fresh in-memory
 * database holding the store its fixture describes (the format of evals/scenarios.jsonl, evals/README.md), and
 * writes one JSON line per scenario, in input order: replies, tool calls with their decisions, the escalation,
 * the final status, validator violations, flagged turns, and the `expect` checks (`expect` may be left out for
 * an ad-hoc run: nothing is checked and `passed` is true). A line that is not a valid scenario yields
 * {"line":N,"error":"…"} and the run goes on. Exit code 0 whether or not checks pass, unless stdin cannot be read
 * (1) or the policy cannot load (2).
 *
 * Run with the `react-server` condition (the package.json script does): the pipeline's modules import
 * `server-only`, which throws anywhere else, exactly as it is meant to in a browser bundle.
 */
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createMemoryDatabase } from "@/lib/db/memory";
import { createLocalEngine } from "@/lib/engines/local/engine";
import { parseScenario } from "@/lib/eval/scenarios";
import { simulateScenario } from "@/lib/eval/simulate";
import { loadPolicySet, type PolicySet } from "@/lib/policy/load";
import { runCli } from "./lib/cli";

async function write(value: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(value)}\n`)) await once(process.stdout, "drain");
}

function parseLine(line: string) {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false as const, error: "not valid JSON" };
  }
  // `expect` is required in the team's scenario file, not in an ad-hoc run.
  const withExpect =
    value !== null && typeof value === "object" && !Array.isArray(value) && !("expect" in value)
      ? { ...value, expect: {} }
      : value;
  return parseScenario(withExpect);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main(): Promise<number> {
  let policySet: PolicySet;
  try {
    policySet = loadPolicySet(process.env.TANDEM_POLICY_DIR ?? "policies");
  } catch (error) {
    process.stderr.write(`simulate: cannot start: ${message(error)}\n`);
    return 2;
  }
  const engine = createLocalEngine();
  // One database for the run, emptied before each scenario: a new PGlite per scenario would take longer than
  // the scenario itself, and an emptied database holds nothing a new one would not.
  const database = await createMemoryDatabase();
  let readFailed = false;
  process.stdin.on("error", (error) => {
    readFailed = true;
    process.stderr.write(`simulate: cannot read stdin: ${error.message}\n`);
  });
  let lineNumber = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    const line = raw.replace(/^\uFEFF/, "");
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      await write({ line: lineNumber, error: parsed.error });
      continue;
    }
    try {
      await write(await simulateScenario(parsed.scenario, { engine, policySet, database }));
    } catch (error) {
      // One scenario the pipeline cannot run must not stop the others; the error is reported in its place.
      await write({ line: lineNumber, id: parsed.scenario.id, error: `simulation failed: ${message(error)}` });
    }
  }
  await database.close();
  return readFailed ? 1 : 0;
}

runCli("simulate", main);
