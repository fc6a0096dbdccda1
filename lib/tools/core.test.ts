import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, unavailable } from "@/test/support/test-db";
import { executeApprovedAction } from "./approvals";
import { cancelOrder } from "./cancel-order";
import { goodwillCredit } from "./goodwill-credit";
import { refund } from "./refund";
import { contextFor, LIMITS, seedConversation, seedCustomer, seedOrder, seedStaff, testPolicy, verifiedCustomerWithOrder } from "./test-fixtures";
import { verifyIdentity } from "./verify-identity";

/**
 * The guarantees that depend on the database rather than on code paths, run on PGlite and on PostgreSQL. PGlite
 * has one connection, so its transactions never overlap; PostgreSQL runs them side by side, which is where an
 * idempotency key, a row lock or a compare-and-set either holds or does not.
 */
const KINDS = ["pglite", "postgres"] as const;

// PostgreSQL runs when the run's global setup started a server (test/support/global-setup.ts); otherwise it skips.
for (const kind of KINDS) describe.skipIf(unavailable(kind))(`tool guarantees on ${kind}`, () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    prisma = db.prisma;
  });
  afterAll(() => db?.close());

  it("executes concurrent identical refunds once", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 9_000 });
    const input = { orderNumber: order.number, amountCents: 4_000, reason: "damaged" };
    const decisions = await Promise.all(Array.from({ length: 5 }, () => refund(ctx, input)));
    expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
    expect(decisions.filter((d) => d.decision === "denied" && d.reason === "duplicate")).toHaveLength(4);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ refundedCents: 4_000 });
  });

  it("never refunds more than was captured when different refunds race", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 10_000 });
    const amounts = [4_000, 4_100, 4_200, 4_300];
    await Promise.all(amounts.map((amountCents) => refund(ctx, { orderNumber: order.number, amountCents, reason: "split" })));
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    const refunded = (await prisma.refund.findMany({ where: { orderId: order.id } })).reduce((sum, r) => sum + r.amountCents, 0);
    expect(refunded).toBeLessThanOrEqual(10_000);
    expect(payment.refundedCents).toBe(refunded);
    expect(refunded).toBeGreaterThan(0);
  });

  it("holds the refund cap when slices race", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 60_000 });
    const slice = LIMITS.refundCapCents / 2 + 1_000;
    await Promise.all([slice, slice + 1, slice + 2].map((amountCents) => refund(ctx, { orderNumber: order.number, amountCents, reason: "slice" })));
    const refunded = (await prisma.refund.findMany({ where: { orderId: order.id } })).reduce((sum, r) => sum + r.amountCents, 0);
    expect(refunded).toBeLessThanOrEqual(LIMITS.refundCapCents);
  });

  it("files one ActionRequest for concurrent over-cap requests, and concurrent approvals execute it once", async () => {
    const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", totalCents: 50_000 });
    const input = { orderNumber: order.number, amountCents: 30_000, reason: "broken" };
    const asked = await Promise.all([refund(ctx, input), refund(ctx, input), refund(ctx, input)]);
    const ids = new Set(asked.map((d) => (d.decision === "needs_approval" ? d.actionRequestId : d.decision)));
    expect(ids.size).toBe(1);
    expect(await prisma.actionRequest.count({ where: { conversationId: conversation.id } })).toBe(1);

    const [id] = [...ids] as [string];
    const staff = await Promise.all([seedStaff(prisma), seedStaff(prisma), seedStaff(prisma)]);
    const outcomes = await Promise.all(staff.map((s) => executeApprovedAction(prisma, id, s.id, { policy: testPolicy() })));
    expect(outcomes.filter((o) => o.outcome === "executed")).toHaveLength(1);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("holds the goodwill cap when credits race", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    await Promise.all([1_500, 1_400, 1_300, 1_200].map((amountCents) => goodwillCredit(ctx, { orderNumber: order.number, amountCents, reason: "late" })));
    const credited = (await prisma.storeCredit.findMany({ where: { orderId: order.id } })).reduce((sum, c) => sum + c.amountCents, 0);
    expect(credited).toBeGreaterThan(0);
    expect(credited).toBeLessThanOrEqual(LIMITS.goodwillCapCents);
  });

  it("cannot be raced past the verification limit", async () => {
    const customer = await seedCustomer(prisma);
    await seedOrder(prisma, { customerId: customer.id, status: "delivered" });
    const conversation = await seedConversation(prisma);
    const ctx = contextFor(prisma, conversation.id);
    await Promise.all(Array.from({ length: 8 }, (_, i) => verifyIdentity(ctx, { email: customer.email, orderNumber: `NW-80000${i}` })));
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).verificationAttempts).toBe(LIMITS.maxAttempts);
  });

  it("cancels once when a cancel races itself", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "processing", totalCents: 7_000 });
    const decisions = await Promise.all([cancelOrder(ctx, { orderNumber: order.number }), cancelOrder(ctx, { orderNumber: order.number })]);
    expect(decisions.filter((d) => d.decision === "allowed")).toHaveLength(1);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("denies a 90-day-old refund and an unverified caller", async () => {
    const old = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 90 });
    expect(await refund(old.ctx, { orderNumber: old.order.number, reason: "late" })).toMatchObject({ reason: "outside_window" });
    const stranger = contextFor(prisma, (await seedConversation(prisma)).id);
    expect(await refund(stranger, { orderNumber: old.order.number, reason: "late" })).toMatchObject({ reason: "not_verified" });
  });
});
