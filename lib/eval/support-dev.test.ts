import { describe, expect, it } from "vitest";
import type { AnalyzeResult } from "@/lib/pipeline/analyze";
import type { Analyze } from "./evaluate";
import { evaluateBitext, evaluateFrustration, evaluateInjectionDev } from "./support-dev";
import { heldOutForMeasuring, HOLD_OUT_ONE_IN } from "./public-splits";

/** A fake analyzeMessage that reads the answer from the text, so the arithmetic can be checked by hand. */
const fake: Analyze = async ({ id, text }) => {
  const [intent = "other", sentiment = "neutral", flagged = "no"] = text.split(" ");
  return {
    id,
    intent,
    confidence: 0.9,
    sentiment,
    injection: { flagged: flagged === "yes", score: 0, reasons: [] },
  } as unknown as AnalyzeResult;
};

describe("support_dev figures", () => {
  it("scores Bitext strictly on the mapped intent and leniently on the acceptable ones", async () => {
    const figures = await evaluateBitext(
      [
        { id: "1", text: "refund", intent: "refund", acceptable: ["returns"], source: "get_refund" },
        { id: "2", text: "returns", intent: "refund", acceptable: ["returns"], source: "get_refund" },
        { id: "3", text: "billing", intent: "billing", acceptable: [], source: "check_invoice" },
        { id: "4", text: "other", intent: "billing", acceptable: [], source: "check_invoice" },
      ],
      fake,
    );
    expect(figures.strict.accuracy).toBe(0.5);
    expect(figures.lenient.accuracy).toBe(0.75);
    expect(figures.lenient.macroF1!).toBeGreaterThan(figures.strict.macroF1!);
    expect(figures.readAsOther).toEqual({ n: 1, rate: 0.25 });
    expect(figures.bySource.find((s) => s.source === "get_refund")).toMatchObject({ n: 2, strict: 1, lenient: 2 });
  });

  it("counts negative tweets read as frustrated, and the others read so", async () => {
    const figures = await evaluateFrustration(
      [
        { id: "1", text: "x frustrated", sentiment: "negative" },
        { id: "2", text: "x neutral", sentiment: "negative" },
        { id: "3", text: "x frustrated", sentiment: "neutral" },
        { id: "4", text: "x positive", sentiment: "positive" },
        { id: "5", text: "x neutral", sentiment: "neutral" },
      ],
      fake,
    );
    expect(figures.negative).toEqual({ n: 2, frustrated: 1, rate: 0.5 });
    expect(figures.others).toEqual({ n: 3, frustrated: 1, rate: 1 / 3 });
  });

  it("measures attack recall and false alarms on benign look-alikes", async () => {
    const figures = await evaluateInjectionDev(
      [
        { id: "a1", text: "x x yes", attack: true },
        { id: "a2", text: "x x no", attack: true },
        { id: "b1", text: "x x yes", attack: false },
        { id: "b2", text: "x x no", attack: false },
        { id: "b3", text: "x x no", attack: false },
      ],
      fake,
    );
    expect(figures.attacks).toEqual({ n: 2, caught: 1, recall: 0.5 });
    expect(figures.benign).toEqual({ n: 3, flagged: 1, rate: 1 / 3 });
    expect(figures.missed).toEqual(["a2"]);
  });
});

describe("public splits", () => {
  it("keeps CLINC's val split and about one banking77 row in five for measuring, the same way every time", () => {
    expect(heldOutForMeasuring({ set: "clinc150", split: "val", text: "anything" })).toBe(true);
    expect(heldOutForMeasuring({ set: "clinc150", split: "train", text: "anything" })).toBe(false);
    const texts = Array.from({ length: 2000 }, (_, i) => `how do I top up my card number ${i} today`);
    const held = texts.filter((text) => heldOutForMeasuring({ set: "banking77", split: "train", text })).length;
    expect(held / texts.length).toBeGreaterThan(1 / HOLD_OUT_ONE_IN - 0.04);
    expect(held / texts.length).toBeLessThan(1 / HOLD_OUT_ONE_IN + 0.04);
    expect(texts.map((text) => heldOutForMeasuring({ set: "banking77", split: "train", text }))).toEqual(
      texts.map((text) => heldOutForMeasuring({ set: "banking77", split: "train", text })),
    );
  });
});
