/**
 * The public sets of `npm run eval -- --public DIR` (see scripts/eval.ts and ../shared/eval/README.md): banking77 and
 * clinc150 intents, attacks_dev injections, the PII set and support_dev, each read in place and scored with the
 * analyzer, then printed. A set that is not under DIR is listed as missing, not measured.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import {
  type AttackFigures,
  evaluateAttacks,
  evaluateIntentSet,
  evaluatePii,
  type IntentSetFigures,
  type PiiFigures,
} from "@/lib/eval/evaluate-public";
import { MAPPING_VERSION } from "@/lib/eval/public-mappings";
import { readAttacks, readBanking77, readClinc150, readPii } from "@/lib/eval/public-sets";
import { confusionTable, indent, intentTable, num, pct, piiLines } from "@/lib/eval/report";
import { evaluateSupportDev, formatSupportDev, type SupportDevFigures } from "@/lib/eval/support-dev";
import type { Analyzer } from "./analyzer";

export type PublicFigures = {
  dir: string;
  mappingVersion: string;
  sets: IntentSetFigures[];
  attacks: AttackFigures | null;
  pii: PiiFigures | null;
  /** support_dev: Bitext intent (strict and lenient), airline-tweet frustration, in-the-wild injection; bars included. */
  supportDev: SupportDevFigures | null;
  missing: string[];
};

export async function evaluatePublic(dir: string, analyzer: Analyzer): Promise<PublicFigures> {
  const figures: PublicFigures = {
    dir,
    mappingVersion: MAPPING_VERSION,
    sets: [],
    attacks: null,
    pii: null,
    supportDev: null,
    missing: [],
  };
  for (const [name, read] of [
    ["banking77", readBanking77],
    ["clinc150", readClinc150],
  ] as const) {
    const set = read(dir);
    if (set) figures.sets.push(await evaluateIntentSet(set, analyzer.analyze));
    else figures.missing.push(name);
  }
  const attacks = readAttacks(dir);
  if (attacks) figures.attacks = await evaluateAttacks(attacks, analyzer.analyze);
  else figures.missing.push("attacks_dev");
  const pii = readPii(dir);
  if (pii) figures.pii = await evaluatePii(pii, analyzer.analyze);
  else figures.missing.push("pii");
  if (existsSync(path.join(dir, "support_dev"))) figures.supportDev = await evaluateSupportDev(dir, analyzer.analyze);
  else figures.missing.push("support_dev");
  return figures;
}

export function printPublic(figures: PublicFigures, showErrors: boolean): void {
  console.log(`\n== Public sets from ${figures.dir} (label mapping ${figures.mappingVersion}) ==`);
  for (const set of figures.sets) {
    const { intent, injectionFalsePositives: fp } = set;
    console.log(
      `\n${set.name}: ${intent.n} mapped utterances (${set.unmappedLabels} upstream labels left out, see lib/eval/public-mappings.ts)`,
    );
    console.log(
      `intent     macro-F1 ${num(intent.macroF1)}  accuracy ${pct(intent.accuracy)}  (over the ${intent.perLabel.filter((s) => s.support > 0).length} Tandem intents the mapping reaches)`,
    );
    console.log(indent(intentTable(intent)));
    const outside = intent.perLabel.filter((s) => s.support === 0).reduce((sum, s) => sum + s.predicted, 0);
    console.log(`  predicted as an intent the mapping does not reach: ${outside} (${pct(outside / intent.n)})`);
    console.log(indent(confusionTable(intent), "    "));
    if (set.outOfScope) {
      const o = set.outOfScope;
      console.log(
        `out of scope  ${o.caught}/${o.n} out-of-scope rows read as other (recall ${pct(o.recall)}, mean confidence ${num(o.meanConfidence, 2)}); of ${o.predictedOther} rows read as other, ${pct(o.precision)} were out of scope or another domain`,
      );
    }
    console.log(`injection  false positives on all ${fp.n} (benign) utterances: ${fp.flagged} (${pct(fp.rate, 2)})`);
    for (const example of showErrors ? fp.examples : []) console.log(`           flagged: ${example.slice(0, 120)}`);
  }
  if (figures.attacks) {
    const a = figures.attacks;
    const families = a.byFamily.map((f) => `${f.family} ${f.caught}/${f.n}`).join(", ");
    console.log(
      `\nattacks_dev: injection recall ${pct(a.recall)} (${a.n} attacks: ${families}); benign instructions flagged ${a.benign.flagged}/${a.benign.n}`,
    );
    if (showErrors && a.missed.length) console.log(`           missed: ${a.missed.join(", ")}`);
  }
  if (figures.pii) {
    const p = figures.pii;
    console.log(`\npii: ${piiLines({ ...p.spans, falsePositives: 0, precision: null, missed: [] })}`);
    console.log(
      `     Luhn-invalid and other negatives detected anyway: ${p.negatives.falseDetections}/${p.negatives.n}`,
    );
    const sentenceTypes = Object.entries(p.sentences.byType)
      .map(([t, s]) => `${t} ${s.detected}/${s.n}`)
      .join(", ");
    console.log(
      `     context sentences with a span of their type: ${p.sentences.detected}/${p.sentences.n} (${sentenceTypes})`,
    );
    const uncovered = Object.entries(p.notCovered)
      .map(([t, n]) => `${t} (${n})`)
      .join(", ");
    if (uncovered) console.log(`     not detected by design (types Tandem has no recognizer for): ${uncovered}`);
    if (showErrors && p.missed.length) console.log(`     missed: ${p.missed.join("; ")}`);
  }
  if (figures.supportDev) console.log(formatSupportDev(figures.supportDev, figures.dir, showErrors));
  for (const name of figures.missing) console.log(`\n${name}: not found under ${figures.dir}, not measured`);
}
