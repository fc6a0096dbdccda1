import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerEventView, readEventsAfter } from "@/lib/realtime/events";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { assignConversation, handBackToAi, releaseConversation, takeConversation } from "./assignment";
import { WorkspaceError } from "./errors";
import { customerTranscript, handedOver, staff } from "./test-fixtures";

/** Take, assign, release, hand back: who holds a conversation, decided by the database, never twice. */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])("assignment on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!unavailable(kind)) database = await createTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it.skipIf(unavailable(kind))(
    "lets exactly one of two simultaneous takers win, and tells the other who did",
    async () => {
      const { prisma } = database;
      const [ana, ben] = [await staff(prisma, "agent", "Ana Lima"), await staff(prisma, "agent", "Ben Okafor")];
      for (let round = 0; round < 5; round++) {
        const conversation = await handedOver(prisma);
        const results = await Promise.allSettled([
          takeConversation(prisma, ana, conversation.id),
          takeConversation(prisma, ben, conversation.id),
        ]);
        const won = results.filter((r) => r.status === "fulfilled");
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        const row = await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
        const winner = row.assigneeId === ana.id ? ana : ben;
        expect(lost[0]!.reason).toBeInstanceOf(WorkspaceError);
        expect(lost[0]!.reason).toMatchObject({
          code: "already_taken",
          message: `${winner.name} took this conversation a moment ago.`,
        });
        expect(row.status).toBe("human");
        expect(row.takenAt).not.toBeNull();
        // The customer is told once who joined; the audit log has one take.
        const joined = (await customerTranscript(prisma, conversation.id)).filter((line) =>
          line.includes("joined the conversation"),
        );
        expect(joined).toEqual([`system: ${winner.name} from our support team joined the conversation.`]);
        expect(
          await prisma.auditEvent.count({
            where: { action: "conversation.taken", target: `conversation:${conversation.id}` },
          }),
        ).toBe(1);
      }
    },
  );

  it.skipIf(unavailable(kind))("stops the AI and shows the customer who they are talking to", async () => {
    const { prisma } = database;
    const ana = await staff(prisma, "agent", "Ana Lima");
    const conversation = await handedOver(prisma);
    await takeConversation(prisma, ana, conversation.id);
    const events = (await readEventsAfter(prisma, { conversationId: conversation.id }, BigInt(0)))
      .map(customerEventView)
      .filter(Boolean);
    expect(events.map((e) => [e!.type, e!.payload])).toEqual(
      expect.arrayContaining([
        ["conversation.assigned", { agentName: "Ana Lima" }],
        ["conversation.status", { status: "human" }],
      ]),
    );
    // A second click by the same agent is not an error.
    await expect(takeConversation(prisma, ana, conversation.id)).resolves.toBeUndefined();
  });

  it.skipIf(unavailable(kind))(
    "lets an agent release only what they hold; a supervisor may release anyone's",
    async () => {
      const { prisma } = database;
      const [ana, ben, sam] = [await staff(prisma), await staff(prisma), await staff(prisma, "supervisor")];
      const conversation = await handedOver(prisma);
      await takeConversation(prisma, ana, conversation.id);
      await expect(releaseConversation(prisma, ben, conversation.id)).rejects.toMatchObject({ code: "not_yours" });
      await expect(handBackToAi(prisma, ben, conversation.id)).rejects.toMatchObject({ code: "not_yours" });
      expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId).toBe(ana.id);

      await releaseConversation(prisma, sam, conversation.id);
      const row = await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
      expect(row).toMatchObject({ status: "waiting_human", assigneeId: null });
      expect((await customerTranscript(prisma, conversation.id)).at(-1)).toMatch(
        /Another member of our team will pick this up/,
      );
      expect(
        await prisma.auditEvent.findFirst({ where: { action: "conversation.released", actorId: sam.id } }),
      ).not.toBeNull();
    },
  );

  it.skipIf(unavailable(kind))(
    "assigns to an active colleague, refuses an inactive one, and keeps agents off others' conversations",
    async () => {
      const { prisma } = database;
      const [ana, ben, cat] = [await staff(prisma), await staff(prisma, "agent", "Ben Okafor"), await staff(prisma)];
      const gone = await staff(prisma);
      await prisma.staffUser.update({ where: { id: gone.id }, data: { active: false } });
      const conversation = await handedOver(prisma);
      await takeConversation(prisma, ana, conversation.id);

      await expect(
        assignConversation(prisma, ana, { conversationId: conversation.id, assigneeId: gone.id }),
      ).rejects.toMatchObject({ code: "invalid_assignee" });
      await expect(
        assignConversation(prisma, cat, { conversationId: conversation.id, assigneeId: cat.id }),
      ).rejects.toMatchObject({ code: "not_yours" });
      await expect(
        assignConversation(prisma, ana, { conversationId: conversation.id, assigneeId: ben.id }),
      ).resolves.toEqual({ assigneeName: "Ben Okafor" });
      expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).assigneeId).toBe(ben.id);
      expect((await customerTranscript(prisma, conversation.id)).at(-1)).toBe(
        "system: Ben Okafor from our support team is taking over this conversation.",
      );
    },
  );

  it.skipIf(unavailable(kind))("hands back to the AI, but not while an approval is waiting", async () => {
    const { prisma } = database;
    const ana = await staff(prisma);
    const conversation = await handedOver(prisma);
    await takeConversation(prisma, ana, conversation.id);
    const request = await prisma.actionRequest.create({
      data: { conversationId: conversation.id, tool: "refund", input: {}, reason: "over cap" },
    });
    await expect(handBackToAi(prisma, ana, conversation.id)).rejects.toMatchObject({ code: "pending_approvals" });
    await prisma.actionRequest.update({ where: { id: request.id }, data: { status: "rejected" } });
    await handBackToAi(prisma, ana, conversation.id);
    expect(await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({
      status: "ai",
      assigneeId: null,
    });
  });
});
