import { describe, expect, it } from "vitest";
import { conversationTone } from "./conversation-tone";
import { buildHandoffPacket, type HandoffInput } from "./handoff-packet";

const base: HandoffInput = {
  reason: "repeated_tool_denials",
  intent: "refund",
  urgency: "high",
  customer: {
    name: "Ana Ruiz",
    tier: "vip",
    verified: true,
    recentOrders: [{ number: "NW-100042", status: "delivered", totalCents: 18900 }],
  },
  customerMessages: [
    { text: "hi", sentiment: "neutral" },
    {
      text: "My Ridgeline tent arrived with a broken pole and I want my money back, card 4242 4242 4242 4242",
      sentiment: "neutral",
    },
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
    const packet = buildHandoffPacket({
      ...base,
      customerMessages: [
        { text: long, sentiment: null },
        { text: long, sentiment: null },
      ],
    });
    expect(packet.words).toBeLessThanOrEqual(200);
  });

  it("quotes the message that triggered the handoff, PII redacted", () => {
    const packet = buildHandoffPacket({
      ...base,
      customerMessages: [
        {
          id: "m1",
          text: "My Ridgeline tent arrived with a broken pole and I want my money back",
          sentiment: "neutral",
        },
        { id: "m1b", text: "I sent photos of the pole yesterday", sentiment: "neutral" },
        {
          id: "m2",
          text: "Third time asking. Call me on +1 415 555 0134 or mail ana.ruiz@example.com, I'm done waiting",
          sentiment: "frustrated",
        },
        { id: "m3", text: "hello?", sentiment: null },
      ],
      triggerMessageId: "m2",
    });
    expect(packet.trigger?.text).toContain("Third time asking");
    expect(packet.trigger?.text).not.toMatch(/555 0134|ana\.ruiz@example\.com/);
    expect(packet.trigger?.sentiment).toBe("frustrated");
    // Not one of the first messages the issue quotes, so the summary quotes it too.
    expect(packet.issue).not.toContain("Third time");
    expect(packet.summary).toContain(`Last message: "${packet.trigger?.text}"`);
    expect(packet.summary).not.toMatch(/555 0134|ana\.ruiz@example\.com/);
  });

  it("quotes the latest message when no turn triggered it (the customer's button)", () => {
    const packet = buildHandoffPacket({ ...base, reason: "customer_request" });
    expect(packet.trigger).toEqual({
      text: "Why can't you just refund it?? This is ridiculous",
      sentiment: "frustrated",
    });
  });

  it("has no trigger before the customer has written anything", () => {
    expect(buildHandoffPacket({ ...base, customerMessages: [] }).trigger).toBeNull();
  });

  it("reads the tone exactly as the inbox's side panel does (conversationTone), skipping unanalysed messages", () => {
    const cases: HandoffInput["customerMessages"][] = [
      base.customerMessages,
      // The latest message not analysed yet: it used to count as neutral here while the panel skipped it.
      [...base.customerMessages, { text: "hello??", sentiment: null }],
      [
        { text: "a", sentiment: "neutral" },
        { text: "b", sentiment: "neutral" },
        { text: "c", sentiment: "positive" },
        { text: "d", sentiment: "frustrated" },
      ],
    ];
    for (const customerMessages of cases) {
      const panel = conversationTone(customerMessages.map((m) => m.sentiment));
      const { tone } = buildHandoffPacket({ ...base, customerMessages });
      expect({ sentiment: tone.sentiment, trend: tone.trend }).toEqual({
        sentiment: panel.sentiment,
        trend: panel.trend,
      });
    }
    expect(buildHandoffPacket({ ...base, customerMessages: cases[1]! }).tone.sentiment).toBe("frustrated");
  });
});
