import { readFileSync } from "node:fs";
import { createMemoryDatabase } from "@/lib/db/memory";
import { parseScenarioLine } from "@/lib/eval/scenarios";
import { simulateScenario } from "@/lib/eval/simulate";
import { createLocalEngine } from "@/lib/engines/local/engine";
import { loadPolicySet } from "@/lib/policy/load";
const lines = readFileSync("evals/scenarios.jsonl", "utf8").split("\n").filter(Boolean);
const engine = createLocalEngine(); const policySet = loadPolicySet("policies");
let t = performance.now();
const database = await createMemoryDatabase();
console.log("create", performance.now() - t);
for (let i = 0; i < 3; i++) { t = performance.now(); await database.reset(); console.log("reset", performance.now() - t); }
for (const line of lines) {
  const p = parseScenarioLine(line); if (!p.ok) throw new Error(p.error);
  t = performance.now();
  await simulateScenario(p.scenario, { engine, policySet, database });
  console.log(p.scenario.id, p.scenario.turns.length, Math.round(performance.now() - t));
}
await database.close();
