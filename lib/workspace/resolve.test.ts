import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerEventView, readEventsAfter } from "@/lib/realtime/events";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { takeConversation } from "./assignment";
import { csatState, recordCsat, resolveConversation } from "./resolve";
import { handedOver, staff } from "./test-fixtures";

/** Resolving records who and how (the resolution path); the customer then rates it once. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(() => database?.close());

describe("resolve and CSAT", () => {
  it("records AI then human when the AI answered first, human only when it did not", async () => {
    const { prisma } = database;
    const ana = await staff(prisma);
    const afterAi = await handedOver(prisma, { aiAnswered: true });
    const straightToPerson = await handedOver(prisma, { aiAnswered: false });
    for (const conversation of [afterAi, straightToPerson]) await takeConversation(prisma, ana, conversation.id);
    expect(
      await resolveConversation(prisma, ana, {
        conversationId: afterAi.id,
        code: "refund_issued",
        handoffNeeded: true,
      }),
    ).toEqual({ resolutionPath: "ai_then_human" });
    expect(await resolveConversation(prisma, ana, { conversationId: straightToPerson.id, code: "answered" })).toEqual({
      resolutionPath: "human_only",
    });
    expect(await prisma.conversation.findUniqueOrThrow({ where: { id: afterAi.id } })).toMatchObject({
      status: "resolved",
      resolvedBy: ana.id,
      resolutionCode: "refund_issued",
      resolutionPath: "ai_then_human",
      handoffAssessment: "needed",
      handoffAssessedById: ana.id,
    });
    // The customer's page learns it is resolved (and asks for a rating).
    const events = (await readEventsAfter(prisma, { conversationId: afterAi.id }, BigInt(0))).map(customerEventView);
    expect(
      events.some((e) => e?.type === "conversation.status" && (e.payload as { status: string }).status === "resolved"),
    ).toBe(true);
    expect(
      await prisma.auditEvent.findFirst({
        where: { action: "conversation.resolved", target: `conversation:${afterAi.id}`, actorId: ana.id },
      }),
    ).not.toBeNull();
  });

  it("will not resolve while an approval waits, or for an agent who does not hold it", async () => {
    const { prisma } = database;
    const [ana, ben] = [await staff(prisma), await staff(prisma)];
    const conversation = await handedOver(prisma);
    await takeConversation(prisma, ana, conversation.id);
    await prisma.actionRequest.create({
      data: { conversationId: conversation.id, tool: "refund", input: {}, reason: "over cap" },
    });
    await expect(
      resolveConversation(prisma, ana, { conversationId: conversation.id, code: "answered" }),
    ).rejects.toMatchObject({ code: "pending_approvals" });
    await prisma.actionRequest.updateMany({ where: { conversationId: conversation.id }, data: { status: "rejected" } });
    await expect(
      resolveConversation(prisma, ben, { conversationId: conversation.id, code: "answered" }),
    ).rejects.toMatchObject({ code: "not_yours" });
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status).toBe("human");
  });

  it("takes one rating per resolved conversation, with the comment, and none before it is resolved", async () => {
    const { prisma } = database;
    const ana = await staff(prisma);
    const conversation = await handedOver(prisma);
    await expect(recordCsat(prisma, conversation.id, { score: 5 })).rejects.toMatchObject({ code: "not_resolved" });
    await takeConversation(prisma, ana, conversation.id);
    await resolveConversation(prisma, ana, { conversationId: conversation.id, code: "answered" });
    expect(await csatState(prisma, conversation.id)).toEqual({ canRate: true, score: null });
    await recordCsat(prisma, conversation.id, { score: 4, comment: "  Quick and kind.  " });
    await expect(recordCsat(prisma, conversation.id, { score: 1 })).rejects.toMatchObject({ code: "already_rated" });
    expect(await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      csatScore: 4,
      csatComment: "Quick and kind.",
      resolutionPath: "ai_then_human",
    });
    expect(await csatState(prisma, conversation.id)).toEqual({ canRate: false, score: 4 });
  });

  it("stores a rating of a conversation the AI resolved alone as AI only", async () => {
    const { prisma } = database;
    const conversation = await handedOver(prisma, { status: "ai" });
    await prisma.conversation.update({
      where: { id: conversation.id },
      data: { status: "resolved", resolvedAt: new Date() },
    });
    await recordCsat(prisma, conversation.id, { score: 5 });
    expect(await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      csatScore: 5,
      resolutionPath: "ai_only",
    });
  });
});
