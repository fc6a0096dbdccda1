import { describe, expect, it } from "vitest";
import { detectPii, isLuhnValid, maskValue, redactPii } from "./pii";

const types = (text: string) => detectPii(text).map((span) => span.type);

describe("detectPii", () => {
  it("finds Luhn-valid card numbers in the formats people type, with exact spans", () => {
    const text = "card 4242 4242 4242 4242 or 5105-1051-0510-5100, please";
    const spans = detectPii(text);
    expect(spans.map((s) => s.type)).toEqual(["card", "card"]);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe("4242 4242 4242 4242");
    expect(spans[1]!.value).toBe("5105-1051-0510-5100");
  });

  it("ignores digit runs that fail the Luhn check", () => {
    expect(types("my card is 4242 4242 4242 4241")).not.toContain("card");
    expect(isLuhnValid("0000000000000")).toBe(false);
  });

  it("finds emails, phones and government ids", () => {
    expect(types("write to jo.smith+gear@mail.example.org")).toEqual(["email"]);
    expect(types("call me on +44 20 7946 0958")).toEqual(["phone"]);
    expect(types("my number is (555) 201-3344")).toEqual(["phone"]);
    expect(types("SSN 219-09-9999")).toEqual(["ssn"]);
    expect(types("my social security number is 219099999")).toEqual(["ssn"]);
    expect(types("NI number AB 12 34 56 C")).toEqual(["national_id"]);
    expect(types("IBAN GB82 WEST 1234 5698 7654 32")).toEqual(["iban"]);
  });

  it("does not mistake order numbers, dates, prices or tracking numbers for PII", () => {
    expect(detectPii("order NW-100042 placed 2026-11-02 for $1,299.00")).toEqual([]);
    expect(detectPii("tracking 1Z 999 AA1 0123 4567 84")).toEqual([]);
    expect(detectPii("nine digits alone 219099999")).toEqual([]);
  });
});

describe("redactPii", () => {
  it("replaces values with typed placeholders and can keep what a tool needs", () => {
    const text = "I'm ana@example.com, card 4242424242424242";
    expect(redactPii(text)).toBe("I'm [email], card [card]");
    expect(redactPii(text, undefined, ["email"])).toBe("I'm ana@example.com, card [card]");
  });

  it("masks values for display", () => {
    expect(maskValue({ type: "card", value: "4242 4242 4242 4242" })).toBe("•••• 4242");
    expect(maskValue({ type: "email", value: "ana@example.com" })).toBe("a***@example.com");
  });
});
