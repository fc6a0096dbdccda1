import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { executeApprovedAction, rejectAction } from "./approvals";
import { refund as refundTool } from "./refund";
import {
  confirmedRun,
  contextFor,
  LIMITS,
  seedConversation,
  seedCustomer,
  seedItemOrder,
  seedStaff,
  seedVariants,
  testPolicy,
  verifiedCustomerWithOrder,
} from "./test-fixtures";

/** The AI's call after the customer confirmed exactly this refund. */
const refund = confirmedRun("refund", refundTool);

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
    const decision = await refund(ctx, { orderNumber: order.number, reason: "arrived torn", problem: "damaged" });

    expect(decision).toMatchObject({ decision: "allowed", executed: true, result: { amountCents: 8_000, refundedTotalCents: 8_000 } });
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ refundedCents: 8_000, status: "refunded" });
    expect(await refundsOn(order.id)).toEqual([expect.objectContaining({ amountCents: 8_000, actor: "ai" })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "tool.refund", target: `order:${order.number}` } });
    expect(audit).toMatchObject({ actorType: "ai", details: expect.objectContaining({ decision: "allowed" }) });
  });

  it("denies a refund on a 90-day-old order (outside_window) and moves no money", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 90, totalCents: 4_000 });
    const decision = await refund(ctx, { orderNumber: order.number, reason: "it broke", problem: "defective" });

    expect(decision).toMatchObject({ decision: "denied", reason: "outside_window" });
    if (decision.decision === "denied") expect(decision.customerMessage).toContain(`${LIMITS.refundWindowDays}-day window`);
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
    expect(decisions.filter((d) => d.decision === "denied" && ["duplicate", "already_returned"].includes(d.reason))).toHaveLength(2);
    expect(await refundsOn(order.id)).toHaveLength(1);
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ refundedCents: 9_000 });
  });

  it.each([
    ["plausible", 5_000],
    ["negative", -5_000],
    ["zero", 0],
    ["absurd", 1e12],
    ["a string", "150.00"],
  ])("refuses any model-supplied amount (%s) as invalid_input: the amount is computed", async (_label, amountCents) => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    expect(await refund(ctx, { orderNumber: order.number, amountCents, reason: "because", problem: "damaged" })).toMatchObject({
      decision: "denied",
      reason: "invalid_input",
    });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("never refunds more than was captured and not yet refunded", async () => {
    const uncaptured = await verifiedCustomerWithOrder(prisma, { status: "delivered", payment: "authorized" });
    expect(await refund(uncaptured.ctx, { orderNumber: uncaptured.order.number, reason: "refund it", problem: "damaged" })).toMatchObject({
      reason: "exceeds_refundable",
    });
  });

  it("denies a refund on an order that has not been delivered (wrong_state)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "shipped" });
    expect(await refund(ctx, { orderNumber: order.number, reason: "never came", problem: "missing" })).toMatchObject({ decision: "denied", reason: "wrong_state" });
  });

  it("refunds only a problem policy lists for a direct refund (not_allowed otherwise)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const policy = testPolicy();
    const strict = { ...ctx, policy: { ...policy, tools: { ...policy.tools, refund: { ...policy.tools.refund, direct_problems: ["damaged" as const] } } } };
    expect(await refund(strict, { orderNumber: order.number, reason: "wrong colour sent", problem: "wrong_item" })).toMatchObject({ reason: "not_allowed" });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });
});

describe("refund above the cap", () => {
  it("files one pending ActionRequest however often it is asked, and moves no money", async () => {
    const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const input = { orderNumber: order.number, reason: "tent arrived broken", problem: "damaged" };
    const first = await refund(ctx, input);
    const again = await refund(ctx, input);

    expect(first).toMatchObject({ decision: "needs_approval", reason: "over_cap" });
    expect(again).toMatchObject({ decision: "needs_approval" });
    if (first.decision !== "needs_approval" || again.decision !== "needs_approval") throw new Error("expected approval");
    expect(again.actionRequestId).toBe(first.actionRequestId);
    const requests = await prisma.actionRequest.findMany({ where: { conversationId: conversation.id } });
    // The person sees the computed amount; the input is what will run.
    expect(requests).toEqual([
      expect.objectContaining({ status: "pending", tool: "refund", input: { ...input, items: [expect.objectContaining({ quantity: 1 })], amountCents: 40_000 } }),
    ]);
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("counts earlier refunds on the order, so a big refund cannot be split into small ones", async () => {
    const customer = await seedCustomer(prisma);
    await seedVariants(prisma, [
      { sku: "SPLIT-A", name: "Split Tent", family: "SPLIT-A", options: {}, priceCents: 10_000 },
      { sku: "SPLIT-B", name: "Split Stove", family: "SPLIT-B", options: {}, priceCents: 6_000 },
    ]);
    const order = await seedItemOrder(prisma, {
      customerId: customer.id,
      status: "delivered",
      lines: [{ sku: "SPLIT-A", quantity: 1, unitPriceCents: 10_000 }, { sku: "SPLIT-B", quantity: 1, unitPriceCents: 6_000 }],
    });
    const ctx = contextFor(prisma, (await seedConversation(prisma, customer.id)).id);
    const part = (sku: string) => ({ orderNumber: order.number, items: [{ sku, quantity: 1 }], reason: "broken", problem: "damaged" });
    expect((await refund(ctx, part("SPLIT-A"))).decision).toBe("allowed");
    expect(await refund(ctx, part("SPLIT-B"))).toMatchObject({ decision: "needs_approval" });
    expect(await refundsOn(order.id)).toHaveLength(1);
  });

  it("executes once when approved, and a second approval does nothing", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const staff = await seedStaff(prisma);
    const asked = await refund(ctx, { orderNumber: order.number, reason: "wrong model sent", problem: "wrong_item" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    const approved = await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() });
    expect(approved).toMatchObject({ outcome: "executed", decision: { decision: "allowed", result: { amountCents: 40_000 } } });
    expect(await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() })).toMatchObject({
      outcome: "already_decided",
      status: "executed",
    });

    expect(await refundsOn(order.id)).toEqual([expect.objectContaining({ amountCents: 40_000, actor: `staff:${staff.id}` })]);
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({
      status: "executed",
      decidedById: staff.id,
    });
    // The AI asking again afterwards finds it done rather than filing a new request.
    expect(await refund(ctx, { orderNumber: order.number, reason: "again", problem: "wrong_item" })).toMatchObject({ reason: "duplicate" });
  });

  it("executes once when two people approve at the same moment", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const [alice, bob] = [await seedStaff(prisma), await seedStaff(prisma)];
    const asked = await refund(ctx, { orderNumber: order.number, reason: "damaged", problem: "damaged" });
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
    const asked = await refund(ctx, { orderNumber: order.number, reason: "damaged", problem: "damaged" });
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
    const input = { orderNumber: order.number, reason: "unhappy", problem: "defective" };
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
    const asked = await refund(ctx, { orderNumber: order.number, reason: "damaged", problem: "damaged" });
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
    expect(await refund(ctx, { orderNumber: order.number, reason: "mine now", problem: "missing" })).toMatchObject({ reason: "not_owner" });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });
});
