import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffSession } from "@/lib/auth/roles";
import { setDbForTests } from "@/lib/db/client";
import { runConfirmed, verifiedCustomerWithOrder } from "@/lib/tools/test-fixtures";
import { handedOver, staff } from "@/lib/workspace/test-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";

/**
 * The console's server actions are public endpoints: whoever calls them, with whatever input, gets only what the
 * caller's live staff record allows. The session is the one thing faked here (next-auth needs a request); the
 * wrapper, the database and the commands are the real ones.
 */
const session = vi.hoisted(() => ({ current: null as StaffSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getStaffSession: async () => session.current,
}));
const actions = await import("./actions");

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
  setDbForTests(database.prisma);
});
afterAll(async () => {
  setDbForTests(undefined);
  await database?.close();
});

const as = (user: { id: string; name: string; role: StaffSession["role"]; email: string } | null) => {
  session.current = user ? { id: user.id, name: user.name, role: user.role, email: user.email } : null;
};

async function pendingRefundHeldBy(holderId: string) {
  const { prisma } = database;
  const { order, conversation, ctx } = await verifiedCustomerWithOrder(prisma, {
    status: "delivered",
    totalCents: 42_000,
  });
  const asked = await runConfirmed(ctx, "refund", { orderNumber: order.number, reason: "broken", problem: "damaged" });
  if (asked.decision !== "needs_approval") throw new Error("expected an approval request");
  await prisma.conversation.update({ where: { id: conversation.id }, data: { status: "human", assigneeId: holderId } });
  return { order, conversation, requestId: asked.actionRequestId };
}

describe("console actions", () => {
  it("refuse every call without a staff session, such as a customer's, and change nothing", async () => {
    const { prisma } = database;
    const ana = await staff(prisma);
    const waiting = await handedOver(prisma);
    const { conversation, requestId } = await pendingRefundHeldBy(ana.id);
    const before = { messages: await prisma.message.count(), audit: await prisma.auditEvent.count() };
    as(null);
    const calls = [
      actions.takeConversationAction({ conversationId: waiting.id }),
      actions.assignConversationAction({ conversationId: waiting.id, assigneeId: ana.id }),
      actions.releaseConversationAction({ conversationId: conversation.id }),
      actions.handBackAction({ conversationId: conversation.id }),
      actions.sendReplyAction({ conversationId: conversation.id, body: "hi", clientMessageId: randomUUID() }),
      actions.addNoteAction({ conversationId: conversation.id, body: "note" }),
      actions.discardDraftAction({ draftId: randomUUID() }),
      actions.approveActionRequestAction({ actionRequestId: requestId }),
      actions.rejectActionRequestAction({ actionRequestId: requestId, reason: "no" }),
      actions.resolveConversationAction({ conversationId: conversation.id, code: "answered" }),
    ];
    for (const result of await Promise.all(calls))
      expect(result).toEqual({ ok: false, error: { code: "unauthenticated", message: expect.any(String) } });
    expect(await prisma.conversation.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "waiting_human",
      assigneeId: null,
    });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "pending",
    });
    expect({ messages: await prisma.message.count(), audit: await prisma.auditEvent.count() }).toEqual(before);
  });

  it("refuse a disabled agent whose session token is still valid", async () => {
    const { prisma } = database;
    const gone = await staff(prisma);
    await prisma.staffUser.update({ where: { id: gone.id }, data: { active: false } });
    const waiting = await handedOver(prisma);
    as(gone);
    expect(await actions.takeConversationAction({ conversationId: waiting.id })).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: waiting.id } })).assigneeId).toBeNull();
  });

  it("never let an agent approve as another agent: the decider is always the caller", async () => {
    const { prisma } = database;
    const [ana, ben] = [await staff(prisma, "agent", "Ana Lima"), await staff(prisma, "agent", "Ben Okafor")];
    const { order, requestId } = await pendingRefundHeldBy(ana.id);

    as(ben);
    const byBen = await actions.approveActionRequestAction({ actionRequestId: requestId, decidedById: ana.id });
    expect(byBen).toEqual({
      ok: false,
      error: { code: "not_yours", message: "Ana Lima has this conversation. Ask them or a supervisor to reassign it." },
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);

    as(ana);
    const byAna = await actions.approveActionRequestAction({ actionRequestId: requestId, decidedById: ben.id });
    expect(byAna).toMatchObject({ ok: true, data: { outcome: "executed" } });
    expect(await prisma.actionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "executed",
      decidedById: ana.id,
    });
  });

  it("refuse ids that are not UUIDs, and empty or oversized text, before touching the database", async () => {
    const { prisma } = database;
    const ana = await staff(prisma);
    as(ana);
    for (const conversationId of ["1", "../admin", "' OR 1=1 --", ""]) {
      expect(await actions.takeConversationAction({ conversationId })).toMatchObject({
        ok: false,
        error: { code: "invalid_input" },
      });
    }
    const conversation = await handedOver(prisma, { status: "human", assigneeId: ana.id });
    for (const body of ["   ", "x".repeat(4001)]) {
      expect(
        await actions.sendReplyAction({ conversationId: conversation.id, body, clientMessageId: randomUUID() }),
      ).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    expect(await actions.resolveConversationAction({ conversationId: conversation.id, code: "made_up" })).toMatchObject(
      { ok: false, error: { code: "invalid_input" } },
    );
  });
});
