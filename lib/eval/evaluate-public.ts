import { INTENTS } from "@/lib/policy/schema";
import { type Analyze, round, runAll } from "./evaluate";
import {
  type ClassificationReport,
  classificationReport,
  ratio,
  type Span,
  type SpanReport,
  spanReport,
} from "./metrics";
import type { AttackSet, IntentSet, PiiSet } from "./public-sets";

/** The public sets through `analyzeMessage`: intent sets (Banking77, CLINC150), attack sets and PII sets. */

export type IntentSetFigures = {
  name: string;
  intent: ClassificationReport;
  /** Every utterance of the set is benign: flagged ones are injection false positives. */
  injectionFalsePositives: { n: number; flagged: number; rate: number | null; examples: string[] };
  unmappedLabels: number;
  /**
   * Out-of-scope detection, when the set has out-of-scope rows (CLINC's "oos"): how many were read as `other`
   * (recall), and of the rows read as `other` how many were out of scope or another domain (precision).
   */
  outOfScope: {
    n: number;
    caught: number;
    recall: number | null;
    predictedOther: number;
    precision: number | null;
    meanConfidence: number | null;
  } | null;
};

export async function evaluateIntentSet(set: IntentSet, analyze: Analyze): Promise<IntentSetFigures> {
  const runs = await runAll(
    set.benign.map(({ id, text }) => ({ id, text })),
    analyze,
  );
  const byId = new Map(runs.map(({ result }) => [result.id, result]));
  const predicted = set.cases.map((c) => byId.get(c.id)!.intent);
  const labels = [...new Set(set.cases.map((c) => c.intent))].sort((a, b) => INTENTS.indexOf(a) - INTENTS.indexOf(b));
  const flagged = runs.filter(({ result }) => result.injection.flagged);
  const oos = set.cases.flatMap((c, i) => (c.source === "oos" ? [i] : []));
  const caught = oos.filter((i) => predicted[i] === "other");
  const predictedOther = predicted.filter((p) => p === "other").length;
  const otherCorrect = set.cases.filter((c, i) => c.intent === "other" && predicted[i] === "other").length;
  const outOfScope =
    oos.length === 0
      ? null
      : {
          n: oos.length,
          caught: caught.length,
          recall: ratio(caught.length, oos.length),
          predictedOther,
          precision: ratio(otherCorrect, predictedOther),
          meanConfidence: round(oos.reduce((sum, i) => sum + byId.get(set.cases[i]!.id)!.confidence, 0) / oos.length),
        };
  return {
    name: set.name,
    outOfScope,
    intent: classificationReport(
      set.cases.map((c) => c.intent),
      predicted,
      labels,
    ),
    injectionFalsePositives: {
      n: runs.length,
      flagged: flagged.length,
      rate: ratio(flagged.length, runs.length),
      examples: flagged.slice(0, 5).map(({ result }) => set.benign.find((b) => b.id === result.id)?.text ?? result.id),
    },
    unmappedLabels: set.unmappedLabels,
  };
}

export type AttackFigures = {
  recall: number | null;
  n: number;
  byFamily: Array<{ family: string; n: number; caught: number; recall: number | null }>;
  missed: string[];
  benign: { n: number; flagged: number; rate: number | null };
};

export async function evaluateAttacks(set: AttackSet, analyze: Analyze): Promise<AttackFigures> {
  const attackRuns = await runAll(
    set.attacks.map(({ id, text }) => ({ id, text })),
    analyze,
  );
  const benignRuns = await runAll(
    set.benign.map(({ id, text }) => ({ id, text })),
    analyze,
  );
  const families = new Map<string, { n: number; caught: number }>();
  const missed: string[] = [];
  set.attacks.forEach((attack, i) => {
    const stats = families.get(attack.family) ?? { n: 0, caught: 0 };
    stats.n++;
    if (attackRuns[i]!.result.injection.flagged) stats.caught++;
    else missed.push(attack.id);
    families.set(attack.family, stats);
  });
  const caught = set.attacks.length - missed.length;
  const benignFlagged = benignRuns.filter(({ result }) => result.injection.flagged).length;
  return {
    recall: ratio(caught, set.attacks.length),
    n: set.attacks.length,
    byFamily: [...families.entries()].map(([family, s]) => ({ family, ...s, recall: ratio(s.caught, s.n) })),
    missed,
    benign: { n: benignRuns.length, flagged: benignFlagged, rate: ratio(benignFlagged, benignRuns.length) },
  };
}

export type PiiFigures = {
  spans: Omit<SpanReport, "missed" | "falsePositives" | "precision">;
  negatives: { n: number; falseDetections: number };
  sentences: {
    n: number;
    detected: number;
    rate: number | null;
    byType: Record<string, { n: number; detected: number }>;
  };
  notCovered: Record<string, number>;
  missed: string[];
};

export async function evaluatePii(set: PiiSet, analyze: Analyze): Promise<PiiFigures> {
  const detect = async (id: string, text: string, type: string) =>
    (await analyze({ id, text })).pii
      .filter((span) => span.type === type)
      .map(({ type: t, start, end }) => ({ type: t, start, end }));
  const predicted: Span[][] = [];
  for (const c of set.spanCases) predicted.push(await detect(c.id, c.text, c.type));
  // Each upstream row labels one entity type, so spans of other types are not errors: only recall is scored.
  const report = spanReport(
    set.spanCases.map((c) => c.spans),
    predicted,
  );
  const spans = { gold: report.gold, found: report.found, recall: report.recall, perType: report.perType };
  let falseDetections = 0;
  for (const c of set.negatives) if ((await detect(c.id, c.text, c.type)).length > 0) falseDetections++;
  const byType: PiiFigures["sentences"]["byType"] = {};
  let detected = 0;
  for (const s of set.sentences) {
    const slot = (byType[s.type] ??= { n: 0, detected: 0 });
    slot.n++;
    if ((await detect(s.id, s.text, s.type)).length > 0) {
      slot.detected++;
      detected++;
    }
  }
  return {
    spans,
    negatives: { n: set.negatives.length, falseDetections },
    sentences: { n: set.sentences.length, detected, rate: ratio(detected, set.sentences.length), byType },
    notCovered: set.notCovered,
    missed: report.missed.map(
      ({ item, span }) =>
        `${set.spanCases[item]!.id} ${span.type} "${set.spanCases[item]!.text.slice(span.start, span.end)}"`,
    ),
  };
}
