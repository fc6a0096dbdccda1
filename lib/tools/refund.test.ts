import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { executeApprovedAction, rejectAction } from "./approvals";
import { refund } from "./refund";
import { contextFor, LIMITS, seedStaff, testPolicy, verifiedCustomerWithOrder } from "./test-fixtures";

/** The 14-unauthorized-refunds scenarios: every limit holds at the tool, whatever the model asks for. */
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
    const decision = await refund(ctx, { orderNumber: order.number, amountCents: 5_000, reason: "arrived torn" });

    expect(decision).toMatchObject({ decision: "allowed", executed: true, result: { amountCents: 5_000, refundedTotalCents: 5_000 } });
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ refundedCents: 5_000, status: "partially_refunded" });
    expect(await refundsOn(order.id)).toEqual([expect.objectContaining({ amountCents: 5_000, actor: "ai" })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "tool.refund", target: `order:${order.number}` } });
    expect(audit).toMatchObject({ actorType: "ai", details: expect.objectContaining({ decision: "allowed" }) });
  });

  it("denies a refund on a 90-day-old order (outside_window) and moves no money", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 90, totalCents: 4_000 });
    const decision = await refund(ctx, { orderNumber: order.number, reason: "changed my mind" });

    expect(decision).toMatchObject({ decision: "denied", reason: "outside_window" });
    if (decision.decision === "denied") expect(decision.customerMessage).toContain(`${LIMITS.refundWindowDays}-day window`);
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("executes the same refund asked twice only once (duplicate)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 9_000 });
    const input = { orderNumber: order.number, amountCents: 3_000, reason: "late" };
    expect((await refund(ctx, input)).decision).toBe("allowed");
    expect(await refund(ctx, input)).toMatchObject({ decision: "denied", reason: "duplicate" });
    expect(await refundsOn(order.id)).toHaveLength(1);
  });

  it("executes two concurrent identical refunds once", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 9_000 });
    const input = { orderNumber: order.number, amountCents: 2_500, reason: "late" };
    const decisions = await Promise.all([refund(ctx, input), refund(ctx, input), refund(ctx, input)]);

    expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
    expect(decisions.filter((d) => d.decision === "denied" && d.reason === "duplicate")).toHaveLength(2);
    expect(await refundsOn(order.id)).toHaveLength(1);
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ refundedCents: 2_500 });
  });

  it.each([
    ["negative", -5_000],
    ["zero", 0],
    ["fractional cents", 12.5],
    ["absurd", 1e12],
    ["a string", "150.00"],
  ])("refuses a model-supplied %s amount as invalid_input", async (_label, amountCents) => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    expect(await refund(ctx, { orderNumber: order.number, amountCents, reason: "because" })).toMatchObject({
      decision: "denied",
      reason: "invalid_input",
    });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("never refunds more than was captured and not yet refunded", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 8_000 });
    expect(await refund(ctx, { orderNumber: order.number, amountCents: 8_001, reason: "more please" })).toMatchObject({
      decision: "denied",
      reason: "exceeds_refundable",
    });
    const uncaptured = await verifiedCustomerWithOrder(prisma, { status: "delivered", payment: "authorized" });
    expect(await refund(uncaptured.ctx, { orderNumber: uncaptured.order.number, reason: "refund it" })).toMatchObject({
      reason: "exceeds_refundable",
    });
  });

  it("denies a refund on an order that has not been delivered (wrong_state)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "shipped" });
    expect(await refund(ctx, { orderNumber: order.number, reason: "never came" })).toMatchObject({ decision: "denied", reason: "wrong_state" });
  });
});

describe("refund above the cap", () => {
  it("files one pending ActionRequest however often it is asked, and moves no money", async () => {
    const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const input = { orderNumber: order.number, amountCents: 20_000, reason: "tent arrived broken" };
    const first = await refund(ctx, input);
    const again = await refund(ctx, input);

    expect(first).toMatchObject({ decision: "needs_approval", reason: "over_cap" });
    expect(again).toMatchObject({ decision: "needs_approval" });
    if (first.decision !== "needs_approval" || again.decision !== "needs_approval") throw new Error("expected approval");
    expect(again.actionRequestId).toBe(first.actionRequestId);
    const requests = await prisma.actionRequest.findMany({ where: { conversationId: conversation.id } });
    expect(requests).toEqual([expect.objectContaining({ status: "pending", tool: "refund", input: { ...input, reason: input.reason } })]);
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("counts earlier refunds on the order, so a big refund cannot be split into small ones", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    expect((await refund(ctx, { orderNumber: order.number, amountCents: 10_000, reason: "part one" })).decision).toBe("allowed");
    expect(await refund(ctx, { orderNumber: order.number, amountCents: 6_000, reason: "part two" })).toMatchObject({
      decision: "needs_approval",
    });
    expect(await refundsOn(order.id)).toHaveLength(1);
  });

  it("executes once when approved, and a second approval does nothing", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const staff = await seedStaff(prisma);
    const asked = await refund(ctx, { orderNumber: order.number, amountCents: 25_000, reason: "wrong size twice" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    const approved = await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() });
    expect(approved).toMatchObject({ outcome: "executed", decision: { decision: "allowed", result: { amountCents: 25_000 } } });
    expect(await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() })).toMatchObject({
      outcome: "already_decided",
      status: "executed",
    });

    expect(await refundsOn(order.id)).toEqual([expect.objectContaining({ amountCents: 25_000, actor: `staff:${staff.id}` })]);
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({
      status: "executed",
      decidedById: staff.id,
    });
    // The AI asking again afterwards finds it done rather than filing a new request.
    expect(await refund(ctx, { orderNumber: order.number, amountCents: 25_000, reason: "again" })).toMatchObject({ reason: "duplicate" });
  });

  it("executes once when two people approve at the same moment", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const [alice, bob] = [await seedStaff(prisma), await seedStaff(prisma)];
    const asked = await refund(ctx, { orderNumber: order.number, amountCents: 30_000, reason: "damaged" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    const outcomes = await Promise.all([
      executeApprovedAction(prisma, asked.actionRequestId, alice.id, { policy: testPolicy() }),
      executeApprovedAction(prisma, asked.actionRequestId, bob.id, { policy: testPolicy() }),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["already_decided", "executed"]);
    expect(await refundsOn(order.id)).toHaveLength(1);
  });

  it("lifts only the cap: an approval after the window closed fails and moves no money", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 20, totalCents: 40_000 });
    const staff = await seedStaff(prisma);
    const asked = await refund(ctx, { orderNumber: order.number, amountCents: 20_000, reason: "damaged" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    const later = () => new Date(Date.now() + 15 * 86_400_000);
    const outcome = await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy(), now: later });
    expect(outcome).toMatchObject({ outcome: "failed", decision: { decision: "denied", reason: "outside_window" } });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({ status: "failed" });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("a rejected request stays rejected: approving it does nothing and asking again is declined", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const staff = await seedStaff(prisma);
    const input = { orderNumber: order.number, amountCents: 18_000, reason: "unhappy" };
    const asked = await refund(ctx, input);
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    expect(await rejectAction(prisma, asked.actionRequestId, staff.id, "Outside goodwill guidelines")).toMatchObject({ outcome: "rejected" });
    expect(await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() })).toMatchObject({
      outcome: "already_decided",
      status: "rejected",
    });
    expect(await refund(ctx, input)).toMatchObject({ decision: "denied", reason: "previously_declined" });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({
      decisionNote: "Outside goodwill guidelines",
      decidedById: staff.id,
    });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("only an active staff member can approve", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const former = await seedStaff(prisma, false);
    const asked = await refund(ctx, { orderNumber: order.number, amountCents: 20_000, reason: "damaged" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");
    await expect(executeApprovedAction(prisma, asked.actionRequestId, former.id, { policy: testPolicy() })).rejects.toMatchObject({
      code: "not_staff",
    });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({ status: "pending" });
  });

  it("checks the conversation it was given, not one named in the input", async () => {
    const { order } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 8_000 });
    const stranger = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const ctx = contextFor(prisma, stranger.conversation.id);
    expect(await refund(ctx, { orderNumber: order.number, reason: "mine now" })).toMatchObject({ reason: "not_owner" });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });
});
