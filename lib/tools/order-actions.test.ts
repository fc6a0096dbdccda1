import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { executeApprovedAction } from "./approvals";
import { allowed, BOOTS, type ItemStore, MIXED, okPreview, openItemStore, previewThenRun } from "./items-test-store";
import { TOOLS } from "./registry";
import { contextFor, runConfirmed, seedConversation, seedStaff, testPolicy } from "./test-fixtures";

/**
 * Direct refunds, cancellations and address changes with amounts from the order's own prices and the policy, the
 * catalog lookup, and the demo store (item-level actions: items.test.ts and return-items.test.ts; no AI write without
 * the customer's yes: confirmation.test.ts).
 */
let store: ItemStore;
let prisma: PrismaClient;
beforeAll(async () => {
  store = await openItemStore();
  prisma = store.prisma;
});
afterAll(() => store?.close());
const customerWith: ItemStore["customerWith"] = (...args) => store.customerWith(...args);

describe("refund (direct, for a problem)", () => {
  it("refunds the damaged items' prices now, and shipping only when the refund covers the whole order", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED, { shippingCents: 795 });
    const { preview, decision } = await previewThenRun(ctx, "refund", {
      orderNumber: order.number,
      items: [{ sku: "HEAD-1", quantity: 1 }],
      reason: "left ear dead",
      problem: "defective",
    });
    expect(preview.summary.money).toEqual({
      direction: "to_customer",
      amountCents: 12_900,
      currency: "USD",
      destination: "your card ending 4242",
      when: "now",
    });
    expect(preview.summary.lines[0]).toBe("Refund 1 × Trail Headphones, $129.00, because it is defective.");
    expect(allowed(decision).result).toMatchObject({
      amountCents: 12_900,
      shippingRefundedCents: 0,
      money: preview.summary.money,
    });
    expect(await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      amountCents: 12_900,
      items: [{ sku: "HEAD-1", quantity: 1, unitPriceCents: 12_900 }],
    });
    // The same headphones again, for another reason: already refunded.
    expect(
      await runConfirmed(ctx, "refund", {
        orderNumber: order.number,
        items: [{ sku: "HEAD-1", quantity: 1 }],
        reason: "still dead",
        problem: "damaged",
      }),
    ).toMatchObject({
      reason: "already_returned",
    });
  });

  it("adds the shipping for a damaged order refunded whole, and not for a missing one", async () => {
    const damaged = await customerWith("delivered", BOOTS, { shippingCents: 795 });
    const first = okPreview(
      await TOOLS.refund.preview!(damaged.ctx, {
        orderNumber: damaged.order.number,
        reason: "crushed box, torn upper",
        problem: "damaged",
      }),
    );
    expect(first.summary.money.amountCents).toBe(22_695);
    expect(first.input).toMatchObject({ items: [{ sku: "BOOT-10-BRN", quantity: 1 }] });
    const missing = await customerWith("delivered", BOOTS, { shippingCents: 795 });
    const second = okPreview(
      await TOOLS.refund.preview!(missing.ctx, {
        orderNumber: missing.order.number,
        reason: "never came",
        problem: "missing",
      }),
    );
    expect(second.summary.money.amountCents).toBe(21_900);
    expect(second.summary.lines).toContain("Shipping ($7.95) is not refunded.");
  });

  it("sends a refund above the cap to a person with the computed amount, and the approval runs exactly that", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const input = {
      orderNumber: order.number,
      items: [{ sku: "VAC-1", quantity: 1 }],
      reason: "arrived smashed",
      problem: "damaged" as const,
    };
    const preview = okPreview(await TOOLS.refund.preview!(ctx, input));
    expect(preview.summary).toMatchObject({
      needsApproval: true,
      money: { amountCents: 34_900, when: "after_approval" },
    });
    const asked = await runConfirmed(ctx, "refund", preview.input);
    if (asked.decision !== "needs_approval") throw new Error(`expected approval, got ${JSON.stringify(asked)}`);
    const request = await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } });
    expect(request.input).toMatchObject({
      amountCents: 34_900,
      problem: "damaged",
      items: [{ sku: "VAC-1", quantity: 1 }],
    });

    // Staff authority is not subject to the customer-confirmation rule: the approval executes.
    const staff = await seedStaff(prisma);
    const outcome = await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() });
    expect(outcome).toMatchObject({
      outcome: "executed",
      decision: { decision: "allowed", result: { amountCents: 34_900 } },
    });
    expect(await prisma.refund.findMany({ where: { orderId: order.id } })).toEqual([
      expect.objectContaining({ amountCents: 34_900, actor: `staff:${staff.id}` }),
    ]);
  });

  it("an approval does not execute when the computed amount is no longer the approved one", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const asked = await runConfirmed(ctx, "refund", {
      orderNumber: order.number,
      items: [{ sku: "VAC-1", quantity: 1 }],
      reason: "arrived smashed",
      problem: "damaged",
    });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");
    await prisma.actionRequest.update({
      where: { id: asked.actionRequestId },
      data: {
        input: {
          orderNumber: order.number,
          items: [{ sku: "VAC-1", quantity: 1 }],
          reason: "arrived smashed",
          problem: "damaged",
          amountCents: 1,
        },
      },
    });
    const staff = await seedStaff(prisma);
    expect(
      await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() }),
    ).toMatchObject({
      outcome: "failed",
      decision: { decision: "denied", reason: "not_allowed" },
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("cancel_order, change_shipping_address, update_default_address", () => {
  it("cancel: the preview's refund is the run's refund, what was paid", async () => {
    const { order, ctx } = await customerWith("processing", BOOTS, { shippingCents: 795 });
    await prisma.payment.updateMany({ where: { orderId: order.id }, data: { status: "captured" } });
    const { preview, decision } = await previewThenRun(ctx, "cancel_order", { orderNumber: order.number });
    expect(preview.summary.money).toEqual({
      direction: "to_customer",
      amountCents: 22_695,
      currency: "USD",
      destination: "your card ending 4242",
      when: "now",
    });
    expect(preview.summary.lines[0]).toBe(
      `Cancel order ${order.number} (1 × Granite Peak Waterproof Hiking Boot (size 10, brown)).`,
    );
    expect(allowed(decision).result).toMatchObject({ refundedCents: 22_695, money: preview.summary.money });
  });

  it("cancel: a hold is released, no money moves", async () => {
    const { order, ctx } = await customerWith("pending", BOOTS);
    const preview = okPreview(await TOOLS.cancel_order.preview!(ctx, { orderNumber: order.number }));
    expect(preview.summary.money).toMatchObject({ direction: "none", amountCents: 0 });
    expect(preview.summary.lines).toContain(
      "Release the $219.00 payment hold on your card ending 4242; it disappears within 3 to 5 business days, depending on your bank.",
    );
  });

  it("update_default_address saves the address on the verified customer's account", async () => {
    const { customer, ctx } = await customerWith("delivered", BOOTS);
    const address = {
      name: "Ana Ruiz",
      line1: "22 Oak Ave",
      city: "Seattle",
      region: "WA",
      postalCode: "98101",
      country: "us",
    };
    const { preview, decision } = await previewThenRun(ctx, "update_default_address", { address });
    expect(preview.summary.lines[0]).toBe(
      "Save Ana Ruiz, 22 Oak Ave, Seattle, WA 98101, US as the default shipping address on your account.",
    );
    allowed(decision);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customer.id } })).defaultAddress).toMatchObject({
      line1: "22 Oak Ave",
      country: "US",
    });
    expect(await ctx.store.getCustomer(customer.id)).toMatchObject({
      defaultAddress: expect.objectContaining({ city: "Seattle" }),
    });
  });
});

describe("lookup_product", () => {
  it("lists a product's variants with price and stock, without verification", async () => {
    const ctx = contextFor(prisma, (await seedConversation(prisma)).id);
    const bySku = await TOOLS.lookup_product.run(ctx, { sku: "BOOT-10-BRN" });
    const result = allowed(bySku).result as unknown as {
      products: Array<{ name: string; variants: Array<{ sku: string; inStock: boolean }> }>;
    };
    expect(result.products).toHaveLength(1);
    expect(result.products[0]!.variants.map((v) => [v.sku, v.inStock])).toEqual([
      ["BOOT-9-BLK", true],
      ["BOOT-10-BRN", true],
      ["BOOT-11-BRN", true],
      ["BOOT-12-BRN", false],
      ["BOOT-11-BLK", true],
    ]);
    expect(allowed(bySku).customerMessage).toContain("Out of stock: size 12, brown $219.00.");
    const byName = allowed(await TOOLS.lookup_product.run(ctx, { query: "hiking boot" })).result as unknown as {
      products: unknown[];
    };
    expect(byName.products).toHaveLength(1);
    expect(allowed(await TOOLS.lookup_product.run(ctx, { query: "teleporter" })).result).toEqual({ products: [] });
  });
});

describe("the demo store", () => {
  it("lets the demo customer exchange the delivered boots for a bigger size, and not for an out-of-stock one", async () => {
    const demo = await createTestDatabase("pglite");
    try {
      const { seedStore, DEMO_CUSTOMER } = await import("@/lib/seed/store");
      await seedStore(demo.prisma, { customers: 3, orders: 6 });
      const customer = await demo.prisma.customer.findUniqueOrThrow({ where: { email: DEMO_CUSTOMER.email } });
      const ctx = contextFor(demo.prisma, (await seedConversation(demo.prisma, customer.id)).id);
      const orderNumber = DEMO_CUSTOMER.orders.delivered;
      const bigger = okPreview(
        await TOOLS.exchange_items.preview!(ctx, {
          orderNumber,
          items: [{ sku: "FTW-4001", newSku: "FTW-4001-11-BRN" }],
          reason: "too small",
        }),
      );
      expect(bigger.summary.lines[0]).toBe(
        "Exchange 1 × Granite Peak Waterproof Hiking Boot (size 10, brown) for size 11, brown ($219.00 each).",
      );
      expect(bigger.summary.lines.at(-1)).toBe("There is no price difference to pay.");
      const out = await TOOLS.exchange_items.preview!(ctx, {
        orderNumber,
        items: [{ sku: "FTW-4001", newSku: "FTW-4001-12-BRN" }],
        reason: "too small",
      });
      expect(out).toMatchObject({ ok: false, denied: { reason: "variant_unavailable" } });
    } finally {
      await demo.close();
    }
  });
});
