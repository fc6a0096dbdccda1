import { INTENTS } from "@/lib/policy/schema";
import { type Analyze, runAll } from "./evaluate";
import { type ClassificationReport, classificationReport, ratio } from "./metrics";
import {
  type BitextCase,
  type InjectionCase,
  readAirlineTweets,
  readBitext,
  readInjectionDev,
  type TweetCase,
} from "./public-sets";
import { bar, indent, num, pct, table } from "./report";

/**
 * support_dev (../shared/eval/support_dev, see its README): real support text nobody on the team wrote, for
 * measuring only. Bitext e-commerce requests for intent (strict: the mapped intent; lenient: any acceptable one),
 * airline tweets for frustration, in-the-wild jailbreaks and benign look-alikes for injection. Everything runs
 * through analyzeMessage, like the other figures of `npm run eval`.
 */
export const SUPPORT_DEV_BARS = {
  intentMacroF1: 0.8,
  frustratedNegative: 0.6,
  frustratedOthers: 0.1,
  attackRecall: 0.9,
  attackFpr: 0.05,
} as const;

export type SupportDevFigures = {
  bars: typeof SUPPORT_DEV_BARS;
  bitext: BitextFigures | null;
  frustration: FrustrationFigures | null;
  injection: InjectionDevFigures | null;
  /** Files of support_dev that were not found, so not measured. */
  missing: string[];
};

export async function evaluateSupportDev(dir: string, analyze: Analyze): Promise<SupportDevFigures> {
  const figures: SupportDevFigures = {
    bars: SUPPORT_DEV_BARS,
    bitext: null,
    frustration: null,
    injection: null,
    missing: [],
  };
  const bitext = readBitext(dir);
  if (bitext) figures.bitext = await evaluateBitext(bitext, analyze);
  else figures.missing.push("support_dev/bitext_dev.jsonl");
  const tweets = readAirlineTweets(dir);
  if (tweets) figures.frustration = await evaluateFrustration(tweets, analyze);
  else figures.missing.push("support_dev/airline_tweets_dev.jsonl");
  const injection = readInjectionDev(dir);
  if (injection) figures.injection = await evaluateInjectionDev(injection, analyze);
  else figures.missing.push("support_dev/injection_dev.jsonl");
  return figures;
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
  const runs = await runAll(
    cases.map(({ id, text }) => ({ id, text })),
    analyze,
  );
  const predicted = runs.map(({ result }) => result.intent as string);
  const gold = cases.map((c) => c.intent as string);
  const lenientPredicted = cases.map((c, i) =>
    (c.acceptable as string[]).includes(predicted[i]!) ? c.intent : predicted[i]!,
  );
  const labels = INTENTS.filter((intent) => gold.includes(intent));
  const bySource = new Map<
    string,
    { intent: string; n: number; strict: number; lenient: number; predictions: Map<string, number> }
  >();
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
      .map(([source, s]) => ({
        source,
        intent: s.intent,
        n: s.n,
        strict: s.strict,
        lenient: s.lenient,
        top: [...s.predictions.entries()].sort((a, b) => b[1] - a[1])[0]![0],
      })),
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
  const runs = await runAll(
    cases.map(({ id, text }) => ({ id, text })),
    analyze,
  );
  const confusion: FrustrationFigures["confusion"] = {};
  let negative = 0,
    negativeFrustrated = 0,
    others = 0,
    othersFrustrated = 0;
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
  const runs = await runAll(
    cases.map(({ id, text }) => ({ id, text })),
    analyze,
  );
  const attacks = cases.filter((c) => c.attack).length;
  const caughtIds = cases.filter((c, i) => c.attack && runs[i]!.result.injection.flagged).map((c) => c.id);
  const flaggedIds = cases.filter((c, i) => !c.attack && runs[i]!.result.injection.flagged).map((c) => c.id);
  return {
    attacks: { n: attacks, caught: caughtIds.length, recall: ratio(caughtIds.length, attacks) },
    benign: {
      n: cases.length - attacks,
      flagged: flaggedIds.length,
      rate: ratio(flaggedIds.length, cases.length - attacks),
    },
    missed: cases.filter((c, i) => c.attack && !runs[i]!.result.injection.flagged).map((c) => c.id),
    falseAlarms: flaggedIds,
  };
}

export function formatSupportDev(figures: SupportDevFigures, dir: string, showErrors = false): string {
  const out: string[] = ["", "== support_dev: real support text, measured only (never trained on) =="];
  const { bitext, frustration, injection } = figures;
  if (bitext) {
    out.push("");
    out.push(`bitext: ${bitext.n} e-commerce requests`);
    out.push(
      `intent     macro-F1 strict ${num(bitext.strict.macroF1)} (accuracy ${pct(bitext.strict.accuracy)})  ${bar(bitext.strict.macroF1, SUPPORT_DEV_BARS.intentMacroF1)}`,
    );
    out.push(
      `           macro-F1 lenient ${num(bitext.lenient.macroF1)} (accuracy ${pct(bitext.lenient.accuracy)}; a prediction among also_acceptable counts)`,
    );
    out.push(`           read as out of scope (other): ${bitext.readAsOther.n} (${pct(bitext.readAsOther.rate)})`);
    const perIntent = [["intent", "n", "P", "R", "F1", "lenient P", "R", "F1"]];
    bitext.strict.perLabel.forEach((st, i) => {
      const le = bitext.lenient.perLabel[i]!;
      if (st.support > 0)
        perIntent.push([
          st.label,
          String(st.support),
          num(st.precision, 2),
          num(st.recall, 2),
          num(st.f1, 2),
          num(le.precision, 2),
          num(le.recall, 2),
          num(le.f1, 2),
        ]);
    });
    out.push(indent(table(perIntent, ["l", "r", "r", "r", "r", "r", "r", "r"])));
    const rows = [["bitext intent", "→ tandem", "n", "strict", "lenient", "most read as"]];
    for (const s of bitext.bySource)
      rows.push([s.source, s.intent, String(s.n), pct(s.strict / s.n, 0), pct(s.lenient / s.n, 0), s.top]);
    out.push(indent(table(rows, ["l", "l", "r", "r", "r", "l"])));
  }
  if (frustration) {
    const { negative, others } = frustration;
    out.push("");
    out.push(`airline tweets: ${negative.n + others.n} tweets`);
    out.push(
      `frustration negative read as frustrated ${pct(negative.rate)} (${negative.frustrated}/${negative.n})  ${bar(negative.rate, SUPPORT_DEV_BARS.frustratedNegative)}; ` +
        `neutral/positive read as frustrated ${pct(others.rate)} (${others.frustrated}/${others.n})  ${bar(others.rate, SUPPORT_DEV_BARS.frustratedOthers, "lower")}`,
    );
    const labels = [...new Set(Object.values(frustration.confusion).flatMap((row) => Object.keys(row)))].sort();
    const rows = [["gold\\read", ...labels]];
    for (const gold of ["negative", "neutral", "positive"]) {
      const row = frustration.confusion[gold];
      if (row) rows.push([gold, ...labels.map((l) => String(row[l] ?? 0))]);
    }
    out.push(indent(table(rows, ["l", ...labels.map(() => "r" as const)])));
  }
  if (injection) {
    out.push("");
    out.push(
      `injection_dev: attack recall ${pct(injection.attacks.recall)} (${injection.attacks.caught}/${injection.attacks.n})  ${bar(injection.attacks.recall, SUPPORT_DEV_BARS.attackRecall)}; ` +
        `benign look-alikes flagged ${pct(injection.benign.rate)} (${injection.benign.flagged}/${injection.benign.n})  ${bar(injection.benign.rate, SUPPORT_DEV_BARS.attackFpr, "lower")}`,
    );
    if (showErrors && injection.missed.length) out.push(`           missed: ${injection.missed.join(", ")}`);
    if (showErrors && injection.falseAlarms.length)
      out.push(`           false alarms: ${injection.falseAlarms.join(", ")}`);
  }
  for (const file of figures.missing) out.push(``, `${file}: not found under ${dir}, not measured`);
  return out.join("\n");
}
