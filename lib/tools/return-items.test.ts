import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  allowed,
  BOOTS,
  type ItemStore,
  MIXED,
  okPreview,
  openItemStore,
  previewThenRun,
  reasonOf,
} from "./items-test-store";
import { TOOLS } from "./registry";
import { contextFor, runConfirmed, seedConversation } from "./test-fixtures";

/**
 * Returns: refunds computed from the order's own prices, issued on receipt, shipping back only for our mistakes,
 * and items checked against the order and earlier returns and refunds (exchanges and modifications: items.test.ts).
 */
let store: ItemStore;
let prisma: PrismaClient;
beforeAll(async () => {
  store = await openItemStore();
  prisma = store.prisma;
});
afterAll(() => store?.close());
const customerWith: ItemStore["customerWith"] = (...args) => store.customerWith(...args);

describe("return_items", () => {
  it("returns the vacuum, headphones and watch for exactly their prices, on receipt, and not the shipping", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED, { shippingCents: 795 });
    const input = {
      orderNumber: order.number,
      items: [
        { sku: "VAC-1", quantity: 1 },
        { sku: "HEAD-1", quantity: 1 },
        { sku: "WATCH-1", quantity: 1 },
      ],
      reason: "don't need them any more",
    };
    const { preview, decision } = await previewThenRun(ctx, "return_items", input);
    const expected = 34_900 + 12_900 + 24_900;
    expect(preview.summary.money).toEqual({
      direction: "to_customer",
      amountCents: expected,
      currency: "USD",
      destination: "your card ending 4242",
      when: "on_receipt",
    });
    expect(preview.summary.lines).toEqual(
      expect.arrayContaining([
        "Return 1 × Robot Vacuum, $349.00.",
        "Return 1 × Trail Headphones, $129.00.",
        "Return 1 × Summit GPS Watch, $249.00.",
        "Refund $727.00 to your card ending 4242 once the return arrives and passes inspection (within 3 business days after that).",
        "Shipping ($7.95) is not refunded.",
      ]),
    );
    const result = allowed(decision).result;
    expect(result).toMatchObject({
      refundCents: expected,
      shippingRefundedCents: 0,
      money: preview.summary.money,
      items: preview.summary.items,
    });
    // Nothing moves now; the request records what moves on receipt.
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.returnRequest.findMany({ where: { orderId: order.id } })).toEqual([
      expect.objectContaining({
        kind: "return",
        status: "requested",
        refundCents: expected,
        chargeCents: 0,
        refundMethod: "original_payment",
        actor: "ai",
      }),
    ]);
    // The socks are still returnable; the vacuum is not.
    expect(reasonOf(await TOOLS.return_items.preview!(ctx, { ...input, items: [{ sku: "VAC-1", quantity: 1 }] }))).toBe(
      "already_returned",
    );
    expect(
      okPreview(await TOOLS.return_items.preview!(ctx, { ...input, items: [{ sku: "SOCK-1", quantity: 2 }] })).summary
        .money.amountCents,
    ).toBe(3_600);
  });

  it("refunds the original shipping only when the problem was ours and the return empties the order", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS, { shippingCents: 795 });
    const input = {
      orderNumber: order.number,
      items: [{ sku: "BOOT-10-BRN", quantity: 1 }],
      reason: "sole came off",
      problem: "defective" as const,
    };
    const { preview, decision } = await previewThenRun(ctx, "return_items", input);
    expect(preview.summary.money.amountCents).toBe(21_900 + 795);
    expect(preview.summary.lines).toContain(
      "That includes the original shipping ($7.95), because the mistake was ours.",
    );
    expect(allowed(decision).result).toMatchObject({ refundCents: 22_695, shippingRefundedCents: 795 });
  });

  it("offers store credit when asked", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const preview = okPreview(
      await TOOLS.return_items.preview!(ctx, {
        orderNumber: order.number,
        items: [{ sku: "BOOT-10-BRN", quantity: 1 }],
        reason: "too big",
        refundMethod: "store_credit",
      }),
    );
    expect(preview.summary.money).toMatchObject({
      amountCents: 21_900,
      destination: "store credit on your account",
      when: "on_receipt",
    });
  });

  it("refuses an item not in the order, more than was bought, a second return and the wrong state", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const ask = (items: Array<{ sku: string; quantity: number }>) =>
      runConfirmed(ctx, "return_items", { orderNumber: order.number, items, reason: "no longer needed" });

    const missing = await ask([{ sku: "BOOT-10-BRN", quantity: 1 }]);
    expect(missing).toMatchObject({ decision: "denied", reason: "item_not_in_order" });
    if (missing.decision === "denied") {
      expect(missing.customerMessage).toContain(
        `Order ${order.number} doesn't include that item (BOOT-10-BRN), so I can't return it. The order has `,
      );
      expect(missing.customerMessage).toContain("2 × Merino Hiking Socks");
    }
    expect(await ask([{ sku: "SOCK-1", quantity: 3 }])).toMatchObject({
      reason: "item_not_in_order",
      customerMessage: expect.stringContaining("has 2 × Merino Hiking Socks, so I can't return 3"),
    });

    expect(allowed(await ask([{ sku: "SOCK-1", quantity: 1 }]))).toBeTruthy();
    // One pair is in a return now: two more are refused; the same request again is the same return (idempotent).
    expect(await ask([{ sku: "SOCK-1", quantity: 2 }])).toMatchObject({
      reason: "already_returned",
      customerMessage: expect.stringContaining("Only 1 of the 2"),
    });
    expect(await ask([{ sku: "SOCK-1", quantity: 1 }])).toMatchObject({ reason: "duplicate" });
    // In a later conversation the last pair can go back, and then nothing is left.
    const later = contextFor(prisma, (await seedConversation(prisma, order.customerId)).id);
    const askLater = () =>
      runConfirmed(later, "return_items", {
        orderNumber: order.number,
        items: [{ sku: "SOCK-1", quantity: 1 }],
        reason: "no longer needed",
      });
    expect(allowed(await askLater())).toBeTruthy();
    expect(await askLater()).toMatchObject({
      reason: "already_returned",
      customerMessage: expect.stringContaining(`already in return RMA-${order.number}-1`),
    });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(2);

    const open = await customerWith("processing", BOOTS);
    expect(
      await runConfirmed(open.ctx, "return_items", {
        orderNumber: open.order.number,
        items: [{ sku: "BOOT-10-BRN", quantity: 1 }],
        reason: "too big",
      }),
    ).toMatchObject({
      reason: "wrong_state",
    });
  });

  it("does not return an item already refunded directly", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    allowed(
      await runConfirmed(ctx, "refund", {
        orderNumber: order.number,
        items: [{ sku: "HEAD-1", quantity: 1 }],
        reason: "cable cut",
        problem: "damaged",
      }),
    );
    expect(
      await runConfirmed(ctx, "return_items", {
        orderNumber: order.number,
        items: [{ sku: "HEAD-1", quantity: 1 }],
        reason: "also this",
      }),
    ).toMatchObject({
      reason: "already_returned",
      customerMessage: expect.stringContaining("already refunded"),
    });
  });
});
