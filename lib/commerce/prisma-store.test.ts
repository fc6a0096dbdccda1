import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedCustomer, seedItemOrder, seedVariants } from "@/lib/tools/test-fixtures";
import { createTestDatabase, unavailable } from "@/test/support/test-db";
import { prismaCommerceStore } from "./prisma-store";

/**
 * The demo store's item-level writes re-check their preconditions atomically: whatever a tool checked a moment
 * earlier, an item cannot be returned twice, a swap cannot go to a variant that is gone, and a price difference
 * agreed on a total that has since changed is not charged. On PGlite and on PostgreSQL (real concurrency).
 */
for (const kind of ["pglite", "postgres"] as const) {
  describe.skipIf(unavailable(kind))(`the demo store's item writes on ${kind}`, () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    let prisma: PrismaClient;
    beforeAll(async () => {
      db = await createTestDatabase(kind);
      prisma = db.prisma;
      await seedVariants(prisma, [
        { sku: "ST-10", name: "Store Boot", family: "ST", options: { size: "10" }, priceCents: 10_000 },
        { sku: "ST-11", name: "Store Boot", family: "ST", options: { size: "11" }, priceCents: 12_000 },
        { sku: "ST-12", name: "Store Boot", family: "ST", options: { size: "12" }, priceCents: 10_000, inStock: false },
        { sku: "OTHER-1", name: "Other Thing", family: "OTHER-1", options: {}, priceCents: 10_000 },
      ]);
    });
    afterAll(() => db?.close());

    const returnOf = (orderId: string, quantity: number, key: string) => ({
      orderId,
      kind: "return" as const,
      items: [{ sku: "ST-10", name: "Store Boot", quantity, unitPriceCents: 10_000 }],
      refundCents: 10_000 * quantity,
      chargeCents: 0,
      refundMethod: "original_payment" as const,
      allowedStates: ["delivered" as const],
      reason: "test",
      idempotencyKey: key,
      actor: "ai",
    });

    it("lets concurrent returns take at most what was bought", async () => {
      const customer = await seedCustomer(prisma);
      const order = await seedItemOrder(prisma, {
        customerId: customer.id,
        status: "delivered",
        lines: [{ sku: "ST-10", quantity: 2, unitPriceCents: 10_000 }],
      });
      const store = prismaCommerceStore(prisma);
      const results = await Promise.all(
        [1, 2, 3, 4].map((i) => store.createReturnRequest(returnOf(order.id, 1, `${order.id}:${i}`))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(2);
      expect(results.filter((r) => !r.ok)).toEqual(
        Array(2).fill(expect.objectContaining({ conflict: "item_unavailable", sku: "ST-10", availableQuantity: 0 })),
      );
      const stored = await store.getOrder(order.number);
      expect(stored?.items).toEqual([
        expect.objectContaining({
          sku: "ST-10",
          quantity: 2,
          inReturnQuantity: 2,
          refundedQuantity: 0,
          options: { size: "10" },
          family: "ST",
        }),
      ]);
      expect(stored?.returns.map((r) => r.reference).sort()).toEqual([
        `RMA-${order.number}-1`,
        `RMA-${order.number}-2`,
      ]);
    });

    it("refuses an exchange to a variant that is out of stock or of another product, and a return in the wrong state", async () => {
      const customer = await seedCustomer(prisma);
      const order = await seedItemOrder(prisma, {
        customerId: customer.id,
        status: "delivered",
        lines: [{ sku: "ST-10", quantity: 1, unitPriceCents: 10_000 }],
      });
      const store = prismaCommerceStore(prisma);
      const exchange = (newSku: string) =>
        store.createReturnRequest({
          ...returnOf(order.id, 1, `${order.id}:x:${newSku}`),
          kind: "exchange",
          items: [{ sku: "ST-10", name: "Store Boot", quantity: 1, unitPriceCents: 10_000, newSku }],
          refundCents: 0,
        });
      expect(await exchange("ST-12")).toMatchObject({ ok: false, conflict: "variant_unavailable" });
      expect(await exchange("OTHER-1")).toMatchObject({ ok: false, conflict: "variant_unavailable" });
      expect(await exchange("ST-11")).toMatchObject({ ok: true, chargedCents: 0 });
      const open = await seedItemOrder(prisma, {
        customerId: customer.id,
        status: "processing",
        lines: [{ sku: "ST-10", quantity: 1, unitPriceCents: 10_000 }],
      });
      expect(await store.createReturnRequest(returnOf(open.id, 1, `${open.id}:r`))).toMatchObject({
        ok: false,
        conflict: "wrong_state",
        status: "processing",
      });
    });

    it("modifies items once when two swaps race, and settles the difference on the authorization", async () => {
      const customer = await seedCustomer(prisma);
      const order = await seedItemOrder(prisma, {
        customerId: customer.id,
        status: "processing",
        lines: [{ sku: "ST-10", quantity: 1, unitPriceCents: 10_000 }],
      });
      const store = prismaCommerceStore(prisma);
      const swap = (key: string) =>
        store.modifyItems({
          orderId: order.id,
          changes: [{ sku: "ST-10", newSku: "ST-11", quantity: 1 }],
          allowedStates: ["pending", "processing"],
          expectedTotalCents: 10_000,
          idempotencyKey: key,
          actor: "ai",
        });
      const results = await Promise.all([swap("a"), swap("b")]);
      expect(results.filter((r) => r.ok)).toEqual([
        expect.objectContaining({ totalCents: 12_000, differenceCents: 2_000 }),
      ]);
      expect(results.filter((r) => !r.ok)).toEqual([
        expect.objectContaining({ conflict: expect.stringMatching(/amount_changed|item_unavailable/) }),
      ]);
      const stored = await store.getOrder(order.number);
      expect(stored).toMatchObject({
        totalCents: 12_000,
        items: [expect.objectContaining({ sku: "ST-11", unitPriceCents: 12_000 })],
      });
      expect(stored?.payments).toEqual([expect.objectContaining({ status: "authorized", amountCents: 12_000 })]);
    });

    it("finds variants by SKU, family and words", async () => {
      const store = prismaCommerceStore(prisma);
      expect(await store.findProduct("st-11")).toMatchObject({
        sku: "ST-11",
        family: "ST",
        options: { size: "11" },
        inStock: true,
      });
      expect((await store.listVariants("ST")).map((v) => v.sku)).toEqual(["ST-10", "ST-12", "ST-11"]);
      expect((await store.searchProducts("store boot")).map((v) => v.sku).sort()).toEqual(["ST-10", "ST-11", "ST-12"]);
    });
  });
}
