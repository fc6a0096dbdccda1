import { describe, expect, it } from "vitest";
import { readTraceStages, type TraceStages, type TraceToolCall } from "./schema";
import { itemPath, tracePath } from "./sql-paths";

const stages: TraceStages = {
  screen: {
    injection: { flagged: false, score: 0, reasons: [] },
    pii: [{ type: "email", masked: "a***@example.com" }],
    chars: 40,
  },
  triage: {
    intent: "returns",
    confidence: 0.9,
    sentiment: "neutral",
    sentimentScore: 0,
    urgency: "normal",
    language: "en",
    entities: { orderNumbers: ["NW-100042"], emails: [], phones: [], amounts: [], dates: [], products: [] },
    complexity: "simple",
    engine: "local",
  },
  route: { mode: "autonomous", action: "answer" },
  retrieve: [{ id: "returns", title: "Returns", version: 2, score: 0.8, stale: false, used: true }],
  tools: [
    {
      tool: "lookup_order",
      decision: "allowed",
      executed: true,
      orderNumber: "NW-100042",
      input: { orderNumber: "NW-100042" },
      durationMs: 2,
    },
  ],
  validate: { ok: true, violations: [], replaced: false },
  escalate: { now: false, reason: null, signals: [] },
  handoff: null,
  timings: { total: 9 },
};

describe("the trace schema", () => {
  it("reads back what the pipeline writes, whole", () => {
    expect(readTraceStages(JSON.parse(JSON.stringify(stages)))).toEqual(stages);
  });

  it("keeps the stages of an older or partial row that still read, and drops the rest", () => {
    const partial = {
      triage: { intent: "billing" },
      route: { mode: "autonomous", action: "handoff" },
      validate: { ok: true, violations: [] },
      proposal: { offered: [], answered: null, expired: 0 },
    };
    expect(readTraceStages(partial)).toEqual({
      route: { mode: "autonomous", action: "handoff" },
      proposal: { offered: [], answered: null },
    });
    expect(readTraceStages(null)).toEqual({});
    expect(readTraceStages([1, 2])).toEqual({});
  });
});

describe("the SQL paths into a trace", () => {
  it("are built from the schema's keys", () => {
    expect(tracePath("tt", "route", "action")).toEqual({
      json: "tt.stages->'route'->'action'",
      text: "tt.stages->'route'->>'action'",
    });
    expect(tracePath("tt", "retrieve", 0, "score").text).toBe("tt.stages->'retrieve'->0->>'score'");
    expect(tracePath("t", "screen", "injection", "flagged").text).toBe("t.stages->'screen'->'injection'->>'flagged'");
    expect(tracePath("tt", "tools").json).toBe("tt.stages->'tools'");
    expect(itemPath<TraceToolCall>("call", "decision").text).toBe("call->>'decision'");
  });

  it("fail the typecheck for a key the schema does not have", () => {
    // @ts-expect-error: the route stage has no `decision`.
    expect(() => tracePath("tt", "route", "decision")).not.toThrow();
    // @ts-expect-error: there is no `retrieval` stage.
    expect(() => tracePath("tt", "retrieval", 0, "score")).not.toThrow();
    // @ts-expect-error: a tool call has no `name`.
    expect(() => itemPath<TraceToolCall>("call", "name")).not.toThrow();
  });

  it("refuse anything but identifiers at run time", () => {
    expect(() => tracePath("tt", "route' OR '1" as "route")).toThrow();
    expect(() => tracePath("tt; DROP", "route")).toThrow();
  });
});
