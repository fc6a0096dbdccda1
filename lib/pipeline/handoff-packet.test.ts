import { describe, expect, it } from "vitest";
import { buildHandoffPacket, type HandoffInput } from "./handoff-packet";

const base: HandoffInput = {
  reason: "repeated_tool_denials",
  intent: "refund",
  urgency: "high",
  customer: { name: "Ana Ruiz", tier: "vip", verified: true, recentOrders: [{ number: "NW-100042", status: "delivered", totalCents: 18900 }] },
  customerMessages: [
    { text: "hi", sentiment: "neutral" },
    { text: "My Ridgeline tent arrived with a broken pole and I want my money back, card 4242 4242 4242 4242", sentiment: "neutral" },
    { text: "Why can't you just refund it?? This is ridiculous", sentiment: "frustrated" },
  ],
  actions: [
    { tool: "refund", decision: "denied", reason: "outside_window", orderNumber: "NW-100042" },
    { tool: "refund", decision: "denied", reason: "outside_window", orderNumber: "NW-100042" },
  ],
  knowledge: [{ id: "refunds", title: "Refunds", version: 3, stale: false }],
  aiReplies: 2,
};

describe("buildHandoffPacket", () => {
  it("tells the human who, what, what was tried, why, and what to do next", () => {
    const packet = buildHandoffPacket(base);
    expect(packet.summary).toContain("Ana Ruiz, vip tier, verified");
    expect(packet.summary).toContain("NW-100042 (delivered)");
    expect(packet.issue).toContain("broken pole");
    expect(packet.tried).toContain("refund on NW-100042: denied (outside window)");
    expect(packet.whyUnresolved).toBe("Actions refused repeatedly");
    expect(packet.nextStep).toMatch(/exception/);
    expect(packet.tone).toEqual({ sentiment: "frustrated", trend: "worsening", urgency: "high", sensitive: false });
  });

  it("never carries a card number into the packet", () => {
    expect(buildHandoffPacket(base).summary).not.toContain("4242 4242");
    expect(buildHandoffPacket(base).issue).toContain("[card]");
  });

  it("stays under 200 words even for a very long conversation", () => {
    const long = "word ".repeat(500);
    const packet = buildHandoffPacket({ ...base, customerMessages: [{ text: long, sentiment: null }, { text: long, sentiment: null }] });
    expect(packet.words).toBeLessThanOrEqual(200);
  });
});
