import { describe, expect, it } from "vitest";
import { INTENTS, type Intent } from "@/lib/policy/schema";
import { classifyIntent, intentModel, intentTrainingMs } from "./intent-classifier";
import { trainingSet } from "./training/corpus";
import { heldOutSet } from "./training/held-out";

describe("intent classifier", () => {
  it("trains in well under a second", () => {
    intentModel();
    expect(intentTrainingMs()).toBeGreaterThan(0);
    expect(intentTrainingMs()).toBeLessThan(1000);
  });

  it("has at least 40 training utterances for every intent and never trains on the held-out set", () => {
    const training = trainingSet();
    for (const intent of INTENTS) expect(training.filter((u) => u.intent === intent).length).toBeGreaterThanOrEqual(40);
    const seen = new Set(training.map((u) => normalize(u.text)));
    const overlap = heldOutSet().filter((u) => seen.has(normalize(u.text)));
    expect(overlap).toEqual([]);
  });

  it("reaches a macro-F1 of at least 0.8 on the held-out set", () => {
    const heldOut = heldOutSet();
    const predicted = heldOut.map((u) => classifyIntent(u.text).label);
    const f1 = macroF1(
      heldOut.map((u) => u.intent),
      predicted,
    );
    console.info(`intent classifier: macro-F1 ${f1.toFixed(3)} on ${heldOut.length} held-out utterances`);
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });

  it("is deterministic and gives a confidence between 0 and 1", () => {
    const a = classifyIntent("where is my package??");
    const b = classifyIntent("where is my package??");
    expect(a).toEqual(b);
    expect(a.label).toBe("order_status");
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThanOrEqual(1);
    const total = Object.values<number>(a.probabilities).reduce((sum, p) => sum + p, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it("is unsure about gibberish rather than confidently wrong", () => {
    expect(classifyIntent("zxqv plorf").confidence).toBeLessThan(0.6);
  });
});

function macroF1(actual: Intent[], predicted: Intent[]): number {
  const scores = INTENTS.map((intent) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    actual.forEach((a, i) => {
      const p = predicted[i];
      if (a === intent && p === intent) tp++;
      else if (p === intent) fp++;
      else if (a === intent) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return scores.reduce((sum, s) => sum + s, 0) / scores.length;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
