import { describe, expect, it } from "vitest";
import { buildTauCases } from "./tau";
import { formatTau, summarizeTau, type TauResult } from "./tau-figures";
import { data } from "./tau-sample-data";

const built = buildTauCases(data);

describe("summarizeTau and formatTau", () => {
  it("gives the rates per split, the bars, and failures grouped by cause with examples", () => {
    const results: TauResult[] = [
      {
        id: "tau-dev-0-1",
        split: "dev",
        action: "return_delivered_order_items",
        kind: "gold",
        turns: ["Hi"],
        verdict: { ok: true, detail: "", unconfirmedWrites: 0 },
      },
      {
        id: "tau-dev-1-0",
        split: "dev",
        action: "cancel_pending_order",
        kind: "gold",
        turns: ["Hi, cancel"],
        verdict: { ok: false, cause: "not_proposed", detail: "no tool calls", unconfirmedWrites: 0 },
      },
      {
        id: "tau-dev-1-0-wrong-state",
        split: "dev",
        action: "cancel_pending_order",
        kind: "wrong_state",
        turns: ["Hi"],
        verdict: { ok: true, detail: "", unconfirmedWrites: 0, refusedForState: true },
      },
      {
        id: "tau-train-0-0",
        split: "train",
        action: "exchange_delivered_order_items",
        kind: "gold",
        turns: ["Hi"],
        verdict: { ok: false, cause: "executed_without_confirmation", detail: "x", unconfirmedWrites: 1 },
      },
    ];
    const figures = summarizeTau(results, {
      dir: "/data/tau",
      coverage: built.coverage,
      durationsMs: [10, 30],
      missingSplits: [],
    });
    expect(figures.overall.gold).toEqual({ n: 3, correct: 1, rate: 1 / 3 });
    expect(figures.overall.wrongState).toEqual({ n: 1, refused: 1, rate: 1, refusedForState: 1, counterpart: 0 });
    expect(figures.failing.map((f) => [f.id, f.cause])).toEqual([
      ["tau-dev-1-0", "not_proposed"],
      ["tau-train-0-0", "executed_without_confirmation"],
    ]);
    expect(figures.overall.unconfirmedWrites).toBe(1);
    expect(figures.bySplit.dev?.gold).toEqual({ n: 2, correct: 1, rate: 0.5 });
    expect(figures.bySplit.train?.unconfirmedWrites).toBe(1);
    expect(figures.failures.map((f) => [f.cause, f.n])).toEqual([
      ["not_proposed", 1],
      ["executed_without_confirmation", 1],
    ]);
    expect(figures.msPerConversation).toEqual({ mean: 20, max: 30 });
    const text = formatTau(figures);
    expect(text).toContain("6 of 7 tau write actions have a Tandem tool");
    expect(text).toContain("executed correctly 1/3 (33.3%)  BELOW bar ≥ 95%");
    expect(text).toContain("wrong state refused 1/1 (100.0%)  meets bar 100%");
    expect(text).toContain("writes without a confirmed proposal 1  BELOW bar 0");
    expect(text).toContain('tau-dev-1-0: "Hi, cancel"');
  });
});
