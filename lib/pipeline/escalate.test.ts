import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { supportPolicySchema } from "@/lib/policy/schema";
import { extractEntities } from "@/lib/signals/entities";
import { evaluateEscalation, type EscalationInput } from "./escalate";

const policy = supportPolicySchema.parse(parse(readFileSync("policies/support-policy.yaml", "utf8")));

function input(
  text: string,
  overrides: Partial<EscalationInput> & {
    intent?: EscalationInput["triage"]["intent"];
    confidence?: number;
    sentiment?: "frustrated" | "neutral" | "positive";
  } = {},
): EscalationInput {
  const { intent = "other", confidence = 0.9, sentiment = "neutral", ...rest } = overrides;
  return {
    policy,
    text,
    triage: {
      intent,
      confidence,
      sentiment,
      sentimentScore: 0,
      urgency: "normal",
      language: "en",
      entities: extractEntities(text),
    },
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
    [
      "Why was our invoice charged twice?",
      { intent: "billing" as const, tier: "enterprise" as const },
      "payment_dispute",
    ],
    [
      "Can you explain this invoice line?",
      { intent: "billing" as const, tier: "enterprise" as const },
      "enterprise_billing",
    ],
  ])("hands %j to a person (%s)", (text, overrides, reason) => {
    const decision = evaluateEscalation(input(text, overrides));
    expect(decision).toMatchObject({ now: true, reason, kind: "hard" });
  });

  it.each([
    // Asking for a person, whatever the classifier made of it.
    ["Can you put me through to an actual human please?", "customer_request"],
    ["agent please", "customer_request"],
    ["Transfer me to a live agent.", "customer_request"],
    ["Could someone from your team ring me tomorrow morning?", "customer_request"],
    ["¿Puedo hablar con un agente? Es urgente.", "customer_request"],
    ["Je voudrais parler à un conseiller.", "customer_request"],
    ["Bitte verbinden Sie mich mit einem echten Menschen.", "customer_request"],
    // Legal language in the customer's language.
    ["We're considering a class action over the recalled stoves.", "legal_language"],
    ["I'm going to sue Northwind for this.", "legal_language"],
    ["Voy a demandar a la empresa si no me pagan.", "legal_language"],
    ["Mon avocat vous contactera.", "legal_language"],
    ["Mein Rechtsanwalt meldet sich bei Ihnen.", "legal_language"],
    // Account security, described rather than named.
    ["Someone reset my password last night and it wasn't me.", "account_security"],
    ["There are purchases on my profile that we never made.", "account_security"],
    ["I got a text claiming to be from Northwind asking me to pay customs. Scam?", "account_security"],
    ["I see a sign-in from a device I don't recognise.", "account_security"],
    ["Alguien usó mi tarjeta en su tienda.", "account_security"],
    ["Mein Konto wurde ohne meine Erlaubnis geändert.", "account_security"],
    // Disputes however they are worded.
    ["I've opened a dispute with PayPal over the $800 tent.", "payment_dispute"],
    ["Voy a pedir un contracargo por los 700 €.", "payment_dispute"],
  ])("hands %j to a person even when the intent is misread (%s)", (text, reason) => {
    expect(evaluateEscalation(input(text, { intent: "other" }))).toMatchObject({ now: true, reason, kind: "hard" });
  });

  it.each([
    "Is this a person or a bot?",
    "Am I talking to a real human right now?",
    "I don't need to talk to anyone, just tell me the return window.",
    "Do I need to speak to a representative to change my address?",
    "Could I chat with a human? Just kidding, what sizes does the Alpine jacket come in?",
    "The agent I spoke to yesterday was lovely.",
    "Do I need a person to sign for the delivery?",
    "Thanks to Sue for the help with my boots!",
    "Sue from the Boulder store said you'd call.",
    "Is the Court Street store open on Sunday?",
    "Este producto tiene mucha demanda, ¿cuándo vuelve?",
    "Someone stole my package off the porch.",
    "I didn't order the blue one, I ordered red.",
    "How do I change my password?",
  ])("keeps %j with the AI", (text) => {
    expect(evaluateEscalation(input(text, { intent: "other" })).now).toBe(false);
  });

  it("reads a capitalised legal word as a name only when nothing says otherwise", () => {
    expect(evaluateEscalation(input("Sue you? Maybe I will.")).reason).toBe("legal_language");
    expect(evaluateEscalation(input("Please tell Sue and Mark thanks."))).toMatchObject({ now: false });
  });

  it("lets a stated bank dispute outrank a classifier's unsupported security guess, but not security words", () => {
    expect(
      evaluateEscalation(input("I'm disputing the $900 charge with my bank.", { intent: "security" })).reason,
    ).toBe("payment_dispute");
    expect(
      evaluateEscalation(input("There's a fraudulent charge from you on my card.", { intent: "security" })).reason,
    ).toBe("account_security");
    expect(
      evaluateEscalation(input("My account was hacked and I'm disputing the $900 charge.", { intent: "billing" }))
        .reason,
    ).toBe("account_security");
  });

  it("sends an enterprise customer's money question to a person even when the intent comes out otherwise", () => {
    const text = "Our quarterly statement lists a credit note we never received.";
    expect(evaluateEscalation(input(text, { intent: "account", tier: "enterprise" }))).toMatchObject({
      now: true,
      reason: "enterprise_billing",
    });
    expect(evaluateEscalation(input(text, { intent: "account", tier: "standard" })).now).toBe(false);
  });

  it("does not escalate a small dispute below the policy threshold", () => {
    expect(evaluateEscalation(input("I dispute the $12 shipping fee", { intent: "billing" })).now).toBe(false);
  });

  it("escalates frustration only after the policy's number of consecutive turns", () => {
    const two = input("this is ridiculous", { sentiment: "frustrated", priorSentiments: ["neutral", "frustrated"] });
    expect(evaluateEscalation(two).now).toBe(false);
    const three = input("this is ridiculous", {
      sentiment: "frustrated",
      priorSentiments: ["frustrated", "frustrated"],
    });
    expect(evaluateEscalation(three)).toMatchObject({ now: true, reason: "frustration_trend", kind: "soft" });
  });

  it("treats low retrieval confidence on a sensitive topic as a signal, not a guess", () => {
    expect(evaluateEscalation(input("refund for the thing", { intent: "refund", retrievalScore: 0.1 }))).toMatchObject({
      reason: "low_retrieval_confidence",
    });
    expect(evaluateEscalation(input("tell me about tents", { intent: "product", retrievalScore: 0.1 })).now).toBe(
      false,
    );
  });

  it("escalates on repeated denials, the turn limit and a locked verification", () => {
    expect(evaluateEscalation(input("try again", { toolDenials: 2 }))).toMatchObject({
      reason: "repeated_tool_denials",
    });
    expect(evaluateEscalation(input("hello?", { turnNumber: 13 }))).toMatchObject({ reason: "turn_limit" });
    expect(evaluateEscalation(input("ana@example.com", { verificationLocked: true }))).toMatchObject({
      reason: "verification_locked",
    });
  });

  it("lets an ordinary question through", () => {
    expect(evaluateEscalation(input("Where is my order NW-100042?", { intent: "order_status" }))).toEqual({
      now: false,
      reason: null,
      signals: [],
    });
  });
});
