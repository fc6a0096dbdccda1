import { describe, expect, it } from "vitest";
import { withinOneEdit } from "./edit-distance";
import { stem } from "./stem";
import { foldText, words } from "./tokenize";

describe("stem", () => {
  it.each([
    [["ship", "ships", "shipping", "shipped", "shipment"], "ship"],
    [["cancel", "cancelled", "canceled", "cancelling", "cancellation"], "cancel"],
    [["return", "returns", "returned", "returning", "returnable"], "return"],
    [["refund", "refunds", "refunded", "refundable"], "refund"],
    [["deliver", "delivery", "delivered", "deliveries"], "deliver"],
    [["exchange", "exchanges", "exchanged"], "exchang"],
    [["size", "sizes", "sizing", "sized"], "siz"],
    [["address", "addresses"], "address"],
    [["warranty", "warranties"], "warrant"],
  ])("maps %j to one stem", (forms, expected) => {
    for (const form of forms) expect(stem(form)).toBe(expected);
  });

  it("leaves short words and identifiers alone", () => {
    expect(stem("bus")).toBe("bus");
    expect(stem("nw100042")).toBe("nw100042");
  });
});

describe("tokenize", () => {
  it("folds case, accents and curly apostrophes", () => {
    expect(foldText("Ça m’ÉNERVE, Rückgabe!")).toBe("ca m'enerve, ruckgabe!");
    expect(words("Don’t ship NW-100042 to São Paulo")).toEqual(["don't", "ship", "nw", "100042", "to", "sao", "paulo"]);
  });
});

describe("withinOneEdit", () => {
  it.each([
    ["retrun", "return", true],
    ["refnd", "refund", true],
    ["shiping", "shipping", true],
    ["jacket", "jacket", true],
    ["weather", "leather", true],
    ["refund", "return", false],
    ["abc", "abcde", false],
  ])("%s vs %s → %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
