/**
 * The evaluation's arithmetic, kept free of I/O so it can be checked by hand (metrics.test.ts). A ratio whose
 * denominator is zero is null ("not measurable on this set"), never NaN or a flattering 1.
 */

export type LabelScore = {
  label: string;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
  predicted: number;
};

export type ClassificationReport = {
  n: number;
  accuracy: number | null;
  /** Mean F1 over the labels that occur in the gold labels (a label nobody wrote cannot be recalled). */
  macroF1: number | null;
  perLabel: LabelScore[];
  /** Rows are gold labels, columns predicted labels, both in `labels` order. */
  confusion: { labels: string[]; matrix: number[][] };
};

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return recall === null ? null : 0;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Per-label precision, recall and F1, macro-F1 and the confusion matrix. `labels` fixes the order of the matrix;
 * labels that appear in the data but not in `labels` are appended, so no prediction is silently dropped.
 */
export function classificationReport(
  gold: readonly string[],
  predicted: readonly string[],
  labels: readonly string[] = [],
): ClassificationReport {
  if (gold.length !== predicted.length)
    throw new Error(`gold has ${gold.length} labels, predictions ${predicted.length}`);
  const order = [...labels];
  for (const label of [...gold, ...predicted]) if (!order.includes(label)) order.push(label);
  const index = new Map(order.map((label, i) => [label, i]));
  const matrix = order.map(() => order.map(() => 0));
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    matrix[index.get(g)!]![index.get(p)!]! += 1;
    if (g === p) correct += 1;
  });
  const perLabel = order.map((label, i) => {
    const tp = matrix[i]![i]!;
    const support = matrix[i]!.reduce((a, b) => a + b, 0);
    const predictedCount = matrix.reduce((sum, row) => sum + row[i]!, 0);
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, support);
    return { label, precision, recall, f1: f1Of(precision, recall), support, predicted: predictedCount };
  });
  const scored = perLabel.filter((s) => s.support > 0);
  const macroF1 = scored.length === 0 ? null : scored.reduce((sum, s) => sum + (s.f1 ?? 0), 0) / scored.length;
  return {
    n: gold.length,
    accuracy: ratio(correct, gold.length),
    macroF1,
    perLabel,
    confusion: { labels: order, matrix },
  };
}

export type BinaryReport = {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  recall: number | null;
  precision: number | null;
  /** Share of negatives flagged: for injection, benign messages wrongly treated as attacks. */
  falsePositiveRate: number | null;
};

export function binaryReport(gold: readonly boolean[], predicted: readonly boolean[]): BinaryReport {
  if (gold.length !== predicted.length)
    throw new Error(`gold has ${gold.length} labels, predictions ${predicted.length}`);
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
  });
  return {
    n: gold.length,
    tp,
    fp,
    fn,
    tn,
    recall: ratio(tp, tp + fn),
    precision: ratio(tp, tp + fp),
    falsePositiveRate: ratio(fp, fp + tn),
  };
}

export type Span = { type: string; start: number; end: number };

export type SpanReport = {
  gold: number;
  found: number;
  /** Gold spans matched exactly: same type, same start and end. */
  recall: number | null;
  /** Detected spans that match no gold span (only meaningful when the gold is complete for the text). */
  falsePositives: number;
  precision: number | null;
  perType: Array<{ type: string; gold: number; found: number; recall: number | null }>;
  /** Gold spans that were not found exactly, for the report's examples. */
  missed: Array<{ item: number; span: Span }>;
};

/** Span-exact recall per type: a span found with the wrong boundaries or the wrong type is a miss. */
export function spanReport(
  gold: ReadonlyArray<readonly Span[]>,
  predicted: ReadonlyArray<readonly Span[]>,
): SpanReport {
  if (gold.length !== predicted.length)
    throw new Error(`gold has ${gold.length} items, predictions ${predicted.length}`);
  const byType = new Map<string, { gold: number; found: number }>();
  const missed: SpanReport["missed"] = [];
  let goldCount = 0,
    found = 0,
    falsePositives = 0,
    predictedCount = 0;
  gold.forEach((spans, item) => {
    const detected = predicted[item]!;
    predictedCount += detected.length;
    for (const span of spans) {
      const stats = byType.get(span.type) ?? { gold: 0, found: 0 };
      stats.gold += 1;
      goldCount += 1;
      if (detected.some((d) => sameSpan(d, span))) {
        stats.found += 1;
        found += 1;
      } else {
        missed.push({ item, span });
      }
      byType.set(span.type, stats);
    }
    falsePositives += detected.filter((d) => !spans.some((s) => sameSpan(s, d))).length;
  });
  const perType = [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, s]) => ({ type, gold: s.gold, found: s.found, recall: ratio(s.found, s.gold) }));
  return {
    gold: goldCount,
    found,
    recall: ratio(found, goldCount),
    falsePositives,
    precision: ratio(predictedCount - falsePositives, predictedCount),
    perType,
    missed,
  };
}

function sameSpan(a: Span, b: Span): boolean {
  return a.type === b.type && a.start === b.start && a.end === b.end;
}

/**
 * Turns labelled values ({type, value}) into spans by finding each value in the text, left to right, so a value
 * that occurs twice is matched to two different places. Returns null for a value that is not in the text.
 */
export function locateSpans(text: string, values: ReadonlyArray<{ type: string; value: string }>): Span[] | null {
  const used: Span[] = [];
  for (const { type, value } of values) {
    let from = 0;
    let start = text.indexOf(value, from);
    while (start >= 0 && used.some((u) => start < u.end && u.start < start + value.length)) {
      from = start + 1;
      start = text.indexOf(value, from);
    }
    if (start < 0) return null;
    used.push({ type, start, end: start + value.length });
  }
  return used;
}

export type Escalation = { now: boolean; reason: string | null };

export type EscalationReport = {
  n: number;
  /** Both the decision and the reason code right. */
  accuracy: number | null;
  /** The decision right, whatever the reason. */
  decisionAccuracy: number | null;
  /** Of the messages that should escalate, the share that did (any reason). */
  recall: number | null;
  /** Of the messages that should not escalate, the share that did. */
  falseEscalationRate: number | null;
  perReason: Array<{ reason: string; support: number; correct: number; recall: number | null }>;
};

export function escalationReport(gold: readonly Escalation[], predicted: readonly Escalation[]): EscalationReport {
  if (gold.length !== predicted.length)
    throw new Error(`gold has ${gold.length} labels, predictions ${predicted.length}`);
  let exact = 0,
    decision = 0,
    shouldCount = 0,
    caught = 0,
    shouldNotCount = 0,
    falseEscalations = 0;
  const reasons = new Map<string, { support: number; correct: number }>();
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    const sameReason = g.now ? p.now && p.reason === g.reason : !p.now;
    if (sameReason) exact++;
    if (g.now === p.now) decision++;
    if (g.now) {
      shouldCount++;
      if (p.now) caught++;
      const key = g.reason ?? "(none)";
      const stats = reasons.get(key) ?? { support: 0, correct: 0 };
      stats.support++;
      if (sameReason) stats.correct++;
      reasons.set(key, stats);
    } else {
      shouldNotCount++;
      if (p.now) falseEscalations++;
    }
  });
  const perReason = [...reasons.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, s]) => ({ reason, support: s.support, correct: s.correct, recall: ratio(s.correct, s.support) }));
  return {
    n: gold.length,
    accuracy: ratio(exact, gold.length),
    decisionAccuracy: ratio(decision, gold.length),
    recall: ratio(caught, shouldCount),
    falseEscalationRate: ratio(falseEscalations, shouldNotCount),
    perReason,
  };
}
