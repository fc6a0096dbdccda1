import type { Dashboard } from "./dashboard";
import { DEFINITIONS, PATH_LABELS, PATHS } from "./definitions";
import { type CsvValue, toCsv } from "./csv";
import { outcomeRates } from "./outcomes";
import type { RangeSelection } from "./range";

/**
 * The dashboard as a long CSV: one row per figure (section, metric, breakdown, value, unit), so it opens in any
 * spreadsheet and pivots without cleaning. Rates are fractions (0.62), times seconds, money US dollars.
 */
export function dashboardCsv(range: RangeSelection, d: Dashboard): string {
  const rows: CsvValue[][] = [];
  const add = (section: string, metric: string, breakdown: string, value: number | null, unit: string) =>
    rows.push([range.fromDay, range.toDay, section, metric, breakdown, value === null ? null : round(value), unit]);

  for (const [label, row] of [
    ["all", d.outcomes.overall] as const,
    ...PATHS.map((p) => [PATH_LABELS[p], d.outcomes.byPath[p]] as const),
  ]) {
    const r = outcomeRates(row);
    add("outcomes", "conversations", label, row.total, "count");
    add("outcomes", "durable resolutions", label, row.durable, "count");
    add("outcomes", "durable resolution rate", label, r.durableRate, "fraction");
    add("outcomes", "re-contacted within 7 days", label, row.recontacted, "count");
    add("outcomes", "re-contact rate", label, r.recontactRate, "fraction");
    add("outcomes", "resolved, inside the 7 days", label, row.pending, "count");
    add("outcomes", "first-contact resolution", label, r.fcrRate, "fraction");
    add("outcomes", "CSAT average", label, row.csatAvg, "1-5");
    add("outcomes", "CSAT ratings", label, row.rated, "count");
    add("outcomes", "turns per conversation", label, row.turnsAvg, "turns");
    add("outcomes", "median handle time", label, row.handleSeconds, "seconds");
    add("outcomes", "median time to resolution", label, row.resolveSeconds, "seconds");
    add("outcomes", "median time to first human reply", label, row.firstReplySeconds, "seconds");
  }
  for (const day of d.daily)
    for (const p of PATHS) add("volume", "conversations started", `${day.day} ${PATH_LABELS[p]}`, day[p], "count");
  add("escalation", "escalation rate", "all", d.escalations.rate, "fraction");
  add("escalation", "appropriateness (judged needed)", "all", d.escalations.appropriateness, "fraction");
  for (const r of d.escalations.byIntent)
    add("escalation", "escalation rate", `intent ${r.intent}`, r.rate, "fraction");
  for (const r of d.escalations.byReason) {
    add("escalation", "handoffs", `reason ${r.reason}`, r.count, "count");
    add("escalation", "appropriateness (judged needed)", `reason ${r.reason}`, r.appropriateness, "fraction");
  }
  add("overrides", "override rate", "all", d.overrides.rate, "fraction");
  add("overrides", "drafts discarded", "all", d.overrides.draftsDiscarded, "count");
  add("overrides", "drafts heavily edited", "all", d.overrides.draftsHeavilyEdited, "count");
  add("overrides", "actions rejected", "all", d.overrides.actionsRejected, "count");
  add("cost", "cost", "all", d.cost.costUsd, "USD");
  add(
    "cost",
    "cost per durable resolution",
    "all",
    d.outcomes.overall.durable ? d.cost.costUsd / d.outcomes.overall.durable : null,
    "USD",
  );
  for (const m of d.cost.byModel) {
    add("cost", "input tokens", m.model ?? "local engine", m.inputTokens, "tokens");
    add("cost", "output tokens", m.model ?? "local engine", m.outputTokens, "tokens");
    add("cost", "cost", m.model ?? "local engine", m.costUsd, "USD");
  }
  for (const v of d.violations) add("guardrails", "violations", v.type, v.count, "count");
  for (const g of d.gaps)
    add("knowledge gaps", "weakly grounded answers", `${g.intent} / ${g.articleId ?? "no article"}`, g.count, "count");
  add("qa", "policy accuracy", "all", d.qa.policyAccuracy, "1-5");
  add("qa", "tone", "all", d.qa.tone, "1-5");
  add("qa", "resolution", "all", d.qa.resolution, "1-5");
  add("qa", "escalation appropriate", "all", d.qa.escalationAppropriate, "1-5");
  for (const [key, text] of Object.entries(DEFINITIONS))
    rows.push([range.fromDay, range.toDay, "definitions", key, text, null, null]);
  return toCsv(["from", "to", "section", "metric", "breakdown", "value", "unit"], rows);
}

function round(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000;
}
