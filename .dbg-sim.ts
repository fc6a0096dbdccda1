import { readFileSync } from "node:fs";
import { createMemoryDatabase } from "@/lib/db/memory";
import { parseScenarioLine } from "@/lib/eval/scenarios";
import { seedScenarioStore } from "@/lib/eval/scenario-fixtures";
import { createConversationDriver } from "@/lib/pipeline/turn-harness";
const ids = process.argv.slice(2);
const lines = readFileSync("evals/scenarios.jsonl", "utf8").split("\n").filter(Boolean);
for (const line of lines) {
  const p = parseScenarioLine(line); if (!p.ok) throw new Error(p.error);
  const s = p.scenario; if (!ids.includes(s.id)) continue;
  const db = await createMemoryDatabase(); const now = new Date();
  await seedScenarioStore(db.prisma, s, now);
  const d = createConversationDriver(db.prisma, { now: () => now });
  const id = await d.start();
  console.log("=====", s.id);
  for (const [i, t] of s.turns.entries()) {
    const r = await d.say(id, t);
    const st = r.stages;
    console.log(`-- turn ${i + 1}: ${t}`);
    if (!st) { console.log("  (not run)"); continue; }
    console.log("  triage", st.triage.intent, st.triage.confidence.toFixed(2), st.triage.sentiment, st.triage.urgency, "route", JSON.stringify(st.route), "inj", JSON.stringify(st.screen.injection));
    console.log("  tools", JSON.stringify(st.tools.map(c => ({ tool: c.tool, d: c.decision, r: c.reason, o: c.orderNumber, input: c.input }))));
    console.log("  retrieve", JSON.stringify(st.retrieve.map(a => [a.id, a.score])));
    console.log("  escalate", JSON.stringify(st.escalate), "validate", JSON.stringify(st.validate));
    console.log("  reply:", r.reply?.body, "| notice:", r.handoff?.notice?.body?.slice(0, 40));
  }
  await db.close();
}
