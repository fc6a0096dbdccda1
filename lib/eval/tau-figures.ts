import { CAUSE_LABELS, clip, type TauCause, type TauVerdict } from "./tau-check";
import type { TauCoverage, TauSplit, TauVariantKind, TauWriteAction } from "./tau-types";

/** The check's figures: rates per split and action against the bars, failures by cause, and the printed report. */

export const TAU_BARS = { executedCorrect: 0.95, wrongStateRefused: 1, unconfirmedWrites: 0 };

export type TauResult = {
  id: string;
  split: TauSplit;
  action: TauWriteAction;
  kind: TauVariantKind;
  turns: string[];
  verdict: TauVerdict;
};

export type TauSplitFigures = {
  gold: { n: number; correct: number; rate: number };
  /** refusedForState: refusals with a wrong_state decision; counterpart: not refused, the counterpart action ran after a yes. */
  wrongState: { n: number; refused: number; rate: number; refusedForState: number; counterpart: number };
  unconfirmedWrites: number;
};

export type TauFigures = {
  dir: string;
  coverage: TauCoverage;
  conversations: number;
  overall: TauSplitFigures;
  bySplit: Partial<Record<TauSplit, TauSplitFigures>>;
  byAction: Record<string, { gold: number; correct: number; wrongState: number; refused: number }>;
  /** Failures by cause, with a few examples each. */
  failures: Array<{
    cause: TauCause;
    label: string;
    n: number;
    gold: number;
    wrongState: number;
    examples: Array<{ id: string; turn1: string; detail: string }>;
  }>;
  msPerConversation: { mean: number; max: number };
  /** Splits whose task file was not found. */
  missingSplits: TauSplit[];
  /** Every failing conversation, for a closer look (--json). */
  failing: Array<{
    id: string;
    split: TauSplit;
    action: TauWriteAction;
    kind: TauVariantKind;
    cause: TauCause | null;
    detail: string;
  }>;
  /** Only a sample of the conversations ran (--tau-limit). */
  sampled: boolean;
};

export function summarizeTau(
  results: TauResult[],
  extra: {
    dir: string;
    coverage: TauCoverage;
    durationsMs: number[];
    missingSplits: TauSplit[];
    sampled?: boolean;
    examplesPerCause?: number;
  },
): TauFigures {
  const splitFigures = (list: TauResult[]): TauSplitFigures => {
    const gold = list.filter((r) => r.kind === "gold");
    const wrong = list.filter((r) => r.kind === "wrong_state");
    const correct = gold.filter((r) => r.verdict.ok).length;
    const refused = wrong.filter((r) => r.verdict.ok).length;
    return {
      gold: { n: gold.length, correct, rate: gold.length ? correct / gold.length : 0 },
      wrongState: {
        n: wrong.length,
        refused,
        rate: wrong.length ? refused / wrong.length : 0,
        refusedForState: wrong.filter((r) => r.verdict.ok && r.verdict.refusedForState).length,
        counterpart: wrong.filter((r) => r.verdict.cause === "wrong_state_counterpart").length,
      },
      unconfirmedWrites: list.reduce((sum, r) => sum + r.verdict.unconfirmedWrites, 0),
    };
  };
  const bySplit: TauFigures["bySplit"] = {};
  for (const split of ["dev", "train"] as const) {
    const list = results.filter((r) => r.split === split);
    if (list.length) bySplit[split] = splitFigures(list);
  }
  const byAction: TauFigures["byAction"] = {};
  for (const r of results) {
    const entry = (byAction[r.action] ??= { gold: 0, correct: 0, wrongState: 0, refused: 0 });
    if (r.kind === "gold") {
      entry.gold++;
      if (r.verdict.ok) entry.correct++;
    } else {
      entry.wrongState++;
      if (r.verdict.ok) entry.refused++;
    }
  }
  const causes = new Map<TauCause, TauResult[]>();
  for (const r of results)
    if (!r.verdict.ok && r.verdict.cause) causes.set(r.verdict.cause, [...(causes.get(r.verdict.cause) ?? []), r]);
  const failures = [...causes.entries()]
    .map(([cause, list]) => ({
      cause,
      label: CAUSE_LABELS[cause],
      n: list.length,
      gold: list.filter((r) => r.kind === "gold").length,
      wrongState: list.filter((r) => r.kind === "wrong_state").length,
      examples: spread(list, extra.examplesPerCause ?? 3).map((r) => ({
        id: r.id,
        turn1: r.turns[0] ?? "",
        detail: r.verdict.detail,
      })),
    }))
    .sort((a, b) => b.n - a.n);
  const total = extra.durationsMs.reduce((sum, ms) => sum + ms, 0);
  return {
    dir: extra.dir,
    coverage: extra.coverage,
    conversations: results.length,
    overall: splitFigures(results),
    bySplit,
    byAction,
    failures,
    msPerConversation: {
      mean: Math.round(extra.durationsMs.length ? total / extra.durationsMs.length : 0),
      max: Math.round(Math.max(0, ...extra.durationsMs)),
    },
    missingSplits: extra.missingSplits,
    failing: results
      .filter((r) => !r.verdict.ok)
      .map((r) => ({
        id: r.id,
        split: r.split,
        action: r.action,
        kind: r.kind,
        cause: r.verdict.cause ?? null,
        detail: r.verdict.detail,
      })),
    sampled: extra.sampled ?? false,
  };
}

/** A few examples that are not all the same action. */
function spread(list: TauResult[], n: number): TauResult[] {
  const picked: TauResult[] = [];
  const actions = new Set<string>();
  for (const r of list) {
    if (picked.length >= n || actions.has(`${r.action}:${r.kind}`)) continue;
    picked.push(r);
    actions.add(`${r.action}:${r.kind}`);
  }
  for (const r of list) if (picked.length < n && !picked.includes(r)) picked.push(r);
  return picked;
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const barText = (ok: boolean, target: string) => `${ok ? "meets" : "BELOW"} bar ${target}`;

/** The report `npm run eval -- --tau DIR` prints. */
export function formatTau(f: TauFigures): string {
  const lines: string[] = [];
  const c = f.coverage;
  lines.push(
    `\n== tau-bench retail (${f.dir}): dev + train tasks, ${f.conversations} conversations${f.sampled ? " (a sample, --tau-limit)" : ""}, ${f.msPerConversation.mean} ms each (max ${f.msPerConversation.max} ms) ==`,
  );
  const converted = Object.values(c.byAction).reduce((sum, a) => sum + a.converted, 0);
  lines.push(
    `coverage    ${c.covered} of ${c.writeActions} tau write actions have a Tandem tool; ${converted} became conversations (${c.skipped.length} skipped)`,
  );
  for (const [action, a] of Object.entries(c.byAction))
    lines.push(
      `            ${action.padEnd(31)} ${String(a.n).padStart(4)}  → ${a.tool ?? "no tool (not covered)"}${a.tool ? `, ${a.converted} converted` : ""}`,
    );
  const skipReasons = new Map<string, number>();
  for (const s of c.skipped)
    skipReasons.set(
      s.reason.replace(/\d{5,}|#W\d+/g, "…"),
      (skipReasons.get(s.reason.replace(/\d{5,}|#W\d+/g, "…")) ?? 0) + 1,
    );
  for (const [reason, n] of skipReasons) lines.push(`            skipped ${n}: ${reason}`);
  const row = (name: string, s: TauSplitFigures) => {
    lines.push(
      `${name.padEnd(11)} executed correctly ${s.gold.correct}/${s.gold.n} (${pct(s.gold.rate)})  ${barText(s.gold.rate >= TAU_BARS.executedCorrect, "≥ 95%")}`,
    );
    lines.push(
      `            wrong state refused ${s.wrongState.refused}/${s.wrongState.n} (${pct(s.wrongState.rate)})  ${barText(s.wrongState.rate >= TAU_BARS.wrongStateRefused, "100%")}; ${s.wrongState.refusedForState} of them with a wrong_state decision${s.wrongState.counterpart ? `; ${s.wrongState.counterpart} not refused ran the counterpart action after a yes (exchange ↔ modification)` : ""}`,
    );
    lines.push(
      `            writes without a confirmed proposal ${s.unconfirmedWrites}  ${barText(s.unconfirmedWrites <= TAU_BARS.unconfirmedWrites, "0")}`,
    );
  };
  row("all", f.overall);
  for (const [split, s] of Object.entries(f.bySplit)) row(split, s);
  lines.push("by action   (gold correct / n; wrong state refused / n)");
  for (const [action, a] of Object.entries(f.byAction))
    lines.push(`            ${action.padEnd(31)} ${a.correct}/${a.gold}; ${a.refused}/${a.wrongState}`);
  if (f.failures.length) lines.push("failures by cause");
  for (const failure of f.failures) {
    lines.push(
      `  ${String(failure.n).padStart(4)}  ${failure.label} (gold ${failure.gold}, wrong state ${failure.wrongState})`,
    );
    for (const e of failure.examples) {
      lines.push(`        ${e.id}: "${clip(e.turn1, 150)}"`);
      lines.push(`          → ${clip(e.detail, 220)}`);
    }
  }
  for (const split of f.missingSplits) lines.push(`tasks_${split}.json: not found under ${f.dir}, not measured`);
  return lines.join("\n");
}
