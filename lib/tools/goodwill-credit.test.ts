import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { executeApprovedAction } from "./approvals";
import { goodwillCredit as goodwillTool } from "./goodwill-credit";
import { confirmedRun, LIMITS, seedStaff, testPolicy, verifiedCustomerWithOrder } from "./test-fixtures";

/** The AI's call after the customer confirmed exactly this credit. */
const goodwillCredit = confirmedRun("goodwill_credit", goodwillTool);

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
});
afterAll(() => db?.close());

const creditsOn = (orderId: string) => prisma.storeCredit.findMany({ where: { orderId } });

describe("goodwill_credit", () => {
  it("gives a credit up to the cap, once", async () => {
    const { order, customer, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const input = { orderNumber: order.number, amountCents: LIMITS.goodwillCapCents, reason: "late delivery" };
    expect(await goodwillCredit(ctx, input)).toMatchObject({
      decision: "allowed",
      result: { amountCents: LIMITS.goodwillCapCents },
    });
    expect(await goodwillCredit(ctx, input)).toMatchObject({ decision: "denied", reason: "duplicate" });
    expect(await creditsOn(order.id)).toEqual([expect.objectContaining({ customerId: customer.id, actor: "ai" })]);
  });

  it("sends a credit one cent over the cap to a person", async () => {
    const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const decision = await goodwillCredit(ctx, {
      orderNumber: order.number,
      amountCents: LIMITS.goodwillCapCents + 1,
      reason: "late",
    });
    expect(decision).toMatchObject({ decision: "needs_approval", reason: "over_cap" });
    expect(
      await prisma.actionRequest.count({
        where: { conversationId: conversation.id, status: "pending", tool: "goodwill_credit" },
      }),
    ).toBe(1);
    expect(await creditsOn(order.id)).toHaveLength(0);
  });

  it("holds the cap across several credits on the same order", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const slice = Math.ceil(LIMITS.goodwillCapCents / 2) + 100;
    expect(
      (await goodwillCredit(ctx, { orderNumber: order.number, amountCents: slice, reason: "late" })).decision,
    ).toBe("allowed");
    expect(
      (await goodwillCredit(ctx, { orderNumber: order.number, amountCents: slice - 1, reason: "still late" })).decision,
    ).toBe("needs_approval");
    expect(await creditsOn(order.id)).toHaveLength(1);
  });

  it("holds the cap against concurrent different slices", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const amounts = [1_200, 1_100, 1_000];
    const decisions = await Promise.all(
      amounts.map((amountCents) => goodwillCredit(ctx, { orderNumber: order.number, amountCents, reason: "late" })),
    );
    expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
    const total = (await creditsOn(order.id)).reduce((sum, credit) => sum + credit.amountCents, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.goodwillCapCents);
  });

  it("refuses negative, zero and absurd amounts", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    for (const amountCents of [-2_000, 0, 99_999_999_999, Number.NaN]) {
      expect(await goodwillCredit(ctx, { orderNumber: order.number, amountCents, reason: "please" })).toMatchObject({
        reason: "invalid_input",
      });
    }
    expect(await creditsOn(order.id)).toHaveLength(0);
  });

  it("executes an approved credit above the cap once", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const staff = await seedStaff(prisma);
    const asked = await goodwillCredit(ctx, { orderNumber: order.number, amountCents: 5_000, reason: "lost parcel" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");
    expect(
      await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() }),
    ).toMatchObject({ outcome: "executed" });
    expect(
      await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() }),
    ).toMatchObject({ outcome: "already_decided" });
    expect(await creditsOn(order.id)).toEqual([
      expect.objectContaining({ amountCents: 5_000, actor: `staff:${staff.id}` }),
    ]);
  });
});
