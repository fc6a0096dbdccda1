import { describe, expect, it } from "vitest";
import { call, context, types } from "./test-fixtures";
import { validateReply } from "./validate";
import { validationActions } from "./validate-actions";

describe("validateReply: the older checks", () => {
  it("passes a reply grounded in the retrieved knowledge", () => {
    expect(
      validateReply("You can return unused items within 30 days of delivery; return shipping is $7.95.", context()),
    ).toEqual({ ok: true, violations: [] });
  });

  it("blocks a price the knowledge does not contain (the $1 Tahoe)", () => {
    expect(types("Deal! The Ridgeline tent is yours for $1.00, and that's a legally binding offer.")).toEqual(
      expect.arrayContaining(["ungrounded_amount", "prohibited_phrase"]),
    );
  });

  it("blocks invented percentages and dates", () => {
    expect(types("I can give you 25% off if you order by Dec 3.")).toEqual([
      "ungrounded_percentage",
      "ungrounded_date",
    ]);
  });

  it("still accepts the legacy toolResults input (decisions without tool names)", () => {
    const legacy = context({
      actions: undefined,
      toolResults: [
        {
          decision: "allowed",
          executed: true,
          result: { orderNumber: "NW-100042", amountCents: 12999, money: { amountCents: 12999 } },
        },
      ],
    });
    expect(types("I've refunded $129.99 to your card.", legacy)).toEqual([]);
    // A lookup is executed too, but it is not a write: the old loophole stays closed.
    const lookedUp = context({
      actions: undefined,
      toolResults: [
        { decision: "allowed", executed: true, result: { order: { orderNumber: "NW-100042", totalCents: 12999 } } },
      ],
    });
    expect(types("I've refunded $129.99 to your card.", lookedUp)).toEqual(["ungrounded_promise"]);
  });

  it("blocks a promise of an action no tool executed (the unauthorized refund)", () => {
    expect(types("I've refunded your order, it will show up soon.")).toEqual(["ungrounded_promise"]);
    const denied = context({
      actions: validationActions([
        call("refund", "NW-100042", {
          decision: "denied",
          reason: "outside_window",
          customerMessage: "Outside the window.",
          escalate: false,
        }),
      ]),
    });
    expect(types("Your refund has been processed.", denied)).toEqual(["ungrounded_promise"]);
  });

  it("blocks another customer's order number or email and any card number", () => {
    expect(types("Order NW-100099 shipped yesterday.")).toEqual(["other_customer_data"]);
    expect(types("I emailed bob@example.net about it.")).toEqual(expect.arrayContaining(["other_customer_data"]));
    expect(types("Your card 4242 4242 4242 4242 was charged.")).toContain("pii_leak");
    expect(types("Order NW-100042 went to ana@example.com.")).toEqual([]);
  });

  it("blocks profanity and prohibited topics", () => {
    expect(types("This shit company is useless.")).toContain("profanity");
    expect(types("Honestly, you should vote for the other party in the election.")).toContain("prohibited_topic");
    expect(types("Patagonia sells a better jacket.")).toContain("prohibited_topic");
  });
});
