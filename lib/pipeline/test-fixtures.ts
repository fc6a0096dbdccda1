/** Shared setup of the reply validator's tests: the policy, a knowledge article, and tool calls as they are recorded. */
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { supportPolicySchema } from "@/lib/policy/schema";
import type { ToolCallRecord } from "@/lib/tools/ai-tools";
import { type GroundingContext, validateReply } from "./validate";

export const policy = supportPolicySchema.parse(parse(readFileSync("policies/support-policy.yaml", "utf8")));
export const knowledge = [
  "Returns: you can return unused items within 30 days of delivery. Return shipping is $7.95, free for VIP members. Refunds take 5-10 business days.",
];
export const context = (overrides: Partial<GroundingContext> = {}): GroundingContext => ({
  policy,
  knowledge,
  actions: [],
  customerIdentifiers: ["NW-100042", "NW-100001", "ana@example.com"],
  ...overrides,
});
export const types = (reply: string, ctx = context()) => validateReply(reply, ctx).violations.map((v) => v.type);

/** A tool call as lib/tools/ai-tools.ts records it. */
export function call(
  tool: string,
  orderNumber: string | undefined,
  decision: ToolCallRecord["decision"],
  extra: Partial<ToolCallRecord> = {},
): ToolCallRecord {
  return {
    tool: tool as ToolCallRecord["tool"],
    toolCallId: `call-${tool}`,
    input: orderNumber ? { orderNumber } : {},
    decision,
    decisionKind: decision?.decision ?? "error",
    ...(orderNumber ? { orderNumber } : {}),
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    ...extra,
  };
}
export const lookup = (orderNumber: string, totalCents: number) =>
  call("lookup_order", orderNumber, {
    decision: "allowed",
    executed: true,
    result: {
      order: {
        orderNumber,
        status: "delivered",
        totalCents,
        refundedCents: 0,
        items: [{ sku: "TENT-2", name: "Ridgeline 2", quantity: 1, unitPriceCents: totalCents }],
      },
    },
    customerMessage: `Order ${orderNumber} was delivered.`,
  });
export const refund = (orderNumber: string, amountCents: number) =>
  call("refund", orderNumber, {
    decision: "allowed",
    executed: true,
    result: {
      orderNumber,
      refundId: "r1",
      amountCents,
      money: { direction: "to_customer", amountCents, currency: "USD", destination: "Visa ending 4242", when: "now" },
      items: [],
    },
    customerMessage: `I've refunded $${(amountCents / 100).toFixed(2)} on order ${orderNumber} to your Visa ending 4242.`,
  });
