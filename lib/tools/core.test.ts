import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, unavailable } from "@/test/support/test-db";
import { executeApprovedAction } from "./approvals";
import { cancelOrder as cancelTool } from "./cancel-order";
import { goodwillCredit as goodwillTool } from "./goodwill-credit";
import { refund as refundTool } from "./refund";
import { returnItems as returnTool } from "./return-items";
import {
  confirmedRun,
  contextFor,
  LIMITS,
  seedConversation,
  seedCustomer,
  seedItemOrder,
  seedOrder,
  seedStaff,
  seedVariants,
  testPolicy,
  verifiedCustomerWithOrder,
} from "./test-fixtures";
import { verifyIdentity } from "./verify-identity";

/**
 * The guarantees that depend on the database rather than on code paths, run on PGlite and on PostgreSQL. PGlite
 * has one connection, so its transactions never overlap; PostgreSQL runs them side by side, which is where an
 * idempotency key, a row lock or a compare-and-set either holds or does not.
 */
const KINDS = ["pglite", "postgres"] as const;

// The AI's calls after the customer confirmed exactly that input.
const refund = confirmedRun("refund", refundTool);
const cancelOrder = confirmedRun("cancel_order", cancelTool);
const goodwillCredit = confirmedRun("goodwill_credit", goodwillTool);
const returnItems = confirmedRun("return_items", returnTool);

// PostgreSQL runs when the run's global setup started a server (test/support/global-setup.ts); otherwise it skips.
for (const kind of KINDS)
  describe.skipIf(unavailable(kind))(`tool guarantees on ${kind}`, () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    let prisma: PrismaClient;

    beforeAll(async () => {
      db = await createTestDatabase(kind);
      prisma = db.prisma;
    });
    afterAll(() => db?.close());

    /** A verified customer with an order of the given variants (created per call, unique SKUs). */
    async function itemOrder(prices: number[], status: "delivered" | "processing" = "delivered") {
      const customer = await seedCustomer(prisma);
      const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
      const variants = prices.map((priceCents, i) => ({
        sku: `RACE-${tag}-${i}`,
        name: `Race Item ${i}`,
        family: `RACE-${tag}-${i}`,
        options: {},
        priceCents,
      }));
      await seedVariants(prisma, variants);
      const order = await seedItemOrder(prisma, {
        customerId: customer.id,
        status,
        lines: variants.map((v) => ({ sku: v.sku, quantity: 1, unitPriceCents: v.priceCents })),
      });
      const ctx = contextFor(prisma, (await seedConversation(prisma, customer.id)).id);
      return { order, ctx, skus: variants.map((v) => v.sku) };
    }

    it("executes concurrent identical refunds once", async () => {
      const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 9_000 });
      const input = { orderNumber: order.number, reason: "arrived crushed", problem: "damaged" };
      const decisions = await Promise.all(Array.from({ length: 5 }, () => refund(ctx, input)));
      expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
      expect(decisions.filter((d) => d.decision === "denied" && d.reason === "duplicate")).toHaveLength(4);
      expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
      expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
        refundedCents: 9_000,
      });
    });

    it("refunds an item once when different refunds of it race", async () => {
      const { order, ctx, skus } = await itemOrder([4_000, 4_100]);
      const items = [{ sku: skus[0]!, quantity: 1 }];
      await Promise.all(
        (["damaged", "defective", "wrong_item", "missing"] as const).map((problem) =>
          refund(ctx, { orderNumber: order.number, items, reason: "split", problem }),
        ),
      );
      const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
      const refunds = await prisma.refund.findMany({ where: { orderId: order.id } });
      expect(refunds).toHaveLength(1);
      expect(payment.refundedCents).toBe(4_000);
    });

    it("returns an item once when a return races a refund of it", async () => {
      const { order, ctx, skus } = await itemOrder([4_000, 4_100]);
      const items = [{ sku: skus[0]!, quantity: 1 }];
      const decisions = await Promise.all([
        returnItems(ctx, { orderNumber: order.number, items, reason: "changed my mind" }),
        refund(ctx, { orderNumber: order.number, items, reason: "broken", problem: "damaged" }),
      ]);
      expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
      const taken =
        (await prisma.returnRequest.count({ where: { orderId: order.id } })) +
        (await prisma.refund.count({ where: { orderId: order.id } }));
      expect(taken).toBe(1);
    });

    it("holds the refund cap when item refunds race", async () => {
      const slice = LIMITS.refundCapCents / 2 + 1_000;
      const { order, ctx, skus } = await itemOrder([slice, slice + 1, slice + 2]);
      await Promise.all(
        skus.map((sku) =>
          refund(ctx, {
            orderNumber: order.number,
            items: [{ sku, quantity: 1 }],
            reason: "slice",
            problem: "damaged",
          }),
        ),
      );
      const refunded = (await prisma.refund.findMany({ where: { orderId: order.id } })).reduce(
        (sum, r) => sum + r.amountCents,
        0,
      );
      expect(refunded).toBeLessThanOrEqual(LIMITS.refundCapCents);
    });

    it("files one ActionRequest for concurrent over-cap requests, and concurrent approvals execute it once", async () => {
      const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, {
        status: "delivered",
        totalCents: 50_000,
      });
      const input = { orderNumber: order.number, reason: "broken", problem: "defective" };
      const asked = await Promise.all([refund(ctx, input), refund(ctx, input), refund(ctx, input)]);
      const ids = new Set(asked.map((d) => (d.decision === "needs_approval" ? d.actionRequestId : d.decision)));
      expect(ids.size).toBe(1);
      expect(await prisma.actionRequest.count({ where: { conversationId: conversation.id } })).toBe(1);

      const [id] = [...ids] as [string];
      const staff = await Promise.all([seedStaff(prisma), seedStaff(prisma), seedStaff(prisma)]);
      const outcomes = await Promise.all(
        staff.map((s) => executeApprovedAction(prisma, id, s.id, { policy: testPolicy() })),
      );
      expect(outcomes.filter((o) => o.outcome === "executed")).toHaveLength(1);
      expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
    });

    it("holds the goodwill cap when credits race", async () => {
      const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
      await Promise.all(
        [1_500, 1_400, 1_300, 1_200].map((amountCents) =>
          goodwillCredit(ctx, { orderNumber: order.number, amountCents, reason: "late" }),
        ),
      );
      const credited = (await prisma.storeCredit.findMany({ where: { orderId: order.id } })).reduce(
        (sum, c) => sum + c.amountCents,
        0,
      );
      expect(credited).toBeGreaterThan(0);
      expect(credited).toBeLessThanOrEqual(LIMITS.goodwillCapCents);
    });

    it("cannot be raced past the verification limit", async () => {
      const customer = await seedCustomer(prisma);
      await seedOrder(prisma, { customerId: customer.id, status: "delivered" });
      const conversation = await seedConversation(prisma);
      const ctx = contextFor(prisma, conversation.id);
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          verifyIdentity(ctx, { email: customer.email, orderNumber: `NW-80000${i}` }),
        ),
      );
      expect(
        (await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).verificationAttempts,
      ).toBe(LIMITS.maxAttempts);
    });

    it("cancels once when a cancel races itself", async () => {
      const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "processing", totalCents: 7_000 });
      const decisions = await Promise.all([
        cancelOrder(ctx, { orderNumber: order.number }),
        cancelOrder(ctx, { orderNumber: order.number }),
      ]);
      expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
      expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
    });

    it("denies a 90-day-old refund and an unverified caller", async () => {
      const old = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 90 });
      expect(
        await refund(old.ctx, { orderNumber: old.order.number, reason: "late", problem: "damaged" }),
      ).toMatchObject({ reason: "outside_window" });
      const stranger = contextFor(prisma, (await seedConversation(prisma)).id);
      expect(
        await refund(stranger, { orderNumber: old.order.number, reason: "late", problem: "damaged" }),
      ).toMatchObject({ reason: "not_verified" });
    });
  });
