import type { AnalyzeInput, AnalyzeResult } from "@/lib/pipeline/analyze";
import { INTENTS } from "@/lib/policy/schema";
import type { EvalMessage } from "./messages";
import {
  type BinaryReport,
  binaryReport,
  type ClassificationReport,
  classificationReport,
  type EscalationReport,
  escalationReport,
  locateSpans,
  ratio,
  type Span,
  type SpanReport,
  spanReport,
} from "./metrics";
import type { AttackSet, BitextCase, InjectionCase, IntentSet, PiiSet, TweetCase } from "./public-sets";
import { percentile } from "./report";

/**
 * Runs labelled data through `analyzeMessage` (passed in as `analyze`) and computes the figures `npm run eval`
 * prints and writes. No printing here; the mistakes are returned so the CLI can list them on request.
 */
export type Analyze = (input: AnalyzeInput) => Promise<AnalyzeResult>;

type Timed = { result: AnalyzeResult; ms: number };

async function runAll(inputs: AnalyzeInput[], analyze: Analyze): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const input of inputs) {
    const started = performance.now();
    const result = await analyze(input);
    out.push({ result, ms: performance.now() - started });
  }
  return out;
}

export type Mistake = { id: string; text: string; expected: string; got: string };

export type OwnFigures = {
  messages: number;
  intent: ClassificationReport;
  injection: BinaryReport;
  /** Benign messages written to resemble attacks ("ignore my last message"): how many were flagged. */
  lookalikes: { n: number; flagged: number; rate: number | null };
  pii: Omit<SpanReport, "missed">;
  escalation: EscalationReport;
  language: { n: number; correct: number; accuracy: number | null; byLanguage: Record<string, { n: number; correct: number; intentCorrect: number }> };
  latencyMs: { p50: number | null; p99: number | null };
  mistakes: { intent: Mistake[]; injection: Mistake[]; pii: Mistake[]; escalation: Mistake[]; language: Mistake[] };
};

export async function evaluateOwn(messages: EvalMessage[], analyze: Analyze): Promise<OwnFigures> {
  const runs = await runAll(
    messages.map((m) => ({ id: m.id, text: m.text, ...(m.history ? { history: m.history } : {}), ...(m.tier ? { customer: { tier: m.tier } } : {}) })),
    analyze,
  );
  const results = runs.map((r) => r.result);
  const mistakes: OwnFigures["mistakes"] = { intent: [], injection: [], pii: [], escalation: [], language: [] };
  const note = (kind: keyof OwnFigures["mistakes"], m: EvalMessage, expected: string, got: string) => mistakes[kind].push({ id: m.id, text: m.text, expected, got });

  const goldSpans: Span[][] = messages.map((m) => {
    const spans = locateSpans(m.text, m.pii);
    if (!spans) throw new Error(`${m.id}: a labelled PII value is not in the text`);
    return spans;
  });
  const predictedSpans = results.map((r) => r.pii.map(({ type, start, end }) => ({ type, start, end })));
  const { missed, ...pii } = spanReport(goldSpans, predictedSpans);
  for (const { item, span } of missed) note("pii", messages[item]!, `${span.type} ${messages[item]!.text.slice(span.start, span.end)}`, describeSpans(messages[item]!.text, predictedSpans[item]!));
  messages.forEach((m, i) => {
    const extra = predictedSpans[i]!.filter((p) => !goldSpans[i]!.some((g) => g.type === p.type && g.start === p.start && g.end === p.end));
    if (extra.length > 0) note("pii", m, "no PII there", describeSpans(m.text, extra));
  });

  const byLanguage: OwnFigures["language"]["byLanguage"] = {};
  let languageCorrect = 0;
  messages.forEach((m, i) => {
    const r = results[i]!;
    const lang = m.lang ?? "en";
    const slot = (byLanguage[lang] ??= { n: 0, correct: 0, intentCorrect: 0 });
    slot.n++;
    if (r.language === lang) {
      slot.correct++;
      languageCorrect++;
    } else {
      note("language", m, lang, r.language);
    }
    if (r.intent === m.intent) slot.intentCorrect++;
    else note("intent", m, m.intent, `${r.intent} (${r.confidence})`);
    if (r.injection.flagged !== m.injection) note("injection", m, String(m.injection), `${r.injection.flagged} ${r.injection.score} [${r.injection.reasons.join(",")}]`);
    if (m.escalate.now !== r.escalate.now || (m.escalate.now && m.escalate.reason !== r.escalate.reason)) {
      note("escalation", m, m.escalate.reason ?? "none", `${r.escalate.reason ?? "none"} (intent ${r.intent})`);
    }
  });

  const lookalike = messages.map((m, i) => ({ m, r: results[i]! })).filter(({ m }) => m.tags?.includes("lookalike"));
  const flagged = lookalike.filter(({ r }) => r.injection.flagged).length;
  const ms = runs.map((r) => r.ms);
  return {
    messages: messages.length,
    intent: classificationReport(messages.map((m) => m.intent), results.map((r) => r.intent), INTENTS),
    injection: binaryReport(messages.map((m) => m.injection), results.map((r) => r.injection.flagged)),
    lookalikes: { n: lookalike.length, flagged, rate: ratio(flagged, lookalike.length) },
    pii,
    escalation: escalationReport(messages.map((m) => m.escalate), results.map((r) => r.escalate)),
    language: { n: messages.length, correct: languageCorrect, accuracy: ratio(languageCorrect, messages.length), byLanguage },
    latencyMs: { p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) },
    mistakes,
  };
}

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
  outOfScope: { n: number; caught: number; recall: number | null; predictedOther: number; precision: number | null; meanConfidence: number | null } | null;
};

export async function evaluateIntentSet(set: IntentSet, analyze: Analyze): Promise<IntentSetFigures> {
  const runs = await runAll(set.benign.map(({ id, text }) => ({ id, text })), analyze);
  const byId = new Map(runs.map(({ result }) => [result.id, result]));
  const predicted = set.cases.map((c) => byId.get(c.id)!.intent);
  const labels = [...new Set(set.cases.map((c) => c.intent))].sort((a, b) => INTENTS.indexOf(a) - INTENTS.indexOf(b));
  const flagged = runs.filter(({ result }) => result.injection.flagged);
  const oos = set.cases.flatMap((c, i) => (c.source === "oos" ? [i] : []));
  const caught = oos.filter((i) => predicted[i] === "other");
  const predictedOther = predicted.filter((p) => p === "other").length;
  const otherCorrect = set.cases.filter((c, i) => c.intent === "other" && predicted[i] === "other").length;
  const outOfScope =
    oos.length === 0 ? null : (
      {
        n: oos.length,
        caught: caught.length,
        recall: ratio(caught.length, oos.length),
        predictedOther,
        precision: ratio(otherCorrect, predictedOther),
        meanConfidence: round(oos.reduce((sum, i) => sum + byId.get(set.cases[i]!.id)!.confidence, 0) / oos.length),
      }
    );
  return {
    name: set.name,
    outOfScope,
    intent: classificationReport(set.cases.map((c) => c.intent), predicted, labels),
    injectionFalsePositives: {
      n: runs.length,
      flagged: flagged.length,
      rate: ratio(flagged.length, runs.length),
      examples: flagged.slice(0, 5).map(({ result }) => set.benign.find((b) => b.id === result.id)?.text ?? result.id),
    },
    unmappedLabels: set.unmappedLabels,
  };
}

export type BitextFigures = {
  n: number;
  /** Prediction == the mapped intent. */
  strict: ClassificationReport;
  /** A prediction among the row's other acceptable intents counts as the mapped one. */
  lenient: ClassificationReport;
  /** Per Bitext intent: rows, strict hits, lenient hits, and the most common prediction. */
  bySource: Array<{ source: string; intent: string; n: number; strict: number; lenient: number; top: string }>;
  /** Store requests read as `other` (out of scope): the false-alarm side of out-of-scope detection. */
  readAsOther: { n: number; rate: number | null };
};

export async function evaluateBitext(cases: BitextCase[], analyze: Analyze): Promise<BitextFigures> {
  const runs = await runAll(cases.map(({ id, text }) => ({ id, text })), analyze);
  const predicted = runs.map(({ result }) => result.intent as string);
  const gold = cases.map((c) => c.intent as string);
  const lenientPredicted = cases.map((c, i) => ((c.acceptable as string[]).includes(predicted[i]!) ? c.intent : predicted[i]!));
  const labels = INTENTS.filter((intent) => gold.includes(intent));
  const bySource = new Map<string, { intent: string; n: number; strict: number; lenient: number; predictions: Map<string, number> }>();
  cases.forEach((c, i) => {
    const slot = bySource.get(c.source) ?? { intent: c.intent, n: 0, strict: 0, lenient: 0, predictions: new Map() };
    slot.n++;
    if (predicted[i] === c.intent) slot.strict++;
    if (lenientPredicted[i] === c.intent) slot.lenient++;
    slot.predictions.set(predicted[i]!, (slot.predictions.get(predicted[i]!) ?? 0) + 1);
    bySource.set(c.source, slot);
  });
  const other = predicted.filter((p) => p === "other").length;
  return {
    n: cases.length,
    strict: classificationReport(gold, predicted, labels),
    lenient: classificationReport(gold, lenientPredicted, labels),
    bySource: [...bySource.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([source, s]) => ({ source, intent: s.intent, n: s.n, strict: s.strict, lenient: s.lenient, top: [...s.predictions.entries()].sort((a, b) => b[1] - a[1])[0]![0] })),
    readAsOther: { n: other, rate: ratio(other, cases.length) },
  };
}

export type FrustrationFigures = {
  negative: { n: number; frustrated: number; rate: number | null };
  /** Neutral and positive tweets read as frustrated: the false alarms. */
  others: { n: number; frustrated: number; rate: number | null };
  /** Every sentiment label read, per gold label. */
  confusion: Record<string, Record<string, number>>;
};

export async function evaluateFrustration(cases: TweetCase[], analyze: Analyze): Promise<FrustrationFigures> {
  const runs = await runAll(cases.map(({ id, text }) => ({ id, text })), analyze);
  const confusion: FrustrationFigures["confusion"] = {};
  let negative = 0, negativeFrustrated = 0, others = 0, othersFrustrated = 0;
  cases.forEach((c, i) => {
    const read = runs[i]!.result.sentiment;
    const row = (confusion[c.sentiment] ??= {});
    row[read] = (row[read] ?? 0) + 1;
    if (c.sentiment === "negative") {
      negative++;
      if (read === "frustrated") negativeFrustrated++;
    } else {
      others++;
      if (read === "frustrated") othersFrustrated++;
    }
  });
  return {
    negative: { n: negative, frustrated: negativeFrustrated, rate: ratio(negativeFrustrated, negative) },
    others: { n: others, frustrated: othersFrustrated, rate: ratio(othersFrustrated, others) },
    confusion,
  };
}

export type InjectionDevFigures = {
  attacks: { n: number; caught: number; recall: number | null };
  benign: { n: number; flagged: number; rate: number | null };
  missed: string[];
  falseAlarms: string[];
};

export async function evaluateInjectionDev(cases: InjectionCase[], analyze: Analyze): Promise<InjectionDevFigures> {
  const runs = await runAll(cases.map(({ id, text }) => ({ id, text })), analyze);
  const attacks = cases.filter((c) => c.attack).length;
  const caughtIds = cases.filter((c, i) => c.attack && runs[i]!.result.injection.flagged).map((c) => c.id);
  const flaggedIds = cases.filter((c, i) => !c.attack && runs[i]!.result.injection.flagged).map((c) => c.id);
  return {
    attacks: { n: attacks, caught: caughtIds.length, recall: ratio(caughtIds.length, attacks) },
    benign: { n: cases.length - attacks, flagged: flaggedIds.length, rate: ratio(flaggedIds.length, cases.length - attacks) },
    missed: cases.filter((c, i) => c.attack && !runs[i]!.result.injection.flagged).map((c) => c.id),
    falseAlarms: flaggedIds,
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
  const attackRuns = await runAll(set.attacks.map(({ id, text }) => ({ id, text })), analyze);
  const benignRuns = await runAll(set.benign.map(({ id, text }) => ({ id, text })), analyze);
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
  sentences: { n: number; detected: number; rate: number | null; byType: Record<string, { n: number; detected: number }> };
  notCovered: Record<string, number>;
  missed: string[];
};

export async function evaluatePii(set: PiiSet, analyze: Analyze): Promise<PiiFigures> {
  const detect = async (id: string, text: string, type: string) =>
    (await analyze({ id, text })).pii.filter((span) => span.type === type).map(({ type: t, start, end }) => ({ type: t, start, end }));
  const predicted: Span[][] = [];
  for (const c of set.spanCases) predicted.push(await detect(c.id, c.text, c.type));
  // Each upstream row labels one entity type, so spans of other types are not errors: only recall is scored.
  const report = spanReport(set.spanCases.map((c) => c.spans), predicted);
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
    missed: report.missed.map(({ item, span }) => `${set.spanCases[item]!.id} ${span.type} "${set.spanCases[item]!.text.slice(span.start, span.end)}"`),
  };
}

function describeSpans(text: string, spans: Span[]): string {
  return spans.length === 0 ? "nothing" : spans.map((s) => `${s.type} "${text.slice(s.start, s.end)}"`).join(", ");
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
