import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { executeApprovedAction, rejectAction } from "./approvals";
import { refund as refundTool } from "./refund";
import {
  confirmedRun,
  contextFor,
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

/**
 * Refunds above the AI's cap: one pending ActionRequest, executed once by an active staff member's approval, and
 * the approval lifts only the cap (the refunds within it: refund.test.ts).
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
});
afterAll(() => db?.close());

const refundsOn = (orderId: string) => prisma.refund.findMany({ where: { orderId } });

describe("refund above the cap", () => {
  it("files one pending ActionRequest however often it is asked, and moves no money", async () => {
    const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, {
      status: "delivered",
      totalCents: 40_000,
    });
    const input = { orderNumber: order.number, reason: "tent arrived broken", problem: "damaged" };
    const first = await refund(ctx, input);
    const again = await refund(ctx, input);

    expect(first).toMatchObject({ decision: "needs_approval", reason: "over_cap" });
    expect(again).toMatchObject({ decision: "needs_approval" });
    if (first.decision !== "needs_approval" || again.decision !== "needs_approval")
      throw new Error("expected approval");
    expect(again.actionRequestId).toBe(first.actionRequestId);
    const requests = await prisma.actionRequest.findMany({ where: { conversationId: conversation.id } });
    // The person sees the computed amount; the input is what will run.
    expect(requests).toEqual([
      expect.objectContaining({
        status: "pending",
        tool: "refund",
        input: { ...input, items: [expect.objectContaining({ quantity: 1 })], amountCents: 40_000 },
      }),
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
      lines: [
        { sku: "SPLIT-A", quantity: 1, unitPriceCents: 10_000 },
        { sku: "SPLIT-B", quantity: 1, unitPriceCents: 6_000 },
      ],
    });
    const ctx = contextFor(prisma, (await seedConversation(prisma, customer.id)).id);
    const part = (sku: string) => ({
      orderNumber: order.number,
      items: [{ sku, quantity: 1 }],
      reason: "broken",
      problem: "damaged",
    });
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
    expect(approved).toMatchObject({
      outcome: "executed",
      decision: { decision: "allowed", result: { amountCents: 40_000 } },
    });
    expect(
      await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() }),
    ).toMatchObject({
      outcome: "already_decided",
      status: "executed",
    });

    expect(await refundsOn(order.id)).toEqual([
      expect.objectContaining({ amountCents: 40_000, actor: `staff:${staff.id}` }),
    ]);
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({
      status: "executed",
      decidedById: staff.id,
    });
    // The AI asking again afterwards finds it done rather than filing a new request.
    expect(await refund(ctx, { orderNumber: order.number, reason: "again", problem: "wrong_item" })).toMatchObject({
      reason: "duplicate",
    });
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
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, {
      status: "delivered",
      deliveredDaysAgo: 20,
      totalCents: 40_000,
    });
    const staff = await seedStaff(prisma);
    const asked = await refund(ctx, { orderNumber: order.number, reason: "damaged", problem: "damaged" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    const later = () => new Date(Date.now() + 15 * 86_400_000);
    const outcome = await executeApprovedAction(prisma, asked.actionRequestId, staff.id, {
      policy: testPolicy(),
      now: later,
    });
    expect(outcome).toMatchObject({ outcome: "failed", decision: { decision: "denied", reason: "outside_window" } });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({
      status: "failed",
    });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });

  it("a rejected request stays rejected: approving it does nothing and asking again is declined", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 40_000 });
    const staff = await seedStaff(prisma);
    const input = { orderNumber: order.number, reason: "unhappy", problem: "defective" };
    const asked = await refund(ctx, input);
    if (asked.decision !== "needs_approval") throw new Error("expected approval");

    expect(await rejectAction(prisma, asked.actionRequestId, staff.id, "Outside goodwill guidelines")).toMatchObject({
      outcome: "rejected",
    });
    expect(
      await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() }),
    ).toMatchObject({
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
    await expect(
      executeApprovedAction(prisma, asked.actionRequestId, former.id, { policy: testPolicy() }),
    ).rejects.toMatchObject({
      code: "not_staff",
    });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } })).toMatchObject({
      status: "pending",
    });
  });

  it("checks the conversation it was given, not one named in the input", async () => {
    const { order } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 8_000 });
    const stranger = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const ctx = contextFor(prisma, stranger.conversation.id);
    expect(await refund(ctx, { orderNumber: order.number, reason: "mine now", problem: "missing" })).toMatchObject({
      reason: "not_owner",
    });
    expect(await refundsOn(order.id)).toHaveLength(0);
  });
});
