import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPolicy, verifiedCustomerWithOrder, runConfirmed } from "@/lib/tools/test-fixtures";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { approveAction, rejectActionRequest } from "./decisions";
import { customerTranscript, staff } from "./test-fixtures";

/** A person decides what the AI could not: approved once, rejected with a reason the customer reads, by the caller. */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])("approvals on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!unavailable(kind)) database = await createTestDatabase(kind);
  });
  afterAll(() => database?.close());
  const policy = testPolicy();

  /** A verified customer asked the AI for a $420 refund, above its $150 cap; `holder` holds the conversation. */
  async function pendingRefund(holderId: string) {
    const { prisma } = database;
    const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, {
      status: "delivered",
      totalCents: 42_000,
    });
    const asked = await runConfirmed(ctx, "refund", {
      orderNumber: order.number,
      reason: "poles snapped",
      problem: "damaged",
    });
    if (asked.decision !== "needs_approval") throw new Error(`expected an approval request, got ${asked.decision}`);
    await prisma.conversation.update({
      where: { id: conversation.id },
      data: { status: "human", assigneeId: holderId },
    });
    return { order, conversation, requestId: asked.actionRequestId };
  }

  it.skipIf(unavailable(kind))(
    "executes a double-clicked approval once: one refund, one message to the customer",
    async () => {
      const { prisma } = database;
      const ana = await staff(prisma, "agent", "Ana Lima");
      const { order, conversation, requestId } = await pendingRefund(ana.id);
      const results = await Promise.allSettled([
        approveAction(prisma, ana, requestId, { policy }),
        approveAction(prisma, ana, requestId, { policy }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
        code: "already_decided",
        message: "Ana Lima already approved this request.",
      });
      expect(await prisma.refund.findMany({ where: { orderId: order.id } })).toEqual([
        expect.objectContaining({ amountCents: 42_000 }),
      ]);
      const sent = (await customerTranscript(prisma, conversation.id)).filter((line) =>
        line.startsWith("agent: I've refunded"),
      );
      expect(sent).toEqual([
        `agent: I've refunded $420.00 on order ${order.number} to your card ending 4242; your bank can take 5 to 10 business days to show it.`,
      ]);
      expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
        status: "executed",
        decidedById: ana.id,
      });
      expect(
        await prisma.auditEvent.count({
          where: { action: "action_request.approved", actorId: ana.id, target: `action_request:${requestId}` },
        }),
      ).toBe(1);
    },
  );

  it.skipIf(unavailable(kind))(
    "refuses an agent deciding in a colleague's conversation; a supervisor may",
    async () => {
      const { prisma } = database;
      const [ana, ben, sam] = [
        await staff(prisma, "agent", "Ana Lima"),
        await staff(prisma, "agent", "Ben Okafor"),
        await staff(prisma, "supervisor", "Sam Patel"),
      ];
      const { order, requestId } = await pendingRefund(ana.id);
      await expect(approveAction(prisma, ben, requestId, { policy })).rejects.toMatchObject({ code: "not_yours" });
      await expect(
        rejectActionRequest(prisma, ben, { actionRequestId: requestId, reason: "no" }),
      ).rejects.toMatchObject({ code: "not_yours" });
      expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
        status: "pending",
        decidedById: null,
      });
      expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);

      await approveAction(prisma, sam, requestId, { policy });
      expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
        status: "executed",
        decidedById: sam.id,
      });
    },
  );

  it.skipIf(unavailable(kind))("rejects with the agent's reason, which the customer reads in plain words", async () => {
    const { prisma } = database;
    const ana = await staff(prisma, "agent", "Ana Lima");
    const { order, conversation, requestId } = await pendingRefund(ana.id);
    await expect(rejectActionRequest(prisma, ana, { actionRequestId: requestId, reason: "   " })).rejects.toMatchObject(
      { code: "invalid_note" },
    );
    await rejectActionRequest(prisma, ana, {
      actionRequestId: requestId,
      reason: "The tent was used for a season, so I can offer a free pole repair instead",
    });
    expect((await customerTranscript(prisma, conversation.id)).at(-1)).toBe(
      `agent: I've reviewed your request for a refund of $420.00 on order ${order.number} and I can't approve it. The tent was used for a season, so I can offer a free pole repair instead.`,
    );
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "rejected",
      decidedById: ana.id,
    });
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "action_request.rejected", actorId: ana.id } }),
    ).not.toBeNull();
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    await expect(approveAction(prisma, ana, requestId, { policy })).rejects.toMatchObject({
      code: "already_decided",
      message: "Ana Lima already rejected this request.",
    });
  });
});
