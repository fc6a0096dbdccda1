import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { refund as refundTool } from "./refund";
import { confirmedRun, LIMITS, testPolicy, verifiedCustomerWithOrder } from "./test-fixtures";

/** The AI's call after the customer confirmed exactly this refund. */
const refund = confirmedRun("refund", refundTool);

/**
 * The 14-unauthorized-refunds scenarios: every limit holds at the tool, whatever the model asks for (refunds above
 * the cap and their approval: refund-approval.test.ts).
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
});
afterAll(() => db?.close());

const refundsOn = (orderId: string) => prisma.refund.findMany({ where: { orderId } });

describe("refund", () => {
  it("refunds a recent delivered order within the cap, once, and records who did it", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 8_000 });
    const decision = await refund(ctx, { orderNumber: order.number, reason: "arrived torn", problem: "damaged" });

    expect(decision).toMatchObject({
      decision: "allowed",
      executed: true,
      result: { amountCents: 8_000, refundedTotalCents: 8_000 },
    });
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ refundedCents: 8_000, status: "refunded" });
    expect(await refundsOn(order.id)).toEqual([expect.objectContaining({ amountCents: 8_000, actor: "ai" })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "tool.refund", target: `order:${order.number}` },
    });
    expect(audit).toMatchObject({ actorType: "ai", details: expect.objectContaining({ decision: "allowed" }) });
  });

  it("denies a refund on a 90-day-old order (outside_window) and moves no money", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, {
      status: "delivered",
      deliveredDaysAgo: 90,
      totalCents: 4_000,
    });
    const decision = await refund(ctx, { orderNumber: order.number, reason: "it broke", problem: "defective" });

    expect(decision).toMatchObject({ decision: "denied", reason: "outside_window" });
    if (decision.decision === "denied")
      expect(decision.customerMessage).toContain(`${LIMITS.refundWindowDays}-day window`);
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("executes the same refund asked twice only once (duplicate)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 9_000 });
    const input = { orderNumber: order.number, reason: "arrived broken", problem: "damaged" };
    expect((await refund(ctx, input)).decision).toBe("allowed");
    expect(await refund(ctx, input)).toMatchObject({ decision: "denied", reason: "duplicate" });
    expect(await refundsOn(order.id)).toHaveLength(1);
  });

  it("executes two concurrent identical refunds once", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 9_000 });
    const input = { orderNumber: order.number, reason: "arrived broken", problem: "damaged" };
    const decisions = await Promise.all([refund(ctx, input), refund(ctx, input), refund(ctx, input)]);

    expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
    expect(
      decisions.filter((d) => d.decision === "denied" && ["duplicate", "already_returned"].includes(d.reason)),
    ).toHaveLength(2);
    expect(await refundsOn(order.id)).toHaveLength(1);
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      refundedCents: 9_000,
    });
  });

  it.each([
    ["plausible", 5_000],
    ["negative", -5_000],
    ["zero", 0],
    ["absurd", 1e12],
    ["a string", "150.00"],
  ])("refuses any model-supplied amount (%s) as invalid_input: the amount is computed", async (_label, amountCents) => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    expect(
      await refund(ctx, { orderNumber: order.number, amountCents, reason: "because", problem: "damaged" }),
    ).toMatchObject({
      decision: "denied",
      reason: "invalid_input",
    });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("never refunds more than was captured and not yet refunded", async () => {
    const uncaptured = await verifiedCustomerWithOrder(prisma, { status: "delivered", payment: "authorized" });
    expect(
      await refund(uncaptured.ctx, { orderNumber: uncaptured.order.number, reason: "refund it", problem: "damaged" }),
    ).toMatchObject({
      reason: "exceeds_refundable",
    });
  });

  it("denies a refund on an order that has not been delivered (wrong_state)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "shipped" });
    expect(await refund(ctx, { orderNumber: order.number, reason: "never came", problem: "missing" })).toMatchObject({
      decision: "denied",
      reason: "wrong_state",
    });
  });

  it("refunds only a problem policy lists for a direct refund (not_allowed otherwise)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const policy = testPolicy();
    const strict = {
      ...ctx,
      policy: {
        ...policy,
        tools: { ...policy.tools, refund: { ...policy.tools.refund, direct_problems: ["damaged" as const] } },
      },
    };
    expect(
      await refund(strict, { orderNumber: order.number, reason: "wrong colour sent", problem: "wrong_item" }),
    ).toMatchObject({ reason: "not_allowed" });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });
});
