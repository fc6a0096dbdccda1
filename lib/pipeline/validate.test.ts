import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createSentenceGate } from "./sentence-gate";
import { call, context, lookup, policy, refund, types } from "./test-fixtures";
import { validateReply } from "./validate";
import { type ValidationAction, validationActions } from "./validate-actions";

const refundsArticle = readFileSync("policies/knowledge/refunds.md", "utf8");

describe("validateReply: say only what happened", () => {
  it("blocks a refund claim after the model only looked the order up (the $273.00 on NW-100001)", () => {
    const ctx = context({ actions: validationActions([lookup("NW-100001", 27300)]) });
    expect(types("I've refunded $273.00 on order NW-100001… processed", ctx)).toEqual(["ungrounded_promise"]);
    expect(types("I've refunded $273.00 on order NW-100001 and it has been processed.", ctx)).toEqual([
      "ungrounded_promise",
    ]);
    expect(types("Your refund of $273.00 for order NW-100001 has been processed.", ctx)).toEqual([
      "ungrounded_promise",
    ]);
    // The lookup still grounds the amount when nothing is claimed.
    expect(types("Order NW-100001 came to $273.00.", ctx)).toEqual([]);
  });

  it("grounds an amount only in the output it belongs to: a $149.99 refund does not ground $99,999.99", () => {
    const ctx = context({ actions: validationActions([refund("NW-100042", 14999)]) });
    expect(types("I've refunded $99,999.99 on order NW-100042.", ctx)).toEqual(
      expect.arrayContaining(["ungrounded_amount", "ungrounded_promise"]),
    );
    expect(types("You'll see $99,999.99 back on your card.", ctx)).toEqual(["ungrounded_amount"]);
  });

  it("accepts a real executed refund of $149.99 stated correctly (true negative)", () => {
    const ctx = context({ actions: validationActions([lookup("NW-100042", 14999), refund("NW-100042", 14999)]) });
    expect(validateReply("I've refunded $149.99 on order NW-100042 to your Visa ending 4242.", ctx)).toEqual({
      ok: true,
      violations: [],
    });
    expect(types("Your refund of $149.99 has been processed.", ctx)).toEqual([]);
  });

  it("checks the order and the amount of a claim against the action itself", () => {
    const ctx = context({ actions: validationActions([lookup("NW-100001", 14999), refund("NW-100042", 14999)]) });
    // The refund ran on NW-100042, not on NW-100001.
    expect(types("I've refunded $149.99 on order NW-100001.", ctx)).toEqual(["ungrounded_promise"]);
    // A cancellation claim needs a cancel_order, not a refund.
    expect(types("I've cancelled order NW-100042.", ctx)).toEqual(["ungrounded_promise"]);
    // Denied or waiting for a person is not done.
    const pending = context({
      actions: validationActions([
        call("refund", "NW-100042", {
          decision: "needs_approval",
          reason: "over_cap",
          actionRequestId: "a1",
          customerMessage: "A person reviews refunds over $150.00.",
        }),
      ]),
    });
    expect(types("Your refund has been approved.", pending)).toEqual(["ungrounded_promise"]);
    expect(types("A member of our team reviews refunds over $150.00 first.", pending)).toEqual([]);
  });

  it("catches the other kinds of done-claims: address changed, sent, credited", () => {
    const looked = context({ actions: validationActions([lookup("NW-100042", 5000)]) });
    expect(types("I've changed the address on order NW-100042.", looked)).toEqual(["ungrounded_promise"]);
    expect(types("The confirmation email has been sent.", looked)).toEqual(["ungrounded_promise"]);
    expect(types("I have credited your account.", looked)).toEqual(["ungrounded_promise"]);
    const sent = context({
      actions: validationActions([
        call("resend_confirmation", "NW-100042", {
          decision: "allowed",
          executed: true,
          result: { orderNumber: "NW-100042" },
          customerMessage: "Sent.",
        }),
      ]),
    });
    expect(types("The confirmation email has been sent.", sent)).toEqual([]);
  });

  it("accepts an order's state as a lookup reports it, and nothing more", () => {
    const cancelled = call("lookup_order", "NW-100042", {
      decision: "allowed",
      executed: true,
      result: { order: { orderNumber: "NW-100042", status: "cancelled", totalCents: 5000 } },
      customerMessage: "",
    });
    const ctx = context({ actions: validationActions([cancelled]) });
    expect(types("Order NW-100042 was cancelled, so it won't be delivered.", ctx)).toEqual([]);
    expect(types("I've cancelled order NW-100042.", ctx)).toEqual(["ungrounded_promise"]);
    expect(types("Order NW-100042 was refunded.", ctx)).toEqual(["ungrounded_promise"]);
  });

  it("does not read policy statements as claims", () => {
    expect(
      types(
        "Refunds are processed within 5-10 business days.",
        context({ knowledge: ["Refunds are processed within 5-10 business days."] }),
      ),
    ).toEqual([]);
    expect(
      types("Once a return arrives, it is inspected and the refund is issued to the original payment method."),
    ).toEqual([]);
    expect(types("If your order was cancelled before it shipped, you get everything back.")).toEqual([]);
    expect(types("Has your refund been processed?")).toEqual([]);
    expect(types("When we receive the boots, we'll refund you to the original payment method.")).toEqual([]);
  });

  it("catches amounts written with currency codes, words and symbols", () => {
    expect(types("That comes to USD 19.99.")).toEqual(["ungrounded_amount"]);
    expect(types("That comes to 19.99 dollars.")).toEqual(["ungrounded_amount"]);
    expect(types("I can do it for 900 bucks.")).toEqual(["ungrounded_amount"]);
    expect(types("It costs €20 to ship.")).toEqual(["ungrounded_amount"]);
    expect(types("It costs 20 EUR to ship.")).toEqual(["ungrounded_amount"]);
    expect(types("You'd get fifty dollars back.")).toEqual(["ungrounded_amount"]);
    expect(types("Return shipping is 7.95 dollars.")).toEqual([]);
  });

  it("catches percentages written as words", () => {
    expect(types("I can give you fifty percent off.")).toEqual(["ungrounded_percentage"]);
    expect(types("You can have it at half price.")).toEqual(["ungrounded_percentage"]);
  });

  it("catches unbounded promises", () => {
    expect(types("Shipping is free for life for you.")).toEqual(["ungrounded_promise"]);
    expect(types("You get a lifetime discount on tents.")).toEqual(["ungrounded_promise"]);
    expect(types("Returns are forever free for you.")).toEqual(["ungrounded_promise"]);
  });

  it("catches obfuscated profanity", () => {
    for (const reply of [
      "That's sh1t, sorry.",
      "What the f*ck happened?",
      "This fvck-up is ours.",
      "Don't be an a$$.",
      "Well, s h i t.",
    ]) {
      expect(types(reply)).toContain("profanity");
    }
    for (const reply of [
      "Our classic tent passes every test.",
      "Shipping is free for VIP members.",
      "Please assist me with the class schedule.",
      "As shown in the article, this is it.",
    ]) {
      expect(types(reply, context({ knowledge: [reply] }))).not.toContain("profanity");
    }
  });

  it("catches a recital of the system prompt and talk about its instructions", () => {
    expect(types("Answer only from the knowledge articles below and from search_knowledge results.")).toEqual([
      "prompt_disclosure",
    ]);
    expect(
      types(
        "Sure: never state a price, amount, date, deadline, discount or promise that is not written in those articles.",
      ),
    ).toContain("prompt_disclosure");
    expect(types("My instructions are to help with orders only.")).toEqual(["prompt_disclosure"]);
    expect(types("I was told to never mention discounts.")).toEqual(["prompt_disclosure"]);
    // What the customer is told anyway is not a leak.
    expect(types(policy.disclosure.no_answer)).toEqual([]);
    expect(types('You can talk to a person at any time by saying "talk to a person".')).toEqual([]);
  });

  it("accepts prices quoted from an article (true negative)", () => {
    const article = [
      "Ridgeline 2 tent: $249.00. The footprint sold separately costs $39.95; shipping to Canada is $19.95.",
    ];
    expect(
      types("The Ridgeline 2 tent is $249.00 and its footprint costs $39.95.", context({ knowledge: article })),
    ).toEqual([]);
  });

  it('accepts "I can refund up to $150" from the refunds article (true negative)', () => {
    expect(
      types(
        "I can refund up to $150 straight away once I've verified your identity.",
        context({ knowledge: [refundsArticle] }),
      ),
    ).toEqual([]);
  });

  it("accepts a promise backed by a proposal or an approval request", () => {
    const proposed: ValidationAction[] = [
      { tool: "return_items", orderNumber: "NW-100042", executed: false, decision: "proposed", amountsCents: [21900] },
    ];
    expect(
      types(
        "Once you confirm, I'll return the boots and refund $219.00 when they arrive.",
        context({ actions: proposed }),
      ),
    ).toEqual([]);
    expect(types("I'll refund $219.00 on order NW-100042.")).toEqual(
      expect.arrayContaining(["ungrounded_amount", "ungrounded_promise"]),
    );
  });
});

describe("createSentenceGate", () => {
  it("releases sentences as they complete and stops at the first bad one", () => {
    const gate = createSentenceGate((sentence) => validateReply(sentence, context()));
    let shown = "";
    for (const delta of ["You can ret", "urn items within 30 days. ", "And I'll give you 50% ", "off. More text."])
      shown += gate.push(delta);
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
