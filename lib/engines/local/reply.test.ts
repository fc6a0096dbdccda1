import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ReplyInput, Triage } from "@/lib/engines/types";
import { loadPolicySet } from "@/lib/policy/load";
import { askedDate } from "@/lib/text/dates";
import { PHRASE_KEYS, PHRASE_LANGUAGES, phrase, policyText } from "./phrases";
import { composeDeliveryAnswer, type DeliveryFacts } from "./delivery-answer";
import { composeProductAnswer } from "./product-answer";
import { composeLocalReply } from "./reply";
import { boot, dome, NOW, shipped } from "./reply-fixtures";

const { policy } = loadPolicySet(path.resolve(import.meta.dirname, "../../../policies"));

const triage = (overrides: Partial<Triage> = {}): Triage => ({
  intent: "order_status",
  confidence: 0.95,
  sentiment: "neutral",
  sentimentScore: 0,
  urgency: "normal",
  language: "en",
  ...overrides,
});

describe("askedDate", () => {
  it.each([
    ["When will it arrive? I need it Saturday", "2026-12-05", "Saturday"],
    ["I need it by friday", "2026-12-04", "friday"],
    ["can it be here tomorrow?", "2026-12-04", "tomorrow"],
    ["before Dec 12 please", "2026-12-12", "Dec 12"],
    ["Lo necesito para el sábado", "2026-12-05", "sábado"],
    ["Il me le faut avant samedi", "2026-12-05", "samedi"],
    ["Ich brauche es bis Samstag", "2026-12-05", "Samstag"],
    ["I need it Thursday", "2026-12-03", "Thursday"],
  ])("%j → %s", (text, iso, words) => {
    expect(askedDate(text, NOW)).toEqual({ iso, text: words });
  });

  it("is null when no date is named, and does not read French 'mon' as Monday", () => {
    expect(askedDate("When will it arrive?", NOW)).toBeNull();
    expect(askedDate("Où est mon colis ?", NOW)).toBeNull();
  });
});

describe("composeDeliveryAnswer", () => {
  it("answers 'When will it arrive? I need it Saturday' in two sentences, not the order block", () => {
    const text = composeDeliveryAnswer(shipped, askedDate("When will it arrive? I need it Saturday", NOW));
    expect(text).toBe(
      "Order NW-100321 shipped on 2026-12-01 with UPS (Standard), tracking number 1Z999AA10123456784. " +
        "The estimated delivery date is 2026-12-04 (Friday). That's in time for Saturday.",
    );
    expect(text).not.toContain("Items:");
  });

  it("says when the estimate is after the day asked, and never promises a date it cannot see", () => {
    const late = composeDeliveryAnswer(
      { ...shipped, estimatedDeliveryOn: "2026-12-08" },
      askedDate("I need it Saturday", NOW),
    );
    expect(late).toContain(
      "The estimated delivery date is 2026-12-08 (Tuesday). That's after Saturday, so it may not arrive in time",
    );
    const unknown = composeDeliveryAnswer(
      { ...shipped, estimatedDeliveryOn: null },
      askedDate("I need it Saturday", NOW),
    );
    expect(unknown).toContain("I can't see a delivery estimate for it, so I can't promise it will arrive by Saturday.");
    expect(unknown).not.toMatch(/2026-12-0[5-9]/);
    const noDateAsked = composeDeliveryAnswer({ ...shipped, estimatedDeliveryOn: null }, null);
    expect(noDateAsked).toContain("I can't see a delivery estimate for it yet.");
  });

  it("covers orders not shipped yet, delivered, cancelled, with or without carrier and method", () => {
    expect(
      composeDeliveryAnswer(
        {
          ...shipped,
          status: "processing",
          shippedOn: null,
          carrier: null,
          trackingNumber: null,
          estimatedDeliveryOn: null,
        },
        null,
      ),
    ).toBe(
      "Order NW-100321 hasn't shipped yet: it's being prepared in our warehouse. I can't see a delivery estimate for it yet.",
    );
    expect(composeDeliveryAnswer({ ...shipped, status: "delivered", deliveredOn: "2026-12-02" }, null)).toBe(
      "Order NW-100321 was delivered on 2026-12-02 by UPS. If you can't find it, tell me and I'll help you from there.",
    );
    expect(composeDeliveryAnswer({ ...shipped, status: "cancelled" }, null)).toBe(
      "Order NW-100321 was cancelled, so it won't be delivered.",
    );
    // lookup_order's result today (OrderDetailView) has neither a shipping method nor an estimate.
    const plainView: DeliveryFacts = { ...shipped, shippingMethod: undefined, estimatedDeliveryOn: undefined };
    expect(composeDeliveryAnswer(plainView, null)).toBe(
      "Order NW-100321 shipped on 2026-12-01 with UPS, tracking number 1Z999AA10123456784. I can't see a delivery estimate for it yet.",
    );
  });

  it("speaks the customer's language around the tool's facts", () => {
    const asked = askedDate("Ich brauche es bis Samstag", NOW);
    const text = composeDeliveryAnswer(shipped, asked, "de");
    expect(text).toBe(
      "Die Bestellung NW-100321 wurde am 2026-12-01 mit UPS (Standard) verschickt, Sendungsnummer 1Z999AA10123456784. " +
        "Das voraussichtliche Lieferdatum ist der 2026-12-04 (Freitag). Das ist rechtzeitig für Samstag.",
    );
    expect(composeDeliveryAnswer(shipped, askedDate("Lo necesito para el sábado", NOW), "es")).toContain(
      "Llega a tiempo para sábado.",
    );
  });

  it("is what the local reply says when a lookup answered a delivery question", () => {
    const input: ReplyInput = {
      message: "When will it arrive? I need it Saturday",
      history: [{ role: "customer", text: "my order is NW-100321" }],
      triage: triage(),
      articles: [],
      policy,
      actions: [
        {
          tool: "lookup_order",
          decision: "allowed",
          customerMessage: "Order NW-100321, placed 2026-11-30, shipped…\nItems: …",
          result: { order: shipped },
        },
      ],
    };
    const text = composeLocalReply(input, NOW);
    expect(text).toContain("That's in time for Saturday.");
    expect(text).not.toContain("Items:");
    // Not a delivery question: the tool's own summary stands.
    const other = composeLocalReply({ ...input, message: "what's in order NW-100321?" }, NOW);
    expect(other).toContain("Items: …");
  });
});

describe("composeProductAnswer", () => {
  it("answers 'How much is the Summit Dome 2?' with the catalog's price and description", () => {
    const text = composeProductAnswer(dome);
    expect(text).toBe(
      "The Summit Dome 2 Four-Season Tent is $749.00. Two-person mountaineering tent built for snow loads and high wind.",
    );
  });

  it("lists options with their price when prices differ, and which are out of stock", () => {
    const text = composeProductAnswer(boot);
    expect(text).toBe(
      "The Granite Peak Waterproof Hiking Boot starts at $219.00. Mid-height leather boot with a waterproof membrane and Vibram sole. " +
        "Options: size 10, color brown ($219.00); size 11, color brown ($219.00, out of stock); size 10, color black ($229.00).",
    );
    expect(composeProductAnswer({ ...boot, variants: boot.variants.map((v) => ({ ...v, inStock: false })) })).toContain(
      "It is out of stock in every option right now.",
    );
  });

  it("is what the local reply says when lookup_product ran, in the customer's language", () => {
    const input: ReplyInput = {
      message: "¿Cuánto cuesta la Summit Dome 2?",
      history: [],
      triage: triage({ intent: "product", language: "es" }),
      articles: [],
      policy,
      actions: [
        {
          tool: "lookup_product",
          decision: "allowed",
          customerMessage: "(tool summary)",
          result: { products: [dome] },
        },
      ],
    };
    const text = composeLocalReply(input, NOW);
    expect(text).toContain("El Summit Dome 2 Four-Season Tent cuesta $749.00.");
    expect(text).toContain("¿Puedo ayudarte con algo más?");
  });
});

describe("phrase", () => {
  it("has every sentence in every language, with the same placeholders as English", () => {
    const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);
    for (const lang of PHRASE_LANGUAGES) {
      for (const key of PHRASE_KEYS) {
        const english = placeholders(phrase("en", key));
        const text = phrase(lang, key);
        // The store's name comes as "{store}" (possessive, English) or "{storeName}"; every other one is the same.
        const same = (set: Set<string>) => [...set].filter((p) => p !== "{store}" && p !== "{storeName}").sort();
        expect(same(placeholders(text))).toEqual(same(english));
        // No facts in the engine's own words: no amounts, no dates, no durations.
        expect(text).not.toMatch(/\$\d|\d{4}-\d{2}|\d+ (?:days?|días|jours|Tage)/);
      }
    }
  });

  it("frames proposals and notices for the lead, and falls back to English", () => {
    expect(phrase("fr", "proposal_intro")).toBe("Voici ce que je vais faire :");
    expect(phrase("de", "proposal_question")).toBe("Soll ich das machen?");
    expect([phrase("es", "proposal_yes"), phrase("es", "proposal_no")]).toEqual(["Sí, hazlo", "No"]);
    expect([phrase("en", "proposal_yes"), phrase("en", "proposal_no")]).toEqual(["Yes, do it", "No"]);
    expect(phrase("it", "proposal_question")).toBe("Shall I go ahead?");
    expect(phrase("en", "need_order_number", { action: "cancel an order" })).toMatch(
      /^To cancel an order, I'll need your order number\./,
    );
    expect(policyText(policy, "handoff_notice", "en")).toBe(policy.disclosure.handoff_notice);
    expect(policyText(policy, "handoff_notice", "de")).toMatch(/^Ich übergebe dieses Gespräch/);
    expect(policyText(policy, "no_answer", "other")).toBe(policy.disclosure.no_answer);
  });
});
