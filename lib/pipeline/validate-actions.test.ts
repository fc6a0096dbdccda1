import { describe, expect, it } from "vitest";
import { call, context, lookup, refund, types } from "./test-fixtures";
import { validationActions } from "./validate-actions";

describe("validationActions", () => {
  it("turns tool calls into actions: tool, order, executed, decision, amounts", () => {
    const actions = validationActions([
      lookup("NW-100001", 27300),
      refund("NW-100042", 14999),
      call("refund", "NW-100042", {
        decision: "denied",
        reason: "outside_window",
        customerMessage: "That order is outside the refund window.",
        escalate: false,
      }),
      call("refund", "NW-100042", {
        decision: "needs_approval",
        reason: "over_cap",
        actionRequestId: "a1",
        customerMessage: "A person reviews refunds over $150.00.",
      }),
      call(
        "return_items",
        "NW-100042",
        { decision: "allowed", executed: true, result: { money: { amountCents: 21900 } }, customerMessage: "" },
        { preview: true },
      ),
    ]);
    expect(
      actions.map(({ tool, orderNumber, executed, decision }) => ({ tool, orderNumber, executed, decision })),
    ).toEqual([
      { tool: "lookup_order", orderNumber: "NW-100001", executed: true, decision: "allowed" },
      { tool: "refund", orderNumber: "NW-100042", executed: true, decision: "allowed" },
      { tool: "refund", orderNumber: "NW-100042", executed: false, decision: "denied" },
      { tool: "refund", orderNumber: "NW-100042", executed: false, decision: "needs_approval" },
      { tool: "return_items", orderNumber: "NW-100042", executed: false, decision: "proposed" },
    ]);
    expect(actions[0]!.amountsCents).toContain(27300);
    expect(actions[1]!.amountsCents).toEqual([14999]);
    expect(actions[3]!.amountsCents).toEqual([15000]);
  });

  it("splits a lookup of several orders so each amount belongs to its own order", () => {
    const actions = validationActions([
      call("lookup_orders", undefined, {
        decision: "allowed",
        executed: true,
        result: {
          orders: [
            { orderNumber: "NW-100042", totalCents: 5000 },
            { orderNumber: "NW-100001", totalCents: 27300 },
          ],
        },
        customerMessage: "",
      }),
    ]);
    expect(actions.map((a) => [a.orderNumber, a.amountsCents])).toEqual([
      ["NW-100042", [5000]],
      ["NW-100001", [27300]],
    ]);
    expect(types("Order NW-100042 came to $273.00.", context({ actions }))).toEqual(["ungrounded_amount"]);
    expect(types("Order NW-100001 came to $273.00.", context({ actions }))).toEqual([]);
  });
});
