import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/signals/entities";
import { type ActionRequest, confirmation, parseRequests, type RequestContext } from "./request";

const context = (text: string, overrides: Partial<RequestContext> = {}): RequestContext => ({
  intent: "other",
  entities: extractEntities(text),
  pendingProposal: false,
  contextOrderNumber: null,
  ...overrides,
});
const actions = (text: string, overrides: Partial<RequestContext> = {}) =>
  parseRequests(text, context(text, overrides)).filter((r): r is ActionRequest => r.kind === "action");

describe("parseRequests", () => {
  it("reads a return of several items with where the money goes as one request", () => {
    const text =
      "I'd like to return the vacuum cleaner, headphones and smart watch from order #NW-378156. Please refund it to my original payment method.";
    const [request, ...rest] = actions(text);
    expect(rest).toEqual([]);
    expect(request).toMatchObject({ action: "return", orderNumber: "NW-378156", refundMethod: "original_payment" });
    expect(request?.clause).toContain("vacuum cleaner, headphones and smart watch");
  });

  it("tells a return for a refund from a direct refund for something that went wrong", () => {
    expect(actions("these boots don't fit, I want to return them and get a refund")[0]?.action).toBe("return");
    expect(actions("The lantern in NW-100044 arrived broken, I want a refund")[0]).toMatchObject({
      action: "refund",
      problem: "damaged",
    });
  });

  it("reads an exchange for another size as an item change, not a return of the order", () => {
    expect(actions("Can I exchange these boots for a bigger size?")[0]?.action).toBe("change_items");
  });

  it("finds two requests in one message, each with its own order", () => {
    const found = actions(
      "Please cancel NW-100002. Also change the address of NW-100003 to 592 Elm Avenue, Suite 978, Houston, TX 77242",
    );
    expect(found.map((r) => [r.action, r.orderNumber])).toEqual([
      ["cancel", "NW-100002"],
      ["change_address", "NW-100003"],
    ]);
    expect(found[1]?.address).toMatchObject({
      line1: "592 Elm Avenue",
      line2: "Suite 978",
      city: "Houston",
      region: "TX",
      postalCode: "77242",
    });
  });

  it("answers general policy questions from the articles instead of acting", () => {
    expect(actions("How long do I have to return boots that don't fit?")).toEqual([]);
    expect(actions("What is your return policy?")).toEqual([]);
    expect(actions("Can I cancel an order that has already shipped?")).toEqual([]);
    expect(actions("Can I cancel my order? It hasn't shipped")[0]?.action).toBe("cancel");
  });

  it("reads a yes or a no only while a proposal waits, and never a yes with more in it", () => {
    expect(parseRequests("Yes, please go ahead.", context("Yes, please go ahead.", { pendingProposal: true }))).toEqual(
      [{ kind: "confirm", answer: "yes", confidence: expect.any(Number) }],
    );
    expect(parseRequests("yes", context("yes"))[0]?.kind).not.toBe("confirm");
    expect(confirmation("no thanks")).toBe("no");
    expect(confirmation("Sí, por favor")).toBe("yes");
    expect(confirmation("yes but make it a size 11 instead")).toBeNull();
  });
});
