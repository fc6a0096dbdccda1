import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPolicySet } from "@/lib/policy/load";
import type { ItemProblem } from "@/lib/policy/schema";
import { createTestDatabase } from "@/test/support/test-db";
import type { ToolName } from "./authorize";
import { TOOLS } from "./registry";
import { contextFor, seedConversation, seedCustomer, seedItemOrder, seedVariants } from "./test-fixtures";

/**
 * The knowledge articles tell customers the rules the tools enforce. This reads both, the real files in
 * policies/, and fails when they disagree: change a limit in support-policy.yaml without the article (or the
 * other way round) and this test says which sentence is now wrong.
 */
const { policy, articles } = loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));
const { tools } = policy;

function article(id: string): string {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`no knowledge article ${id}`);
  return found.body.replace(/\s+/g, " ");
}

const returns = article("returns");
const refunds = article("refunds");
const orderChanges = article("order-changes");

function numberIn(text: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`the article no longer says ${what} (${pattern})`);
  return Number(match[1].replace(/,/g, ""));
}

/** The problems an article sentence names, in the policy's words. */
function problemsNamed(sentence: string): Set<ItemProblem> {
  const named = new Set<ItemProblem>();
  if (/\bdamaged\b/i.test(sentence)) named.add("damaged");
  if (/\bdefective\b/i.test(sentence)) named.add("defective");
  if (/\b(wrong|not what you ordered)\b/i.test(sentence)) named.add("wrong_item");
  if (/\b(missing|never arrived)\b/i.test(sentence)) named.add("missing");
  return named;
}

function sentenceWith(text: string, pattern: RegExp): string {
  const sentence = text.split(/(?<=[.!?])\s+/).find((s) => pattern.test(s));
  if (!sentence) throw new Error(`no sentence matches ${pattern}`);
  return sentence;
}

describe("the articles and the policy agree", () => {
  it("on the return, exchange and refund windows", () => {
    expect(numberIn(returns, /within (\d+) days of the delivery date/, "the return window")).toBe(
      tools.return.window_days,
    );
    expect(numberIn(returns, /up to (\d+) days after your order is marked Delivered/, "the return window")).toBe(
      tools.return.window_days,
    );
    expect(numberIn(returns, /same product within (\d+) days of delivery/, "the exchange window")).toBe(
      tools.exchange.window_days,
    );
    expect(numberIn(refunds, /for up to (\d+) days after delivery/, "the refund window")).toBe(
      tools.refund.window_days,
    );
    expect(numberIn(orderChanges, /within the (\d+)-day return window/, "the return window")).toBe(
      tools.return.window_days,
    );
  });

  it("on the AI's refund limit", () => {
    expect(numberIn(refunds, /refund of up to \$([\d,]+)/, "the refund limit") * 100).toBe(tools.refund.cap_cents);
  });

  it("on when shipping is refunded: only for our mistakes, never for a change of mind", () => {
    const sentence = sentenceWith(refunds, /shipping charges are refunded only/i);
    expect(problemsNamed(sentence)).toEqual(new Set(tools.refund.shipping_refunded_for));
    // "Change of mind" is not a problem the policy can list, and the article does not offer it.
    expect(sentence).not.toMatch(/change of mind|changed your mind/i);
    expect(returns).toMatch(/original shipping is not refunded unless the return is our mistake/);
  });

  it("on the problems refunded without a return", () => {
    expect(problemsNamed(sentenceWith(refunds, /arrived damaged, defective/))).toEqual(
      new Set(tools.refund.direct_problems),
    );
  });

  it("on refund timing: a return is refunded after it arrives and passes inspection", () => {
    const onReceipt = tools.return.refund_timing === "on_receipt";
    expect(/refund is issued once the return arrives and passes inspection/.test(returns)).toBe(onReceipt);
    expect(/returned item has arrived at our warehouse and passed inspection/.test(refunds)).toBe(onReceipt);
    expect(/within 3 business days after your return passes inspection/.test(refunds)).toBe(onReceipt);
  });

  it("on which orders can be changed, cancelled, returned and exchanged", () => {
    expect(orderChanges).toMatch(/while its status is Pending or Processing/);
    for (const states of [
      tools.cancel.allowed_states,
      tools.change_address.allowed_states,
      tools.modify_items.allowed_states,
    ]) {
      expect([...states].sort()).toEqual(["pending", "processing"]);
    }
    expect(returns).toMatch(/accepts returns of delivered orders/);
    expect(tools.return.allowed_states).toEqual(["delivered"]);
    expect(tools.exchange.allowed_states).toEqual(["delivered"]);
    // The article promises an in-stock swap before shipping and a price difference settled at once.
    expect(orderChanges).toMatch(
      /swap an item for another size or colour of the same product, as long as that size or colour is in stock/,
    );
  });
});

/** Every duration a tool states to a customer is one the articles state too. */
describe("the tools' sentences say what the articles say", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    prisma = db.prisma;
  });
  afterAll(() => db?.close());

  it("in return, exchange, refund and cancel previews", async () => {
    await seedVariants(prisma, [
      { sku: "AG-10", name: "Agreement Boot", family: "AG", options: { size: "10" }, priceCents: 10_000 },
      { sku: "AG-11", name: "Agreement Boot", family: "AG", options: { size: "11" }, priceCents: 11_000 },
    ]);
    const customer = await seedCustomer(prisma);
    const ctx = contextFor(prisma, (await seedConversation(prisma, customer.id)).id, { policy });
    const line = [{ sku: "AG-10", quantity: 1, unitPriceCents: 10_000 }];
    const delivered = await seedItemOrder(prisma, {
      customerId: customer.id,
      status: "delivered",
      lines: line,
      shippingCents: 795,
    });
    const held = await seedItemOrder(prisma, { customerId: customer.id, status: "processing", lines: line });
    const paid = await seedItemOrder(prisma, {
      customerId: customer.id,
      status: "processing",
      lines: line,
      payment: "captured",
    });
    const items = [{ sku: "AG-10", quantity: 1 }];
    const calls: Array<[ToolName, unknown]> = [
      ["return_items", { orderNumber: delivered.number, items, reason: "too big" }],
      ["return_items", { orderNumber: delivered.number, items, reason: "too big", refundMethod: "store_credit" }],
      [
        "exchange_items",
        { orderNumber: delivered.number, items: [{ sku: "AG-10", newSku: "AG-11" }], reason: "too small" },
      ],
      ["refund", { orderNumber: delivered.number, reason: "sole split", problem: "defective" }],
      ["cancel_order", { orderNumber: held.number }],
      ["cancel_order", { orderNumber: paid.number }],
      ["modify_order_items", { orderNumber: held.number, items: [{ sku: "AG-10", newSku: "AG-11" }] }],
    ];
    const knowledge = articles.map((a) => a.body.replace(/\s+/g, " ")).join("\n");
    for (const [tool, input] of calls) {
      const preview = await TOOLS[tool].preview!(ctx, input);
      if (!preview.ok) throw new Error(`${tool}: ${preview.denied.customerMessage}`);
      for (const sentence of preview.summary.lines) {
        for (const [duration] of sentence.matchAll(/\b\d+( to \d+)? (business )?days\b/g)) {
          expect(knowledge, `${tool}: "${sentence}"`).toContain(duration);
        }
        const cap = /over (\$[\d,.]+)/.exec(sentence)?.[1];
        if (cap) expect(refunds).toContain(cap.replace(/\.00$/, ""));
      }
    }
  });
});
