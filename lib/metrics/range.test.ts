import { describe, expect, it } from "vitest";
import { parseReviewFilters } from "@/lib/review/filters";
import { priceTable, tokenCost } from "./prices";
import { parseRange } from "./range";

const now = new Date("2026-06-30T15:30:00.000Z");

describe("the dashboard's date range", () => {
  it("defaults to the last 30 whole UTC days, today included", () => {
    const range = parseRange({}, now);
    expect(range).toMatchObject({ days: 30, fromDay: "2026-06-01", toDay: "2026-06-30", label: "Last 30 days" });
    expect(range.to.toISOString()).toBe("2026-07-01T00:00:00.000Z");
  });

  it("takes custom dates with the end day included, and cuts a range longer than a year", () => {
    expect(parseRange({ from: "2026-06-10", to: "2026-06-12" }, now)).toMatchObject({
      days: null,
      fromDay: "2026-06-10",
      toDay: "2026-06-12",
    });
    expect(parseRange({ from: "2020-01-01", to: "2026-06-12" }, now).fromDay).toBe("2025-06-12");
  });

  it("falls back to the default for anything it cannot read", () => {
    for (const params of [
      { days: "13" },
      { from: "2026-02-30", to: "2026-03-01" },
      { from: "2026-06-12", to: "2026-06-10" },
      { from: "yesterday" },
    ]) {
      expect(parseRange(params, now).days).toBe(30);
    }
  });
});

describe("review filters from the URL", () => {
  it("keeps known values and drops the rest", () => {
    const filters = parseReviewFilters(
      {
        intent: "refund",
        outcome: "recontacted",
        reason: "nonsense",
        csat: "low",
        violation: "DROP TABLE",
        agent: "a-1",
        page: "3",
      },
      now,
    );
    expect(filters).toMatchObject({
      intent: "refund",
      outcome: "recontacted",
      reason: null,
      csat: "low",
      violation: null,
      agentId: "a-1",
      page: 3,
    });
  });
});

describe("token prices", () => {
  it("prices by model per million tokens; the local engine is free; unknown models are reported, not guessed", () => {
    const prices = priceTable({ "my-model": { input: 1, output: 2 } });
    expect(
      tokenCost({ engine: "openai", model: "gpt-4.1-mini", inputTokens: 1_000_000, outputTokens: 500_000 }, prices),
    ).toBeCloseTo(0.4 + 0.8);
    expect(
      tokenCost({ engine: "openai", model: "my-model", inputTokens: 2_000, outputTokens: 1_000 }, prices),
    ).toBeCloseTo(0.004);
    expect(tokenCost({ engine: "local", model: null, inputTokens: 0, outputTokens: 0 }, prices)).toBe(0);
    expect(tokenCost({ engine: "openai", model: "mystery", inputTokens: 10, outputTokens: 0 }, prices)).toBeNull();
  });
});
