import { describe, expect, it } from "vitest";
import { assessComplexity, extractEntities } from "./entities";

const CATALOG = ["Ridgeline 2 Tent", "Summit Down Jacket", "Trailhead 40L Pack"];

describe("extractEntities", () => {
  it("normalises order numbers however they are typed", () => {
    const { orderNumbers } = extractEntities("order 100042, also NW-100043 and nw 100044 and #100045");
    expect([...orderNumbers].sort()).toEqual(["NW-100042", "NW-100043", "NW-100044", "NW-100045"]);
  });

  it("reads money amounts in cents with their currency", () => {
    const { amounts } = extractEntities("I paid $1,299.50, they charged me 20 euros and £7 extra");
    const found = amounts.map((a) => `${a.cents} ${a.currency}`).sort();
    expect(found).toEqual(["129950 USD", "2000 EUR", "700 GBP"]);
  });

  it("finds dates, emails, phones and catalog products", () => {
    const entities = extractEntities(
      "It was due Nov 3, 2026 (or 2026-11-05?) — email ana@example.com, phone +1 415 555 0199. The Ridgeline tent ripped.",
      CATALOG,
    );
    expect(entities.dates.map((d) => d.iso)).toEqual(expect.arrayContaining(["2026-11-03", "2026-11-05"]));
    expect(entities.emails).toEqual(["ana@example.com"]);
    expect(entities.phones).toHaveLength(1);
    expect(entities.products).toEqual(["Ridgeline 2 Tent"]);
  });

  it("returns nothing for a message without entities", () => {
    expect(extractEntities("hello there")).toEqual({
      orderNumbers: [],
      emails: [],
      phones: [],
      amounts: [],
      dates: [],
      products: [],
    });
  });
});

describe("assessComplexity", () => {
  it("grades one question as simple and a multi-order story as complex", () => {
    const simple = "Where is my order NW-100042?";
    expect(assessComplexity(simple, extractEntities(simple))).toBe("simple");
    const complex =
      "I ordered the Ridgeline 2 Tent on NW-100042 and a jacket on NW-100043. The tent arrived torn. The jacket never came. Can I get a refund for one and a replacement for the other? And why was I charged $40 shipping twice?";
    expect(assessComplexity(complex, extractEntities(complex, CATALOG))).toBe("complex");
  });
});
