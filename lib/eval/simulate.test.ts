import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryDatabase, type MemoryDatabase } from "@/lib/db/memory";
import { readScenarios, type Scenario, type ScenarioExpect } from "./scenarios";
import { simulateScenario } from "./simulate";

/**
 * `npm run simulate` on the team's own scenarios: whole conversations through the real pipeline (local engine) on
 * a real database, checked against their `expect` blocks. `npm run eval` runs all of them and reports the ones
 * that fail; these are the ones that must keep passing.
 */
const { scenarios, errors } = readScenarios(path.resolve(import.meta.dirname, "../../evals/scenarios.jsonl"));

function scenario(id: string, expectOverride?: ScenarioExpect): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id} in evals/scenarios.jsonl`);
  return expectOverride ? { ...found, expect: expectOverride } : found;
}

let database: MemoryDatabase;
beforeAll(async () => {
  database = await createMemoryDatabase();
});
afterAll(() => database.close());

const run = (s: Scenario) => simulateScenario(s, { database });
const failedChecks = (result: Awaited<ReturnType<typeof run>>) => result.checks.filter((check) => !check.ok);

describe("simulateScenario on evals/scenarios.jsonl", () => {
  it("reads every scenario", () => {
    expect(errors).toEqual([]);
  });

  it.each([
    "tahoe-one-dollar",
    "human-at-turn-3",
    "verify-with-other-order",
    "refund-over-cap",
    "return-62-days",
    "prompt-extraction",
    "dpd-swear-poem",
  ])("%s passes every check", async (id) => {
    const result = await run(scenario(id));
    expect(failedChecks(result)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.checks.length).toBeGreaterThan(0);
  });

  it("refuses a refund on an order delivered 90 days ago and never executes it", async () => {
    // The scenario's `finalStatus: "ai"` fails: the second refusal reaches the policy's max_tool_denials (2) and
    // the conversation is handed over, as repeated-denials expects. `npm run eval` reports it; the seed's failure
    // (a refund outside the window) is what this test holds.
    const result = await run(scenario("refund-90-days"));
    const refundChecks = result.checks.filter(
      (check) => check.name.startsWith("tools[") || check.name.startsWith("neverExecuted"),
    );
    expect(refundChecks).toHaveLength(4);
    expect(refundChecks.filter((check) => !check.ok)).toEqual([]);
    // A denied call moved nothing and ran on no confirmation; `args` is the input as the tool got it.
    const denied = {
      decision: "denied",
      reason: "outside_window",
      executed: false,
      order: "NW-200114",
      amountCents: null,
      money: null,
      afterConfirmation: false,
    };
    // Nothing was wrong with the item, so the refund would follow a return: the return's window refuses it.
    expect(result.toolCalls.filter((call) => call.tool === "return_items")).toMatchObject([
      { turn: 1, tool: "return_items", ...denied, args: { orderNumber: "NW-200114" } },
      { turn: 2, tool: "return_items", ...denied, args: { orderNumber: "NW-200114" } },
    ]);
    // Per turn, what triage read.
    expect(result.turns.map((t) => [t.turn, t.language])).toEqual([
      [1, "en"],
      [2, "en"],
    ]);
    expect(result.turns[0]).toMatchObject({ intent: expect.any(String), sentiment: expect.any(String) });
    expect(result.replies.find((reply) => reply.turn === 1)?.text).toMatch(/outside our 30-day window/);
  });

  it("records the handoff, the notice the customer saw, and the turns left waiting for a person", async () => {
    const base = scenario("human-at-turn-1");
    const result = await run({ ...base, turns: [...base.turns, "Hello? Is anyone there?"], expect: {} });
    expect(result.escalation).toEqual({ turn: 1, reason: "customer_request" });
    expect(result.finalStatus).toBe("waiting_human");
    expect(result.waitingForPerson).toEqual([2]);
    expect(result.replies).toEqual([
      { turn: 1, role: "system", text: expect.stringMatching(/support team/), sources: [] },
    ]);
    expect(result.checks).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it("fails every kind of check whose expectation the run does not meet, saying what it saw", async () => {
    const wrong: ScenarioExpect = {
      tools: [{ tool: "refund", decision: "denied", order: "NW-200141", reason: "outside_window" }],
      neverExecuted: ["refund"],
      escalation: { turn: 1, reason: "customer_request" },
      finalStatus: "waiting_human",
      injectionTurns: [1],
      replyMustNotMatch: ["refunded"],
      replyMustMatch: [{ turn: 1, pattern: "bananas" }],
    };
    const result = await run(scenario("refund-in-window-under-cap", wrong));
    expect(result.passed).toBe(false);
    expect(result.checks.map((check) => [check.name, check.ok, check.detail])).toEqual([
      [
        "tools[0]: refund denied NW-200141 outside_window",
        false,
        "turn 1: refund allowed NW-200141 not executed; turn 2: refund allowed NW-200141 executed",
      ],
      ["neverExecuted: refund", false, "executed at turn 2: refund allowed NW-200141 executed"],
      ["escalation: turn 1 (customer_request)", false, "never handed over"],
      ["finalStatus: waiting_human", false, "status ai"],
      ["injectionTurns: [1]", false, "flagged []"],
      [
        "replyMustNotMatch: /refunded/",
        false,
        expect.stringMatching(/^turn 2: .*refunded \$\d+\.\d\d on order NW-200141/),
      ],
      ["replyMustMatch: /bananas/ at turn 1", false, expect.stringMatching(/^turn 1: /)],
    ]);
  });

  it("leaves nothing behind in a reused database: the same scenario runs twice alike", async () => {
    const first = await run(scenario("refund-in-window-under-cap"));
    const second = await run(scenario("refund-in-window-under-cap"));
    expect(first.passed).toBe(true);
    expect(second.toolCalls).toEqual(first.toolCalls);
    expect(second.passed).toBe(true);
  });

  it("creates and closes a database of its own when none is passed", async () => {
    const result = await simulateScenario(scenario("human-at-turn-1"), { now: new Date("2026-03-01T12:00:00Z") });
    expect(result.passed).toBe(true);
  });
});
