import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { takeConversation } from "./assignment";
import { inboxCounts, listInbox } from "./queue";
import { resolveConversation } from "./resolve";
import { handedOver, staff } from "./test-fixtures";

/** The queue an agent works from: waiting first, most urgent first, then the longest wait; filters with counts. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(() => database?.close());

describe("inbox queue", () => {
  it("lists waiting conversations by priority then wait, then those held, with filters and counts", async () => {
    const { prisma } = database;
    const [ana, ben] = [await staff(prisma, "agent", "Ana Lima"), await staff(prisma, "agent", "Ben Okafor")];
    const normalOld = await handedOver(prisma, {
      priority: 200,
      minutesAgo: 30,
      customerText: "normal, waiting 30 min",
    });
    const normalNew = await handedOver(prisma, { priority: 200, minutesAgo: 2, customerText: "normal, waiting 2 min" });
    const urgent = await handedOver(prisma, { priority: 420, minutesAgo: 1, customerText: "urgent, waiting 1 min" });
    const anaHolds = await handedOver(prisma, { priority: 500, minutesAgo: 60, customerText: "held by Ana" });
    const benHolds = await handedOver(prisma, { priority: 100, minutesAgo: 90, customerText: "held by Ben" });
    const done = await handedOver(prisma, { customerText: "resolved by Ana" });
    await handedOver(prisma, { status: "ai", customerText: "still with the AI" });
    await takeConversation(prisma, ana, anaHolds.id);
    await takeConversation(prisma, ben, benHolds.id);
    await takeConversation(prisma, ana, done.id);
    await resolveConversation(prisma, ana, { conversationId: done.id, code: "answered" });

    const open = await listInbox(prisma, { filter: "open", staffId: ana.id });
    expect(open.map((row) => row.preview?.body)).toEqual([
      "urgent, waiting 1 min",
      "normal, waiting 30 min",
      "normal, waiting 2 min",
      "held by Ana",
      "held by Ben",
    ]);
    expect(open.map((row) => row.id)).toEqual([urgent.id, normalOld.id, normalNew.id, anaHolds.id, benHolds.id]);
    expect((await listInbox(prisma, { filter: "mine", staffId: ana.id })).map((row) => row.id)).toEqual([anaHolds.id]);
    expect((await listInbox(prisma, { filter: "unassigned", staffId: ana.id })).map((row) => row.id)).toEqual([
      urgent.id,
      normalOld.id,
      normalNew.id,
    ]);
    expect((await listInbox(prisma, { filter: "resolved", staffId: ana.id })).map((row) => row.id)).toEqual([done.id]);
    expect(await inboxCounts(prisma, ana.id)).toEqual({ mine: 1, unassigned: 3, approvals: 0, open: 5, resolved: 1 });
    expect(await inboxCounts(prisma, ben.id)).toMatchObject({ mine: 1 });
  });

  it("shows the latest customer message, whether they await an answer, and pending approvals", async () => {
    const { prisma } = database;
    const agent = await staff(prisma);
    const conversation = await handedOver(prisma, { customerText: "first words" });
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        role: "customer",
        body: "latest words",
        createdAt: new Date(Date.now() + 1000),
      },
    });
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        role: "agent",
        body: "a note",
        internal: true,
        createdAt: new Date(Date.now() + 2000),
      },
    });
    await prisma.actionRequest.create({
      data: { conversationId: conversation.id, tool: "refund", input: {}, reason: "over cap" },
    });
    const rowOf = async () =>
      (await listInbox(prisma, { filter: "open", staffId: agent.id })).find((r) => r.id === conversation.id);
    expect(await rowOf()).toMatchObject({
      preview: { body: "latest words" },
      pendingApprovals: 1,
      awaitingReply: true,
    });
    // Once someone answers, the customer is no longer waiting (a note is not an answer).
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        role: "agent",
        body: "Looking now",
        createdAt: new Date(Date.now() + 3000),
      },
    });
    expect(await rowOf()).toMatchObject({ awaitingReply: false });
  });
});
