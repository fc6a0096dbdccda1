import { describe, expect, it } from "vitest";
import { addressDifference, checkTauCase, itemsKey, type TauObserved, type TauObservedCall } from "./tau-check";
import type { ExpectedAction } from "./tau-types";

const returnExpected: ExpectedAction = {
  tool: "return_items",
  orderNumber: "NW-1000001",
  items: [
    { sku: "S-BLUE-M", quantity: 1 },
    { sku: "B10", quantity: 1 },
  ],
  money: { direction: "to_customer", amountCents: 25050 },
};
const goodCall: TauObservedCall = {
  turn: 2,
  tool: "return_items",
  decision: "allowed",
  executed: true,
  order: "NW-1000001",
  args: {
    orderNumber: "NW-1000001",
    items: [
      { sku: "B10", quantity: 1 },
      { sku: "S-BLUE-M", quantity: 1 },
    ],
    reason: "no longer needed",
  },
  amountCents: 25050,
  money: { direction: "to_customer", amountCents: 25050 },
  afterConfirmation: true,
};
const observe = (...toolCalls: TauObservedCall[]): TauObserved => ({ toolCalls, escalation: null });

describe("checkTauCase", () => {
  const gold = { kind: "gold" as const, expected: returnExpected };
  const wrong = { kind: "wrong_state" as const, expected: returnExpected };

  it("passes the gold action executed once after the yes, with the gold items and the policy amount", () => {
    expect(
      checkTauCase(gold, observe({ turn: 1, tool: "verify_identity", decision: "allowed", executed: true }, goodCall)),
    ).toMatchObject({ ok: true, unconfirmedWrites: 0 });
  });

  it("names the cause of each failure", () => {
    expect(checkTauCase(gold, observe({ ...goodCall, afterConfirmation: false, turn: 1 })).cause).toBe(
      "executed_without_confirmation",
    );
    expect(
      checkTauCase(
        gold,
        observe({ ...goodCall, args: { orderNumber: "NW-1000001", items: [{ sku: "B10", quantity: 1 }] } }),
      ).cause,
    ).toBe("wrong_items");
    expect(
      checkTauCase(
        gold,
        observe({ ...goodCall, money: { direction: "to_customer", amountCents: 35500 }, amountCents: 35500 }),
      ).cause,
    ).toBe("wrong_amount");
    expect(checkTauCase(gold, observe({ ...goodCall, money: null, amountCents: null })).cause).toBe(
      "amount_not_reported",
    );
    expect(checkTauCase(gold, observe(goodCall, { ...goodCall, turn: 3 })).cause).toBe("executed_more_than_once");
    expect(checkTauCase(gold, observe({ ...goodCall, tool: "refund", afterConfirmation: false })).cause).toBe(
      "executed_without_confirmation",
    );
    expect(checkTauCase(gold, observe({ ...goodCall, tool: "refund", afterConfirmation: true })).cause).toBe(
      "other_write_executed",
    );
    expect(
      checkTauCase(
        gold,
        observe({ turn: 1, tool: "return_items", decision: "denied", reason: "outside_window", executed: false }),
      ).cause,
    ).toBe("denied");
    expect(
      checkTauCase(gold, {
        toolCalls: [],
        escalation: null,
        proposals: [{ turn: 1, tool: "return_items", status: "pending", lines: ["Return 1 × T-Shirt"] }],
      }).cause,
    ).toBe("not_executed_after_yes");
    expect(checkTauCase(gold, { toolCalls: [], escalation: { turn: 1, reason: "low_confidence" } }).cause).toBe(
      "handed_over",
    );
    const none = checkTauCase(gold, {
      toolCalls: [],
      escalation: null,
      replies: [{ turn: 1, role: "ai", text: "Which order do you mean?" }],
    });
    expect(none).toMatchObject({ ok: false, cause: "not_proposed" });
    expect(none.detail).toContain("Which order do you mean?");
  });

  it("checks an address field by field, ignoring case and spacing, and a move of no money", () => {
    const expected: ExpectedAction = {
      tool: "change_shipping_address",
      orderNumber: "NW-1000002",
      address: {
        name: "Ana Silva",
        line1: "592 Elm Avenue",
        line2: "Suite 978",
        city: "Houston",
        region: "TX",
        postalCode: "77242",
        country: "US",
      },
      money: { direction: "none", amountCents: 0 },
    };
    const call: TauObservedCall = {
      turn: 2,
      tool: "change_shipping_address",
      decision: "allowed",
      executed: true,
      order: "NW-1000002",
      args: {
        orderNumber: "NW-1000002",
        address: {
          name: "Ana Silva",
          line1: "592 elm avenue",
          line2: "Suite 978",
          city: "Houston",
          region: "TX",
          postalCode: "77242",
          country: "US",
        },
      },
      afterConfirmation: true,
    };
    expect(checkTauCase({ kind: "gold", expected }, observe(call))).toMatchObject({ ok: true });
    const wrongLine = {
      ...call,
      args: {
        orderNumber: "NW-1000002",
        address: {
          line1: "665881 to 123 Elm Street",
          city: "Houston",
          region: "TX",
          postalCode: "77242",
          country: "US",
        },
      },
    };
    const verdict = checkTauCase({ kind: "gold", expected }, observe(wrongLine));
    expect(verdict.cause).toBe("wrong_address");
    expect(verdict.detail).toContain("line1");
    expect(addressDifference(expected.address!, { ...expected.address! })).toBeNull();
  });

  it("counts a wrong-state variant refused only when nothing was written", () => {
    expect(
      checkTauCase(
        wrong,
        observe({ turn: 1, tool: "return_items", decision: "denied", reason: "wrong_state", executed: false }),
      ),
    ).toMatchObject({ ok: true, refusedForState: true });
    expect(checkTauCase(wrong, observe())).toMatchObject({ ok: true, refusedForState: false });
    expect(checkTauCase(wrong, observe({ ...goodCall }))).toMatchObject({ ok: false, cause: "not_refused" });
    // an exchange asked about an order that has not shipped, done as a modification after the customer's yes
    const exchange: ExpectedAction = {
      tool: "exchange_items",
      orderNumber: "NW-1000001",
      items: [{ sku: "S-RED-L", quantity: 1, newSku: "S-BLUE-L" }],
      money: { direction: "from_customer", amountCents: 275 },
    };
    const modified = { ...goodCall, tool: "modify_order_items" };
    expect(checkTauCase({ kind: "wrong_state", expected: exchange }, observe(modified))).toMatchObject({
      ok: false,
      cause: "wrong_state_counterpart",
    });
    expect(
      checkTauCase({ kind: "wrong_state", expected: exchange }, observe({ ...modified, afterConfirmation: false })),
    ).toMatchObject({ ok: false, cause: "not_refused", unconfirmedWrites: 1 });
  });

  it("compares items whatever their order and however quantities are split", () => {
    expect(
      itemsKey([
        { sku: "A", quantity: 1 },
        { sku: "A", quantity: 1 },
        { sku: "B", quantity: 1, newSku: "C" },
      ]),
    ).toBe("2×A, 1×B→C");
  });
});
