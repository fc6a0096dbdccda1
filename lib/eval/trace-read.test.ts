import { describe, expect, it } from "vitest";
import { numberProposals, readProposals, readToolCalls, readTurn, settleProposals } from "./trace-read";

describe("reading a turn's trace for simulate's output", () => {
  it("reads a trace written before money, items and confirmation existed", () => {
    const calls = readToolCalls(1, {
      tools: [
        {
          tool: "refund",
          decision: "allowed",
          executed: true,
          orderNumber: "NW-100001",
          input: { orderNumber: "NW-100001" },
          durationMs: 3,
        },
      ],
    });
    expect(calls).toEqual([
      {
        turn: 1,
        tool: "refund",
        decision: "allowed",
        executed: true,
        order: "NW-100001",
        args: { orderNumber: "NW-100001" },
        amountCents: null,
        money: null,
        afterConfirmation: false,
      },
    ]);
    expect(readProposals(1, { tools: [] })).toEqual([]);
    expect(readTurn(1, { triage: { intent: "refund", sentiment: "neutral", language: "en" } })).toEqual({
      turn: 1,
      intent: "refund",
      sentiment: "neutral",
      language: "en",
      proposalAnswer: null,
      requests: [],
    });
    expect(readToolCalls(1, null)).toEqual([]);
  });

  it("reads the arguments, the money, the confirmation, the proposals and the requests of a newer trace", () => {
    const stages = {
      triage: { intent: "returns", sentiment: "negative", language: "en" },
      understand: {
        requests: [
          { kind: "action", tool: "return_items", orderNumber: "NW-1000001", items: [], confidence: 0.9, missing: [] },
          { kind: "confirm", answer: "yes", confidence: 1 },
        ],
      },
      proposal: {
        id: "p1",
        tool: "return_items",
        status: "executed",
        summary: {
          tool: "return_items",
          orderNumber: "NW-1000001",
          lines: ["Return 1 × T-Shirt (blue, M), $50.00"],
          money: {
            direction: "to_customer",
            amountCents: 5000,
            currency: "USD",
            destination: "Visa ending 4242",
            when: "on_receipt",
          },
        },
      },
      tools: [
        {
          tool: "return_items",
          decision: "allowed",
          executed: true,
          orderNumber: "NW-1000001",
          input: { orderNumber: "NW-1000001", items: [{ sku: "S-BLUE-M", quantity: 1 }] },
          money: {
            direction: "to_customer",
            amountCents: 5000,
            currency: "USD",
            destination: "Visa ending 4242",
            when: "on_receipt",
          },
          items: [{ sku: "S-BLUE-M", name: "T-Shirt", quantity: 1, unitPriceCents: 5000 }],
          proposalId: "p1",
          confirmed: true,
          durationMs: 4,
        },
      ],
    };
    expect(readToolCalls(2, stages)[0]).toMatchObject({
      turn: 2,
      amountCents: 5000,
      money: { direction: "to_customer", amountCents: 5000 },
      afterConfirmation: true,
      proposalId: "p1",
      items: [{ sku: "S-BLUE-M" }],
    });
    expect(readProposals(2, stages)).toEqual([
      {
        turn: 2,
        tool: "return_items",
        orderNumber: "NW-1000001",
        lines: ["Return 1 × T-Shirt (blue, M), $50.00"],
        status: "executed",
        money: {
          direction: "to_customer",
          amountCents: 5000,
          currency: "USD",
          destination: "Visa ending 4242",
          when: "on_receipt",
        },
        id: "p1",
      },
    ]);
    expect(readTurn(2, stages).requests).toEqual([
      { kind: "action", tool: "return_items", orderNumber: "NW-1000001" },
      { kind: "confirm", answer: "yes" },
    ]);
  });
});

describe("proposals as the lead's trace records them", () => {
  const offer = (turn: number, id: string) => ({
    proposal: { offered: [{ id, tool: "return_items", lines: [`Return ${id}`] }], answered: null, expired: 0 },
    turn,
  });
  it("reads the offers, the answers, the understood requests, and what became of each proposal", () => {
    const t1 = {
      triage: { intent: "returns", sentiment: "neutral", language: "en" },
      understand: { requests: [{ kind: "action", action: "return_items", orderNumber: "NW-1", confidence: 0.9 }] },
      ...offer(1, "p1"),
      tools: [],
    };
    const t2 = {
      triage: { intent: "other", sentiment: "positive", language: "en" },
      proposal: { offered: [], answered: "yes", expired: 0 },
      tools: [
        {
          tool: "return_items",
          decision: "allowed",
          executed: true,
          input: {},
          proposalId: "p1",
          confirmed: true,
          durationMs: 1,
        },
      ],
    };
    const refused = {
      tools: [
        {
          tool: "cancel_order",
          decision: "denied",
          reason: "wrong_state",
          executed: false,
          preview: true,
          input: {},
          durationMs: 0,
        },
      ],
    };
    expect(readToolCalls(1, refused)[0]).toMatchObject({ executed: false, preview: true, reason: "wrong_state" });
    expect(readTurn(1, t1)).toMatchObject({
      proposalAnswer: null,
      requests: [{ kind: "action", action: "return_items", orderNumber: "NW-1" }],
    });
    const turns = [readTurn(1, t1), readTurn(2, t2)];
    expect(turns[1]!.proposalAnswer).toBe("yes");
    const calls = [...readToolCalls(1, t1), ...readToolCalls(2, t2)];
    const offers = [...readProposals(1, t1), ...readProposals(2, t2)];
    expect(offers).toEqual([{ turn: 1, tool: "return_items", lines: ["Return p1"], status: "offered", id: "p1" }]);
    expect(settleProposals(offers, calls, turns).map((p) => p.status)).toEqual(["executed"]);
    expect(settleProposals(offers, [], turns).map((p) => p.status)).toEqual(["confirmed"]);
    const no = { ...turns[1]!, proposalAnswer: "no" as const };
    expect(settleProposals(offers, [], [turns[0]!, no]).map((p) => p.status)).toEqual(["declined"]);
    const second = { turn: 2, tool: "return_items", lines: [], status: "offered", id: "p2" };
    expect(settleProposals([...offers, second], [], [turns[0]!]).map((p) => p.status)).toEqual(["replaced", "pending"]);
    // random ids become p1, p2… in order of appearance, calls still pointing at their proposal
    const numbered = numberProposals([...offers, second], calls);
    expect(numbered.proposals.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(numbered.calls.find((c) => c.tool === "return_items")?.proposalId).toBe("p1");
  });
});
