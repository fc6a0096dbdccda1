/**
 * npm run eval [-- --public ../shared/eval] [--json out.json] [--errors] [--messages evals/messages.jsonl]
 *              [--scenarios evals/scenarios.jsonl] [--cases] [--tau ../shared/eval/tau_bench_retail [--tau-limit N]]
 *
 * Runs the project's labelled messages (evals/messages.jsonl) through analyzeMessage with the local engine and
 * prints intent macro-F1 with per-intent scores and a confusion matrix, injection recall and false positives,
 * PII recall (span-exact, per type) and escalation accuracy. With --public it also scores the public sets in
 * that folder (see ../shared/eval/README.md), read in place at run time. --errors lists every mistake.
 * Then it runs the multi-turn scenarios (evals/scenarios.jsonl) through the whole pipeline, as `npm run simulate`
 * does, and prints the share that pass with every failing check. The pipeline imports `server-only`, so the
 * package.json script runs this with the `react-server` condition.
 * With --cases it also replays the evaluation cases supervisors saved from corrected AI answers (the EvaluationCase
 * rows of the app's database, see scripts/lib/saved-cases.ts) the same way.
 * With --tau it turns tau-bench retail's dev and train gold write actions into conversations (and a wrong-state
 * variant of each), runs them through the whole pipeline and checks them (lib/eval/tau.ts, tau-check.ts, tau-run.ts).
 * Exit code 0 when the figures were produced (meeting the bars or not); 1 for an invalid dataset; 2 for bad
 * arguments, a policy that cannot load, or a --public folder that does not exist.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { evaluateOwn, type Mistake, type OwnFigures } from "@/lib/eval/evaluate";
import { readEvalMessages } from "@/lib/eval/messages";
import {
  bar,
  confusionTable,
  escalationLines,
  indent,
  injectionLine,
  intentTable,
  num,
  pct,
  piiLines,
} from "@/lib/eval/report";
import { readScenarios } from "@/lib/eval/scenarios";
import { evaluateScenarios, type ScenarioFigures } from "@/lib/eval/simulate";
import type { TauFigures } from "@/lib/eval/tau-figures";
import { reportTau } from "@/lib/eval/tau-run";
import { type Analyzer, createAnalyzer } from "./lib/analyzer";
import { evaluatePublic, type PublicFigures, printPublic } from "./lib/eval-public";
import { loadSavedCases } from "./lib/saved-cases";

const BARS = { macroF1: 0.85, injectionRecall: 0.9, injectionFpr: 0.02, escalation: 0.95, pii: 0.98 };

function usage(message: string): never {
  process.stderr.write(
    `eval: ${message}\nusage: npm run eval [-- --public DIR] [--json FILE] [--errors] [--messages FILE] [--scenarios FILE] [--cases] [--tau DIR [--tau-limit N]]\n`,
  );
  process.exit(2);
}

function printOwn(own: OwnFigures, showErrors: boolean): void {
  const { intent, injection, lookalikes, pii, escalation, language } = own;
  console.log(`\n== Tandem's own set: ${own.messages} messages ==`);
  console.log(
    `intent     macro-F1 ${num(intent.macroF1)}  accuracy ${pct(intent.accuracy)}  ${bar(intent.macroF1, BARS.macroF1)}`,
  );
  console.log(indent(intentTable(intent)));
  console.log("  confusion (rows: labelled, columns: predicted)");
  console.log(indent(confusionTable(intent), "    "));
  console.log(
    `injection  ${injectionLine(injection)}  ${bar(injection.recall, BARS.injectionRecall)}; ${bar(injection.falsePositiveRate, BARS.injectionFpr, "lower")}`,
  );
  console.log(
    `           look-alike benign messages flagged: ${lookalikes.flagged}/${lookalikes.n} (${pct(lookalikes.rate)})`,
  );
  console.log(`pii        ${piiLines({ ...pii, missed: [] })}  ${bar(pii.recall, BARS.pii)}`);
  console.log(`           spans found where nothing was labelled: ${pii.falsePositives}`);
  const [first, ...rest] = escalationLines(escalation).split("\n");
  console.log(`escalation ${first}  ${bar(escalation.accuracy, BARS.escalation)}`);
  for (const line of rest) console.log(`           ${line}`);
  const langs = Object.entries(language.byLanguage)
    .map(([lang, s]) => `${lang} ${s.correct}/${s.n} (intent ${pct(s.intentCorrect / s.n, 0)})`)
    .join(", ");
  console.log(`language   detected ${pct(language.accuracy)}: ${langs}`);
  console.log(
    `latency    analyzeMessage p50 ${own.latencyMs.p50} ms, p99 ${own.latencyMs.p99} ms (local engine, one process)`,
  );
  const counts = Object.entries(own.mistakes)
    .map(([kind, list]) => `${kind} ${list.length}`)
    .join(", ");
  if (!showErrors) {
    console.log(`mistakes   ${counts} (run with --errors to list them)`);
    return;
  }
  for (const [kind, list] of Object.entries(own.mistakes) as Array<[string, Mistake[]]>) {
    if (list.length === 0) continue;
    console.log(`\n-- ${kind} mistakes (${list.length}) --`);
    for (const m of list)
      console.log(`${m.id}  expected ${m.expected}  got ${m.got}  | ${m.text.replace(/\s+/g, " ").slice(0, 140)}`);
  }
}

function printScenarios(file: string, figures: ScenarioFigures): void {
  const { n, passed, rate, msPerScenario } = figures;
  console.log(
    `\n== Scenarios (${file}): ${passed}/${n} passed (${pct(rate)}), ${msPerScenario.mean} ms per scenario (max ${msPerScenario.max} ms) ==`,
  );
  for (const result of figures.results.filter((r) => !r.passed)) {
    console.log(`FAIL ${result.id}: ${result.title}`);
    for (const check of result.failedChecks) console.log(`     ${check.name}  → got ${check.detail}`);
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        public: { type: "string" },
        json: { type: "string" },
        errors: { type: "boolean", default: false },
        messages: { type: "string", default: "evals/messages.jsonl" },
        scenarios: { type: "string", default: "evals/scenarios.jsonl" },
        cases: { type: "boolean", default: false },
        tau: { type: "string" },
        "tau-limit": { type: "string" },
      },
    }).values;
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  if (!existsSync(args.messages)) usage(`no labelled messages at ${args.messages}`);
  if (!existsSync(args.scenarios)) usage(`no scenarios at ${args.scenarios}`);
  let analyzer: Analyzer;
  try {
    analyzer = createAnalyzer();
  } catch (error) {
    process.stderr.write(`eval: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const { messages, errors } = readEvalMessages(args.messages);
  const loadedScenarios = readScenarios(args.scenarios);
  if (errors.length > 0 || loadedScenarios.errors.length > 0) {
    for (const e of errors) process.stderr.write(`${args.messages}:${e.line}: ${e.error}\n`);
    for (const e of loadedScenarios.errors) process.stderr.write(`${args.scenarios}:${e.line}: ${e.error}\n`);
    return 1;
  }
  console.log(`engine ${analyzer.engine}, policy ${analyzer.policyVersion}`);
  const own = await evaluateOwn(messages, analyzer.analyze);
  printOwn(own, args.errors);

  let publicFigures: PublicFigures | null = null;
  let exitCode = 0;
  if (args.public !== undefined) {
    const dir = path.resolve(args.public);
    if (!existsSync(dir)) {
      console.log(`\n== Public sets: ${dir} does not exist, so nothing public was measured ==`);
      console.log("The public evaluation data lives outside the repository (../shared/eval in the team's workspace).");
      exitCode = 2;
    } else {
      publicFigures = await evaluatePublic(dir, analyzer);
      printPublic(publicFigures, args.errors);
    }
  }
  const scenarios = await evaluateScenarios(loadedScenarios.scenarios, { policySet: analyzer.policySet });
  printScenarios(args.scenarios, scenarios);
  let cases: ScenarioFigures | null = null;
  if (args.cases) {
    const saved = await loadSavedCases();
    for (const e of saved.errors) process.stderr.write(`evaluation case ${e.id}: ${e.error}\n`);
    cases = await evaluateScenarios(saved.scenarios, { policySet: analyzer.policySet });
    printScenarios(`saved cases in ${saved.database}`, cases);
  }
  let tau: TauFigures | null = null;
  if (args.tau !== undefined) {
    const limit = args["tau-limit"] === undefined ? undefined : Number(args["tau-limit"]);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) usage("--tau-limit takes a positive integer");
    const run = await reportTau(args.tau, { policySet: analyzer.policySet, ...(limit ? { limit } : {}) });
    tau = run.figures;
    exitCode = Math.max(exitCode, run.exitCode);
  }
  if (args.json) {
    const { mistakes, ...ownFigures } = own;
    const payload = {
      engine: analyzer.engine,
      policyVersion: analyzer.policyVersion,
      generatedAt: new Date().toISOString(),
      own: {
        ...ownFigures,
        mistakeCounts: Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.length])),
      },
      public: publicFigures,
      scenarios,
      cases,
      tau,
    };
    writeFileSync(args.json, `${JSON.stringify(payload, null, 2)}\n`);
    console.log(`\nfigures written to ${args.json}`);
  }
  return exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
