import { describe, expect, it } from "vitest";
import { binaryReport, classificationReport, escalationReport, locateSpans, spanReport } from "./metrics";

describe("classificationReport", () => {
  // Worked by hand. Confusion (rows gold, columns predicted, order a b c):
  //   a: 2 1 0    a: P 2/2  R 2/3  F1 0.8
  //   b: 0 1 1    b: P 1/2  R 1/2  F1 0.5
  //   c: 0 0 1    c: P 1/2  R 1/1  F1 2/3
  // macro-F1 = (0.8 + 0.5 + 0.6667) / 3 = 0.65556; accuracy 4/6.
  const gold = ["a", "a", "a", "b", "b", "c"];
  const predicted = ["a", "a", "b", "b", "c", "c"];

  it("computes the confusion matrix in the given label order", () => {
    const report = classificationReport(gold, predicted, ["a", "b", "c"]);
    expect(report.confusion).toEqual({
      labels: ["a", "b", "c"],
      matrix: [
        [2, 1, 0],
        [0, 1, 1],
        [0, 0, 1],
      ],
    });
  });

  it("computes per-label scores, macro-F1 and accuracy", () => {
    const report = classificationReport(gold, predicted, ["a", "b", "c"]);
    const a = report.perLabel.find((s) => s.label === "a")!;
    expect(a.precision).toBe(1);
    expect(a.recall).toBeCloseTo(2 / 3, 10);
    expect(a.f1).toBeCloseTo(0.8, 10);
    expect(report.perLabel.find((s) => s.label === "c")!.f1).toBeCloseTo(2 / 3, 10);
    expect(report.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 10);
    expect(report.accuracy).toBeCloseTo(4 / 6, 10);
  });

  it("counts a predicted label nobody wrote against precision, not in the macro average", () => {
    const report = classificationReport(["a", "a"], ["a", "d"], ["a"]);
    expect(report.confusion.labels).toEqual(["a", "d"]);
    const d = report.perLabel.find((s) => s.label === "d")!;
    expect(d).toMatchObject({ support: 0, predicted: 1, precision: 0, recall: null, f1: null });
    // a: precision 1, recall 1/2, F1 2/3; only a has support.
    expect(report.macroF1).toBeCloseTo(2 / 3, 10);
  });

  it("scores a gold label that is never predicted as F1 0", () => {
    const report = classificationReport(["a", "b"], ["a", "a"]);
    expect(report.perLabel.find((s) => s.label === "b")).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(report.macroF1).toBeCloseTo((2 / 3 + 0) / 2, 10);
  });

  it("refuses lists of different lengths", () => {
    expect(() => classificationReport(["a"], [])).toThrow();
  });
});

describe("binaryReport", () => {
  it("computes recall and the false-positive rate", () => {
    const report = binaryReport([true, true, false, false, false], [true, false, true, false, false]);
    expect(report).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 2, recall: 0.5, precision: 0.5 });
    expect(report.falsePositiveRate).toBeCloseTo(1 / 3, 10);
  });

  it("reports null, not a perfect score, when there is nothing to measure", () => {
    expect(binaryReport([false], [false]).recall).toBeNull();
  });
});

describe("spanReport and locateSpans", () => {
  it("counts only exact spans of the right type as found", () => {
    const gold = [[{ type: "email", start: 3, end: 10 }], [{ type: "card", start: 0, end: 16 }]];
    const predicted = [
      [{ type: "email", start: 3, end: 10 }],
      [
        { type: "phone", start: 0, end: 16 },
        { type: "card", start: 0, end: 15 },
      ],
    ];
    const report = spanReport(gold, predicted);
    expect(report).toMatchObject({ gold: 2, found: 1, recall: 0.5, falsePositives: 2 });
    expect(report.perType).toEqual([
      { type: "card", gold: 1, found: 0, recall: 0 },
      { type: "email", gold: 1, found: 1, recall: 1 },
    ]);
  });

  it("places a repeated value at its separate occurrences", () => {
    const text = "call 555-0101 or 555-0101";
    const spans = locateSpans(text, [
      { type: "phone", value: "555-0101" },
      { type: "phone", value: "555-0101" },
    ]);
    expect(spans).toEqual([
      { type: "phone", start: 5, end: 13 },
      { type: "phone", start: 17, end: 25 },
    ]);
    expect(locateSpans(text, [{ type: "email", value: "a@b.co" }])).toBeNull();
  });
});

describe("escalationReport", () => {
  it("separates the decision from the reason", () => {
    const report = escalationReport(
      [
        { now: true, reason: "customer_request" },
        { now: true, reason: "legal_language" },
        { now: false, reason: null },
        { now: false, reason: null },
      ],
      [
        { now: true, reason: "customer_request" },
        { now: true, reason: "customer_request" },
        { now: true, reason: "low_confidence" },
        { now: false, reason: null },
      ],
    );
    expect(report).toMatchObject({ accuracy: 0.5, decisionAccuracy: 0.75, recall: 1, falseEscalationRate: 0.5 });
    expect(report.perReason).toEqual([
      { reason: "customer_request", support: 1, correct: 1, recall: 1 },
      { reason: "legal_language", support: 1, correct: 0, recall: 0 },
    ]);
  });
});
