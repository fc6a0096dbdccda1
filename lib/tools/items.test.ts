import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { allowed, BOOTS, type ItemStore, okPreview, openItemStore, previewThenRun } from "./items-test-store";
import { TOOLS } from "./registry";
import { LIMITS, runConfirmed } from "./test-fixtures";

/**
 * The item-level actions: amounts computed from the order's own prices and the policy, items checked against the
 * order and the catalog, every preview equal to what run() then does (exchanges and modifications; returns are in
 * return-items.test.ts, the order-level actions in order-actions.test.ts and confirmation in confirmation.test.ts).
 */
let store: ItemStore;
let prisma: PrismaClient;
beforeAll(async () => {
  store = await openItemStore();
  prisma = store.prisma;
});
afterAll(() => store?.close());
const customerWith: ItemStore["customerWith"] = (...args) => store.customerWith(...args);

describe("exchange_items", () => {
  it("exchanges boots for a bigger size at the same price: nothing to pay", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const { preview, decision } = await previewThenRun(ctx, "exchange_items", {
      orderNumber: order.number,
      items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN" }],
      reason: "too small",
    });
    // The quantity left out becomes explicit in what the customer confirms.
    expect(preview.input).toMatchObject({ items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 }] });
    expect(preview.summary.lines[0]).toBe(
      "Exchange 1 × Granite Peak Waterproof Hiking Boot (size 10, brown) for size 11, brown ($219.00 each).",
    );
    expect(preview.summary.money).toMatchObject({ direction: "none", amountCents: 0 });
    expect(allowed(decision).result).toMatchObject({ chargeCents: 0, refundCents: 0, money: preview.summary.money });
    expect(await prisma.returnRequest.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      kind: "exchange",
      items: [expect.objectContaining({ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 })],
    });
  });

  it("charges a dearer colour's difference now, to the card", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const { preview, decision } = await previewThenRun(ctx, "exchange_items", {
      orderNumber: order.number,
      items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BLK", quantity: 1 }],
      reason: "prefer black",
    });
    expect(preview.summary.money).toEqual({
      direction: "from_customer",
      amountCents: 2_000,
      currency: "USD",
      destination: "your card ending 4242",
      when: "now",
    });
    expect(preview.summary.lines).toContain(
      "You pay the price difference of $20.00, charged to your card ending 4242 now.",
    );
    expect(allowed(decision).result).toMatchObject({ chargeCents: 2_000 });
    const payments = await prisma.payment.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(payments.map((p) => p.amountCents)).toEqual([21_900, 2_000]);
  });

  it("refunds a cheaper variant's difference on receipt", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const preview = okPreview(
      await TOOLS.exchange_items.preview!(ctx, {
        orderNumber: order.number,
        items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-9-BLK" }],
        reason: "too big",
      }),
    );
    expect(preview.summary.money).toMatchObject({ direction: "to_customer", amountCents: 2_000, when: "on_receipt" });
  });

  it("refuses a variant of another product, the same variant, an out-of-stock one and an item already returned", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const ask = (newSku: string) =>
      runConfirmed(ctx, "exchange_items", {
        orderNumber: order.number,
        items: [{ sku: "BOOT-10-BRN", newSku, quantity: 1 }],
        reason: "size",
      });
    const other = await ask("JKT-M-RED");
    expect(other).toMatchObject({
      reason: "variant_mismatch",
      customerMessage: expect.stringContaining("isn't a size or colour of the Granite Peak Waterproof Hiking Boot"),
    });
    if (other.decision === "denied")
      expect(other.customerMessage).toContain("In stock now: size 9, black; size 11, brown; size 11, black.");
    expect(await ask("BOOT-10-BRN")).toMatchObject({ reason: "variant_mismatch" });
    expect(await ask("BOOT-12-BRN")).toMatchObject({
      reason: "variant_unavailable",
      customerMessage: expect.stringContaining("size 12, brown ($219.00) is out of stock"),
    });
    expect(await ask("NOPE-1")).toMatchObject({ reason: "variant_mismatch" });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);

    allowed(
      await runConfirmed(ctx, "return_items", {
        orderNumber: order.number,
        items: [{ sku: "BOOT-10-BRN", quantity: 1 }],
        reason: "too small",
      }),
    );
    expect(await ask("BOOT-11-BRN")).toMatchObject({ reason: "already_returned" });
  });

  it("refuses outside the exchange window", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS, { deliveredDaysAgo: LIMITS.exchangeWindowDays + 5 });
    expect(
      await runConfirmed(ctx, "exchange_items", {
        orderNumber: order.number,
        items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 }],
        reason: "size",
      }),
    ).toMatchObject({
      reason: "outside_window",
    });
  });
});

describe("modify_order_items", () => {
  it("swaps the size before shipping and adjusts the card hold by the difference", async () => {
    const { order, ctx } = await customerWith("processing", [
      ...BOOTS,
      { sku: "SOCK-1", quantity: 1, unitPriceCents: 1_800 },
    ]);
    const { preview, decision } = await previewThenRun(ctx, "modify_order_items", {
      orderNumber: order.number,
      items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BLK" }],
    });
    expect(preview.summary.money).toMatchObject({ direction: "from_customer", amountCents: 2_000, when: "now" });
    expect(preview.summary.lines).toEqual([
      "Change 1 × Granite Peak Waterproof Hiking Boot (size 10, brown) for size 11, black ($239.00 each).",
      "You pay the price difference of $20.00, taken from your card ending 4242 now; the order total becomes $257.00.",
    ]);
    expect(allowed(decision).result).toMatchObject({
      totalCents: 25_700,
      differenceCents: 2_000,
      money: preview.summary.money,
    });
    const stored = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { items: { include: { product: true } }, payments: true },
    });
    expect(stored).toMatchObject({ subtotalCents: 25_700, totalCents: 25_700 });
    expect(stored.items.map((i) => [i.product.sku, i.quantity, i.unitPriceCents]).sort()).toEqual([
      ["BOOT-11-BLK", 1, 23_900],
      ["SOCK-1", 1, 1_800],
    ]);
    expect(stored.payments).toEqual([expect.objectContaining({ status: "authorized", amountCents: 25_700 })]);
  });

  it("gives back a cheaper variant's difference", async () => {
    const { order, ctx } = await customerWith("pending", BOOTS);
    const { preview, decision } = await previewThenRun(ctx, "modify_order_items", {
      orderNumber: order.number,
      items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-9-BLK" }],
    });
    expect(preview.summary.money).toMatchObject({ direction: "to_customer", amountCents: 2_000 });
    expect(allowed(decision).result).toMatchObject({ differenceCents: -2_000 });
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      amountCents: 19_900,
    });
  });

  it("refuses a shipped order, another product and an out-of-stock size", async () => {
    const shipped = await customerWith("shipped", BOOTS);
    expect(
      await runConfirmed(shipped.ctx, "modify_order_items", {
        orderNumber: shipped.order.number,
        items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 }],
      }),
    ).toMatchObject({
      reason: "wrong_state",
    });
    const open = await customerWith("processing", BOOTS);
    const ask = (newSku: string) =>
      runConfirmed(open.ctx, "modify_order_items", {
        orderNumber: open.order.number,
        items: [{ sku: "BOOT-10-BRN", newSku, quantity: 1 }],
      });
    expect(await ask("JKT-M-RED")).toMatchObject({ reason: "variant_mismatch" });
    expect(await ask("BOOT-12-BRN")).toMatchObject({ reason: "variant_unavailable" });
    expect(
      await runConfirmed(open.ctx, "modify_order_items", {
        orderNumber: open.order.number,
        items: [{ sku: "HEAD-1", newSku: "BOOT-11-BRN", quantity: 1 }],
      }),
    ).toMatchObject({
      reason: "item_not_in_order",
    });
    expect(await prisma.orderItem.count({ where: { orderId: open.order.id } })).toBe(1);
  });
});
