/**
 * npm run train:intent [-- --data ../shared/eval] [--out lib/engines/local/model/intent-weights.json]
 *
 * Trains the local engine's intent classifier and writes its weights to a committed file, so that Tandem loads
 * them at run time (a fresh clone needs neither the public data nor any training time). The training lines are:
 * - the team's own lines (lib/engines/local/training/*.ts), weight 1;
 * - the public training splits in the data folder (see ../shared/eval/README.md and scripts/lib/intent-data.ts):
 *   banking77 train, CLINC150 train and out-of-scope, tau-bench retail train tasks, the ABCD sample, mapped to
 *   Tandem's intents and down-weighted. Rows that lib/eval/public-splits.ts keeps for measuring are never read
 *   for training, and support_dev and tau-bench's dev tasks are not read at all.
 * Public lines that are near-copies of the team's held-out set or of evals/messages.jsonl are dropped, so those
 * keep measuring text the model has not seen. One line in ten (by a hash of its text) is set apart to choose the
 * softmax temperature (calibration); the final model is then trained on everything with that temperature.
 * Deterministic: the same inputs give the same weights (the date in the metadata is today's, or SOURCE_DATE_EPOCH's).
 * Exits 1, saying so, when the data folder is missing.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { messageFeatures } from "@/lib/engines/local/features";
import { INTENT_MODEL_FORMAT, type IntentModelFile } from "@/lib/engines/local/intent-model-file";
import { DEFAULT_TRAINING, LinearModel } from "@/lib/engines/local/linear-model";
import { trainingSet, trainingSetFingerprint } from "@/lib/engines/local/training/corpus";
import { heldOutSet } from "@/lib/engines/local/training/held-out";
import { readEvalMessages } from "@/lib/eval/messages";
import { MAPPING_VERSION } from "@/lib/eval/public-mappings";
import { HOLD_OUT_ONE_IN, hashText } from "@/lib/eval/public-splits";
import { INTENTS, type Intent } from "@/lib/policy/schema";
import { readPublicTraining, SOURCE_WEIGHTS, type WeightedLine } from "./lib/intent-data";
import { trigrams } from "@/lib/text/trigrams";

const PRUNE = 0.02;
const DIGITS = 3;
const CALIBRATION_ONE_IN = 10;
const TEMPERATURES = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1];

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "../shared/eval" },
      out: { type: "string", default: "lib/engines/local/model/intent-weights.json" },
    },
  });
  const dir = path.resolve(values.data);
  if (!existsSync(dir)) {
    process.stderr.write(
      `train:intent: the public training data is not at ${dir}.\n` +
        "It lives outside the repository (../shared/eval in the team's workspace; pass --data DIR). The committed weights\n" +
        "in lib/engines/local/model/intent-weights.json were left as they are.\n",
    );
    return 1;
  }
  const started = performance.now();
  const team: WeightedLine[] = trainingSet().map(({ text, intent }) => ({ text, intent, weight: 1, source: "team" }));
  let publicData;
  try {
    publicData = readPublicTraining(dir);
  } catch (error) {
    process.stderr.write(
      `train:intent: cannot read the public training data in ${dir}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const guard = nearCopyGuard([
    ...heldOutSet().map((u) => u.text),
    ...readEvalMessages(path.resolve("evals/messages.jsonl")).messages.map((m) => m.text),
  ]);
  const kept = publicData.lines.filter((line) => !guard(line.text));
  const dropped = publicData.lines.length - kept.length;
  const wrapped = wrapTeamLines(team);
  const all = [...team, ...wrapped, ...kept];
  console.log(
    `training lines: team ${team.length} (+${wrapped.length} wrapped in a greeting or a request for help), public ${kept.length} (${dropped} near-copies of the held-out or eval messages dropped)`,
  );

  const examples = all.map((line) => ({
    features: messageFeatures(line.text),
    label: line.intent,
    weight: line.weight,
    text: line.base ?? line.text,
  }));
  // A wrapped line is split with the line it wraps, so calibration never sees a copy of a line it was fitted on.
  const isCalibration = (text: string) => hashText(text) % CALIBRATION_ONE_IN === 0;
  const fit = examples.filter((e) => !isCalibration(e.text));
  const calibration = examples.filter((e) => isCalibration(e.text));
  const probe = LinearModel.train(INTENTS, fit, DEFAULT_TRAINING);
  let best = { temperature: DEFAULT_TRAINING.temperature, logLoss: Infinity, accuracy: 0, confidence: 0 };
  for (const temperature of TEMPERATURES) {
    let logLoss = 0;
    let correct = 0;
    let confidence = 0;
    for (const e of calibration) {
      const p = probe.predictWith(e.features, temperature);
      logLoss -= Math.log(Math.max(1e-12, p.probabilities[e.label]));
      if (p.label === e.label) correct++;
      confidence += p.confidence;
    }
    const n = Math.max(1, calibration.length);
    if (logLoss / n < best.logLoss)
      best = { temperature, logLoss: logLoss / n, accuracy: correct / n, confidence: confidence / n };
  }
  console.log(
    `calibration (${calibration.length} lines set apart): temperature ${best.temperature}, log-loss ${best.logLoss.toFixed(3)}, ` +
      `accuracy ${(best.accuracy * 100).toFixed(1)}%, mean confidence ${(best.confidence * 100).toFixed(1)}%`,
  );

  const options = { ...DEFAULT_TRAINING, temperature: best.temperature };
  const model = LinearModel.train(INTENTS, examples, options);
  const serialized = model.serialize(PRUNE, DIGITS);
  const reloaded = LinearModel.deserialize(INTENTS, serialized);
  const changed = examples.filter((e) => model.predict(e.features).label !== reloaded.predict(e.features).label).length;
  console.log(
    `model: ${model.featureCount} features, ${serialized.features} kept after pruning |w| < ${PRUNE}; ${changed} of ${examples.length} training predictions change with pruning and rounding`,
  );

  const byIntent = (lines: WeightedLine[]) =>
    Object.fromEntries(INTENTS.map((i) => [i, lines.filter((l) => l.intent === i).length])) as Record<Intent, number>;
  const date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  const file: IntentModelFile = {
    format: INTENT_MODEL_FORMAT,
    metadata: {
      trainedOn: date.toISOString().slice(0, 10),
      command: "npm run train:intent",
      labelMapping: MAPPING_VERSION,
      team: { lines: team.length, fingerprint: trainingSetFingerprint(), weight: 1, byIntent: byIntent(team) },
      sources: publicData.sources.map((s) => ({
        ...s,
        weight: SOURCE_WEIGHTS[s.name === "tau_bench_retail" ? "tau" : (s.name as keyof typeof SOURCE_WEIGHTS)],
        used: kept.filter((l) => l.source.startsWith(s.name === "tau_bench_retail" ? "tau:" : `${s.name}:`)).length,
      })),
      heldOutForMeasuring: `banking77: 1 row in ${HOLD_OUT_ONE_IN} by text hash; clinc150: the val split and 1 in ${HOLD_OUT_ONE_IN} out-of-scope rows (lib/eval/public-splits.ts)`,
      nearCopiesDropped: dropped,
      training: {
        ...options,
        calibrationOneIn: CALIBRATION_ONE_IN,
        calibrationLogLoss: round(best.logLoss),
        calibrationAccuracy: round(best.accuracy),
      },
      pruning: {
        minAbsWeight: PRUNE,
        digits: DIGITS,
        featuresBefore: model.featureCount,
        featuresKept: serialized.features,
      },
    },
    model: serialized,
  };
  const out = path.resolve(values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  const json = `${JSON.stringify(file, null, 1)}\n`;
  writeFileSync(out, json);
  console.log(
    `wrote ${path.relative(process.cwd(), out)} (${(json.length / 1024 / 1024).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

/**
 * Customers wrap a request in words that say nothing about it ("hi, I need some help: …", "can you help me? …",
 * "… thanks in advance"). The team's lines have few of them, so "help" and "please" leaned towards whichever
 * intents happened to use them (mostly small talk, "other"). One line in three of every intent except `other`
 * and `human_request` (where "help me" and "someone" mean something) is repeated, at half weight, inside one of
 * these wrappers, chosen by the line's position so the result is deterministic.
 */
const WRAPPERS: Array<[string, string]> = [
  ["hi, I need some help: ", ""],
  ["can you help me? ", ""],
  ["I have a question. ", ""],
  ["hello, ", " thanks"],
  ["I need assistance please, ", ""],
  ["", ", can you help?"],
  ["I don't know what to do. ", ""],
  ["good morning! ", " thank you in advance"],
  ["please help, ", ""],
  ["", " - I need help with this"],
  ["quick question: ", ""],
  ["hey there, ", " cheers"],
];

function wrapTeamLines(team: WeightedLine[]): WeightedLine[] {
  return team.flatMap((line, i) => {
    if (i % 3 !== 0 || line.intent === "other" || line.intent === "human_request") return [];
    const [before, after] = WRAPPERS[(i / 3) % WRAPPERS.length]!;
    const core = before && /^[A-Z][a-z]/.test(line.text) ? line.text[0]!.toLowerCase() + line.text.slice(1) : line.text;
    return [
      { text: `${before}${core}${after}`, intent: line.intent, weight: 0.5, source: "team-wrapped", base: line.text },
    ];
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** True for a text whose character trigrams overlap one of `texts` by a Jaccard of 0.6 or more (as datasets.test.ts checks). */
function nearCopyGuard(texts: string[]): (text: string) => boolean {
  const sets = texts.map(trigrams);
  const index = new Map<string, number[]>();
  sets.forEach((grams, i) => {
    for (const gram of grams) index.set(gram, [...(index.get(gram) ?? []), i]);
  });
  return (text) => {
    const grams = trigrams(text);
    const shared = new Map<number, number>();
    for (const gram of grams) for (const i of index.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (n / (grams.size + sets[i]!.size - n) >= 0.6) return true;
    return false;
  };
}

process.exitCode = main();
