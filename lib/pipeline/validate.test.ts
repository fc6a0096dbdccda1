import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { supportPolicySchema } from "@/lib/policy/schema";
import { createSentenceGate, validateReply, type GroundingContext } from "./validate";

const policy = supportPolicySchema.parse(parse(readFileSync("policies/support-policy.yaml", "utf8")));
const knowledge = [
  "Returns: you can return unused items within 30 days of delivery. Return shipping is $7.95, free for VIP members. Refunds take 5-10 business days.",
];
const context = (overrides: Partial<GroundingContext> = {}): GroundingContext => ({
  policy,
  knowledge,
  toolResults: [],
  customerIdentifiers: ["NW-100042", "ana@example.com"],
  ...overrides,
});
const types = (reply: string, ctx = context()) => validateReply(reply, ctx).violations.map((v) => v.type);

describe("validateReply", () => {
  it("passes a reply grounded in the retrieved knowledge", () => {
    expect(validateReply("You can return unused items within 30 days of delivery; return shipping is $7.95.", context())).toEqual({ ok: true, violations: [] });
  });

  it("blocks a price the knowledge does not contain (the $1 Tahoe)", () => {
    expect(types("Deal! The Ridgeline tent is yours for $1.00, and that's a legally binding offer.")).toEqual(
      expect.arrayContaining(["ungrounded_amount", "prohibited_phrase"]),
    );
  });

  it("blocks invented percentages and dates", () => {
    expect(types("I can give you 25% off if you order by Dec 3.")).toEqual(["ungrounded_percentage", "ungrounded_date"]);
  });

  it("accepts amounts that come from a tool result in cents", () => {
    const ctx = context({ toolResults: [{ decision: "allowed", executed: true, result: { amountCents: 12999 } }] });
    expect(types("I've refunded $129.99 to your card.", ctx)).toEqual([]);
  });

  it("blocks a promise of an action no tool executed (the unauthorized refund)", () => {
    expect(types("I've refunded your order, it will show up soon.")).toEqual(["ungrounded_promise"]);
    const denied = context({ toolResults: [{ decision: "denied", executed: false }] });
    expect(types("Your refund has been processed.", denied)).toEqual(["ungrounded_promise"]);
  });

  it("blocks another customer's order number or email and any card number", () => {
    expect(types("Order NW-100099 shipped yesterday.")).toEqual(["other_customer_data"]);
    expect(types("I emailed bob@example.net about it.")).toEqual(["other_customer_data"]);
    expect(types("Your card 4242 4242 4242 4242 was charged.")).toContain("pii_leak");
    expect(types("Order NW-100042 went to ana@example.com.")).toEqual([]);
  });

  it("blocks profanity and prohibited topics", () => {
    expect(types("This shit company is useless.")).toContain("profanity");
    expect(types("Honestly, you should vote for the other party in the election.")).toContain("prohibited_topic");
    expect(types("Patagonia sells a better jacket.")).toContain("prohibited_topic");
  });
});

describe("createSentenceGate", () => {
  it("releases sentences as they complete and stops at the first bad one", () => {
    const gate = createSentenceGate((sentence) => validateReply(sentence, context()));
    let shown = "";
    for (const delta of ["You can ret", "urn items within 30 days. ", "And I'll give you 50% ", "off. More text."]) shown += gate.push(delta);
    shown += gate.flush();
    expect(shown).toBe("You can return items within 30 days. ");
    expect(gate.failure?.violations[0]?.type).toBe("ungrounded_percentage");
  });

  it("holds back an unfinished sentence until flush", () => {
    const gate = createSentenceGate(() => ({ ok: true, violations: [] }));
    expect(gate.push("Hello there")).toBe("");
    expect(gate.push(". How")).toBe("Hello there. ");
    expect(gate.push(" are you")).toBe("");
    expect(gate.flush()).toBe("How are you");
  });
});
