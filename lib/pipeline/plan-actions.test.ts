import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities";
import { continuingIntent, planActions, type PlanInput } from "./plan-actions";

const plan = (text: string, overrides: Partial<PlanInput> = {}) =>
  planActions({ intent: "other", previousIntent: null, text, entities: extractEntities(text), verified: false, contextOrderNumber: null, ...overrides });
const tools = (text: string, overrides: Partial<PlanInput> = {}) => plan(text, overrides).calls.map((call) => call.tool);

describe("planActions", () => {
  it("answers a general policy question without asking who the customer is", () => {
    expect(tools("How do I return a pair of boots that don't fit?", { intent: "returns" })).toEqual([]);
    expect(tools("How long do refunds take?", { intent: "refund" })).toEqual([]);
  });

  it("asks an unverified customer to identify themselves before touching their order", () => {
    expect(tools("I want to cancel my order", { intent: "cancel_order" })).toEqual(["lookup_orders"]);
    expect(tools("Where is NW-100042?", { intent: "order_status" })).toEqual(["lookup_order"]);
  });

  it("verifies with an email and an order number, then acts on the request", () => {
    const text = "Please cancel NW-100042, my email is ana@example.com";
    expect(plan(text, { intent: "cancel_order" }).calls).toEqual([
      { tool: "verify_identity", input: { email: "ana@example.com", orderNumber: "NW-100042" } },
      { tool: "cancel_order", input: { orderNumber: "NW-100042", reason: expect.stringContaining("[email]") } },
    ]);
  });

  it("passes the customer's amount to the tool to check, never as a decision", () => {
    const calls = plan("refund $20 on NW-100042 please", { intent: "refund", verified: true }).calls;
    expect(calls).toEqual([{ tool: "refund", input: { orderNumber: "NW-100042", amountCents: 2000, reason: expect.any(String) } }]);
  });

  it("uses the order the conversation is about when the message names none", () => {
    expect(plan("ok can you refund it", { intent: "refund", verified: true, contextOrderNumber: "NW-100007" }).calls[0]?.input).toMatchObject({ orderNumber: "NW-100007" });
    expect(plan("refund please", { intent: "refund", verified: true }).needsOrderNumber).toBe(true);
  });
});

describe("continuingIntent", () => {
  const entities = (text: string) => extractEntities(text);
  it("continues the previous request when the message only identifies the customer", () => {
    const text = "ana@example.com NW-100042";
    expect(continuingIntent({ intent: "security", previousIntent: "cancel_order", text, entities: entities(text) }, 0.2)).toBe("cancel_order");
    expect(continuingIntent({ intent: "security", previousIntent: null, text, entities: entities(text) }, 0.2)).toBe("order_status");
  });

  it("keeps a clear new request and a message with more to say", () => {
    const text = "cancel NW-100042 please, ana@example.com";
    expect(continuingIntent({ intent: "cancel_order", previousIntent: "order_status", text, entities: entities(text) }, 0.9)).toBe("cancel_order");
    const long = "NW-100042 arrived and honestly the stitching on the left shoulder came apart after a single weekend hike";
    expect(continuingIntent({ intent: "complaint", previousIntent: "order_status", text: long, entities: entities(long) }, 0.9)).toBe("complaint");
  });
});
