import type { BinaryReport, ClassificationReport, EscalationReport, SpanReport } from "./metrics";

/** Plain-text rendering of the evaluation figures for `npm run eval`: compact, aligned, no colours. */

export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "n/a" : `${(value * 100).toFixed(digits)}%`;
}

export function num(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? "n/a" : value.toFixed(digits);
}

/** "✓" or "✗" against a bar; "higher" bars are minimums, "lower" bars maximums. */
export function bar(value: number | null, target: number, direction: "higher" | "lower" = "higher"): string {
  if (value === null) return "";
  const met = direction === "higher" ? value >= target : value <= target;
  return `${met ? "✓" : "✗"} bar ${direction === "higher" ? "≥" : "≤"} ${direction === "higher" ? num(target, 2) : pct(target, 0)}`;
}

export function table(rows: string[][], align: Array<"l" | "r"> = []): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => {
          const pad = " ".repeat(Math.max(0, widths[c]! - [...cell].length));
          return align[c] === "r" ? pad + cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const ABBREVIATIONS: Record<string, string> = {
  order_status: "ost",
  order_change: "och",
  cancel_order: "can",
  shipping: "shp",
  returns: "ret",
  refund: "ref",
  billing: "bil",
  account: "acc",
  product: "prd",
  technical: "tec",
  complaint: "cmp",
  feedback: "fdb",
  human_request: "hum",
  security: "sec",
  other: "oth",
};

export function abbreviate(label: string): string {
  return ABBREVIATIONS[label] ?? label.slice(0, 3);
}

export function intentTable(report: ClassificationReport): string {
  const rows = [["intent", "n", "P", "R", "F1"]];
  for (const s of report.perLabel) {
    if (s.support === 0) continue;
    rows.push([s.label, String(s.support), num(s.precision, 2), num(s.recall, 2), num(s.f1, 2)]);
  }
  return table(rows, ["l", "r", "r", "r", "r"]);
}

/** Rows gold, columns predicted; zeros as dots so the mistakes stand out. Labels that never occur are left out. */
export function confusionTable(report: ClassificationReport): string {
  const { labels, matrix } = report.confusion;
  const all = labels.map((l, i) => ({ l, i }));
  const columns = all.filter(({ i }) => matrix.some((row) => row[i]! > 0));
  const rowsWithGold = all.filter(({ i }) => matrix[i]!.some((v) => v > 0));
  const keep = columns;
  const rows = [["gold\\pred", ...keep.map(({ l }) => abbreviate(l))]];
  for (const { l, i } of rowsWithGold) {
    const row = matrix[i]!;
    rows.push([abbreviate(l), ...keep.map(({ i: j }) => (row[j] === 0 ? "." : String(row[j])))]);
  }
  return table(rows, ["l", ...keep.map(() => "r" as const)]);
}

export function injectionLine(report: BinaryReport): string {
  return `recall ${pct(report.recall)} (${report.tp}/${report.tp + report.fn})  false positives ${pct(report.falsePositiveRate)} (${report.fp}/${report.fp + report.tn})`;
}

export function piiLines(report: SpanReport): string {
  const types = report.perType.map((t) => `${t.type} ${pct(t.recall, 0)} (${t.found}/${t.gold})`).join(", ");
  return `recall ${pct(report.recall)} (${report.found}/${report.gold}), span-exact; ${types}`;
}

export function escalationLines(report: EscalationReport): string {
  const reasons = report.perReason.map((r) => `${r.reason} ${r.correct}/${r.support}`).join(", ");
  return [
    `accuracy ${pct(report.accuracy)} (decision and reason)  decision only ${pct(report.decisionAccuracy)}`,
    `should escalate: caught ${pct(report.recall)}; should not: escalated anyway ${pct(report.falseEscalationRate)}`,
    `by reason: ${reasons}`,
  ].join("\n");
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function indent(text: string, by = "  "): string {
  return text
    .split("\n")
    .map((line) => by + line)
    .join("\n");
}
