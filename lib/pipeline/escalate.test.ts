import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { supportPolicySchema } from "@/lib/policy/schema";
import { extractEntities } from "./entities";
import { evaluateEscalation, type EscalationInput } from "./escalate";

const policy = supportPolicySchema.parse(parse(readFileSync("policies/support-policy.yaml", "utf8")));

function input(text: string, overrides: Partial<EscalationInput> & { intent?: EscalationInput["triage"]["intent"]; confidence?: number; sentiment?: "frustrated" | "neutral" | "positive" } = {}): EscalationInput {
  const { intent = "other", confidence = 0.9, sentiment = "neutral", ...rest } = overrides;
  return {
    policy,
    text,
    triage: { intent, confidence, sentiment, sentimentScore: 0, urgency: "normal", language: "en", entities: extractEntities(text) },
    tier: "standard",
    priorSentiments: [],
    turnNumber: 1,
    retrievalScore: 0.8,
    toolDenials: 0,
    verificationLocked: false,
    injectionCount: 0,
    replyBlocked: false,
    ...rest,
  };
}

describe("evaluateEscalation", () => {
  it.each([
    ["I want to talk to a person", { intent: "human_request" as const }, "customer_request"],
    ["I'll see you in small claims court over this", {}, "legal_language"],
    ["My lawyer will hear about this", {}, "legal_language"],
    ["Someone hacked my account and placed an order", {}, "account_security"],
    ["I'm filing a chargeback for the $650 you charged", { intent: "billing" as const }, "payment_dispute"],
    ["Why was our invoice charged twice?", { intent: "billing" as const, tier: "enterprise" as const }, "payment_dispute"],
    ["Can you explain this invoice line?", { intent: "billing" as const, tier: "enterprise" as const }, "enterprise_billing"],
  ])("hands %j to a person (%s)", (text, overrides, reason) => {
    const decision = evaluateEscalation(input(text, overrides));
    expect(decision).toMatchObject({ now: true, reason, kind: "hard" });
  });

  it("does not escalate a small dispute below the policy threshold", () => {
    expect(evaluateEscalation(input("I dispute the $12 shipping fee", { intent: "billing" })).now).toBe(false);
  });

  it("escalates frustration only after the policy's number of consecutive turns", () => {
    const two = input("this is ridiculous", { sentiment: "frustrated", priorSentiments: ["neutral", "frustrated"] });
    expect(evaluateEscalation(two).now).toBe(false);
    const three = input("this is ridiculous", { sentiment: "frustrated", priorSentiments: ["frustrated", "frustrated"] });
    expect(evaluateEscalation(three)).toMatchObject({ now: true, reason: "frustration_trend", kind: "soft" });
  });

  it("treats low retrieval confidence on a sensitive topic as a signal, not a guess", () => {
    expect(evaluateEscalation(input("refund for the thing", { intent: "refund", retrievalScore: 0.1 }))).toMatchObject({ reason: "low_retrieval_confidence" });
    expect(evaluateEscalation(input("tell me about tents", { intent: "product", retrievalScore: 0.1 })).now).toBe(false);
  });

  it("escalates on repeated denials, the turn limit and a locked verification", () => {
    expect(evaluateEscalation(input("try again", { toolDenials: 2 }))).toMatchObject({ reason: "repeated_tool_denials" });
    expect(evaluateEscalation(input("hello?", { turnNumber: 13 }))).toMatchObject({ reason: "turn_limit" });
    expect(evaluateEscalation(input("ana@example.com", { verificationLocked: true }))).toMatchObject({ reason: "verification_locked" });
  });

  it("lets an ordinary question through", () => {
    expect(evaluateEscalation(input("Where is my order NW-100042?", { intent: "order_status" }))).toEqual({ now: false, reason: null, signals: [] });
  });
});
