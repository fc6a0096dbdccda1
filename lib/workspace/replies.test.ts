import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerEventView, readEventsAfter } from "@/lib/realtime/events";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { takeConversation } from "./assignment";
import { addNote, discardDraft, sendReply } from "./replies";
import { customerTranscript, draftFor, handedOver, staff } from "./test-fixtures";

/** What agents write: replies (their own or an AI draft, edited or not) and notes the customer never sees. */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(() => database?.close());

async function heldConversation() {
  const { prisma } = database;
  const agent = await staff(prisma, "agent", "Ana Lima");
  const conversation = await handedOver(prisma);
  await takeConversation(prisma, agent, conversation.id);
  return { agent, conversation };
}

describe("replies", () => {
  it("stores the edit distance of an edited AI draft, and zero for one sent as is", async () => {
    const { prisma } = database;
    const { agent, conversation } = await heldConversation();
    const draft = await draftFor(prisma, conversation.id, "Refunds take 5 days.");
    const edited = await sendReply(prisma, agent, {
      conversationId: conversation.id,
      body: "Refunds take 5-10 days.",
      clientMessageId: randomUUID(),
      draftId: draft.id,
    });
    expect(edited.draft).toEqual({ status: "edited", editDistance: 3 });
    expect(await prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "edited",
      editDistance: 3,
      sentBody: "Refunds take 5-10 days.",
      decidedById: agent.id,
    });

    const second = await draftFor(prisma, conversation.id, "Happy to help!");
    const asIs = await sendReply(prisma, agent, {
      conversationId: conversation.id,
      body: "Happy to help!",
      clientMessageId: randomUUID(),
      draftId: second.id,
    });
    expect(asIs.draft).toEqual({ status: "sent", editDistance: 0 });
    expect((await customerTranscript(prisma, conversation.id)).slice(-2)).toEqual([
      "agent: Refunds take 5-10 days.",
      "agent: Happy to help!",
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "message.sent", details: { path: ["draftId"], equals: draft.id } },
    });
    expect(audit).toMatchObject({
      actorId: agent.id,
      details: expect.objectContaining({ editDistance: 3, status: "edited" }),
    });
  });

  it("uses a draft once: two clicks on Send send one message, and the second is told", async () => {
    const { prisma } = database;
    const { agent, conversation } = await heldConversation();
    const draft = await draftFor(prisma, conversation.id, "Your order ships tomorrow.");
    const send = () =>
      sendReply(prisma, agent, {
        conversationId: conversation.id,
        body: draft.body,
        clientMessageId: randomUUID(),
        draftId: draft.id,
      });
    const results = await Promise.allSettled([send(), send()]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "draft_gone",
    });
    expect(
      (await customerTranscript(prisma, conversation.id)).filter(
        (line) => line === "agent: Your order ships tomorrow.",
      ),
    ).toHaveLength(1);
  });

  it("stores a retried send once (same client id) and stamps the first human reply once", async () => {
    const { prisma } = database;
    const { agent, conversation } = await heldConversation();
    const clientMessageId = randomUUID();
    const first = await sendReply(prisma, agent, { conversationId: conversation.id, body: "On it!", clientMessageId });
    const again = await sendReply(prisma, agent, { conversationId: conversation.id, body: "On it!", clientMessageId });
    expect(again.messageId).toBe(first.messageId);
    const stamped = (await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).firstHumanReplyAt;
    await sendReply(prisma, agent, {
      conversationId: conversation.id,
      body: "Anything else?",
      clientMessageId: randomUUID(),
    });
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).firstHumanReplyAt).toEqual(
      stamped,
    );
    expect((await customerTranscript(prisma, conversation.id)).filter((line) => line === "agent: On it!")).toHaveLength(
      1,
    );
  });

  it("refuses a reply from an agent who does not hold the conversation, and stores nothing", async () => {
    const { prisma } = database;
    const { conversation } = await heldConversation();
    const ben = await staff(prisma, "agent", "Ben Okafor");
    const before = await customerTranscript(prisma, conversation.id);
    await expect(
      sendReply(prisma, ben, { conversationId: conversation.id, body: "Hi from Ben", clientMessageId: randomUUID() }),
    ).rejects.toMatchObject({
      code: "not_yours",
      message: expect.stringContaining("Ana Lima has this conversation"),
    });
    const waiting = await handedOver(prisma);
    await expect(
      sendReply(prisma, ben, { conversationId: waiting.id, body: "Hi", clientMessageId: randomUUID() }),
    ).rejects.toMatchObject({ code: "not_held" });
    expect(await customerTranscript(prisma, conversation.id)).toEqual(before);
    // A supervisor may step in.
    const sam = await staff(prisma, "supervisor", "Sam Patel");
    await sendReply(prisma, sam, {
      conversationId: conversation.id,
      body: "Sam here, helping Ana.",
      clientMessageId: randomUUID(),
    });
    expect((await customerTranscript(prisma, conversation.id)).at(-1)).toBe("agent: Sam here, helping Ana.");
  });

  it("keeps internal notes out of the customer's transcript and live stream", async () => {
    const { prisma } = database;
    const { conversation } = await heldConversation();
    const colleague = await staff(prisma);
    await addNote(prisma, colleague, { conversationId: conversation.id, body: "Customer called yesterday too." });
    expect(
      (await prisma.message.findFirstOrThrow({ where: { conversationId: conversation.id, internal: true } })).body,
    ).toBe("Customer called yesterday too.");
    expect((await customerTranscript(prisma, conversation.id)).join("\n")).not.toContain("called yesterday");
    const events = await readEventsAfter(prisma, { conversationId: conversation.id }, BigInt(0));
    expect(events.some((e) => JSON.stringify(e.payload).includes("called yesterday"))).toBe(true);
    expect(events.map(customerEventView).some((e) => e && JSON.stringify(e.payload).includes("called yesterday"))).toBe(
      false,
    );
  });

  it("records a discarded draft for the override rate, once", async () => {
    const { prisma } = database;
    const { agent, conversation } = await heldConversation();
    const draft = await draftFor(prisma, conversation.id, "Not quite right.");
    await discardDraft(prisma, agent, draft.id);
    await discardDraft(prisma, agent, draft.id);
    expect(await prisma.draft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "discarded",
      decidedById: agent.id,
    });
    expect(await prisma.auditEvent.count({ where: { action: "draft.discarded", target: `draft:${draft.id}` } })).toBe(
      1,
    );
    await expect(
      sendReply(prisma, agent, {
        conversationId: conversation.id,
        body: draft.body,
        clientMessageId: randomUUID(),
        draftId: draft.id,
      }),
    ).rejects.toMatchObject({ code: "draft_gone" });
  });
});
