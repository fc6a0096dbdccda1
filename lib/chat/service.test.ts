import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbForTests } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { acceptCustomerMessage, ChatError, loadBootstrap } from "./service";

/**
 * Accepting a customer's message: the cookie token is the only key to a conversation, a retried send is stored
 * once, a burst is refused before anything is stored, and a closed conversation is not written to again.
 * The policy's limits apply (policies/support-policy.yaml: 5 messages in 10 seconds, 4,000 characters).
 */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])("accepting customer messages on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (unavailable(kind)) return;
    database = await createTestDatabase(kind);
    setDbForTests(database.prisma);
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await database?.close();
  });

  const send = (token: string | undefined, text: string, clientMessageId: string = randomUUID()) =>
    acceptCustomerMessage(token, { text, clientMessageId });
  const customerMessages = (conversationId: string) =>
    database.prisma.message.findMany({
      where: { conversationId, role: "customer" },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true },
    });

  it.skipIf(unavailable(kind))(
    "starts a conversation with the disclosure, then keeps writing to it with its token",
    async () => {
      const first = await send(undefined, "Where is my order?");
      expect(first).toMatchObject({ status: "ai", duplicate: false });
      expect(first.newToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const greeting = await database.prisma.message.findFirstOrThrow({
        where: { conversationId: first.conversationId, role: "ai" },
      });
      expect(greeting.body).toMatch(/AI/);

      const second = await send(first.newToken, "It was NW-100042.");
      expect(second.conversationId).toBe(first.conversationId);
      expect(second.newToken).toBeUndefined();
      expect((await customerMessages(first.conversationId)).map((m) => m.body)).toEqual([
        "Where is my order?",
        "It was NW-100042.",
      ]);
    },
  );

  it.skipIf(unavailable(kind))(
    "keeps the transcript in the order it was written, even within one millisecond",
    async () => {
      // The clock stands still: every message is written in the same millisecond.
      vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
      let messages;
      try {
        const first = await send(undefined, "one");
        for (const text of ["two", "three", "four"]) await send(first.newToken, text);
        ({ messages } = await loadBootstrap(first.newToken));
      } finally {
        vi.useRealTimers();
      }
      expect(messages.map((m) => [m.role, m.body])).toEqual([
        ["ai", expect.stringMatching(/AI/)],
        ["customer", "one"],
        ["customer", "two"],
        ["customer", "three"],
        ["customer", "four"],
      ]);
    },
  );

  it.skipIf(unavailable(kind))("stores a retried send once and answers it as a duplicate", async () => {
    const { newToken, conversationId } = await send(undefined, "hello");
    const clientMessageId = randomUUID();
    const original = await send(newToken, "Can I return boots?", clientMessageId);
    const retry = await send(newToken, "Can I return boots?", clientMessageId);
    expect(retry).toMatchObject({
      duplicate: true,
      conversationId,
      customerMessage: { id: original.customerMessage.id },
    });
    expect((await customerMessages(conversationId)).filter((m) => m.body === "Can I return boots?")).toHaveLength(1);
  });

  it.skipIf(unavailable(kind))("refuses a burst with a clear error, before storing the refused message", async () => {
    const { newToken, conversationId } = await send(undefined, "one");
    for (const text of ["two", "three", "four", "five"]) await send(newToken, text);
    const refused = await send(newToken, "six").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ChatError);
    expect(refused).toMatchObject({ code: "rate_limited", status: 429, details: { retryAfterSeconds: 10 } });
    expect((await customerMessages(conversationId)).map((m) => m.body)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
    ]);
  });

  it.skipIf(unavailable(kind))("counts only the burst window: older messages do not hold a customer back", async () => {
    const { newToken, conversationId } = await send(undefined, "one");
    for (const text of ["two", "three", "four", "five"]) await send(newToken, text);
    await database.prisma.message.updateMany({
      where: { conversationId },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    await expect(send(newToken, "six")).resolves.toMatchObject({ conversationId, duplicate: false });
  });

  it.skipIf(unavailable(kind))(
    "opens nothing with a forged or unknown token: that starts a new conversation",
    async () => {
      const victim = await send(undefined, "my address is 12 Elm St");
      for (const token of ["x".repeat(43), "not a token", `${victim.newToken}x`]) {
        const attempt = await send(token, "show me the transcript");
        expect(attempt.conversationId).not.toBe(victim.conversationId);
        expect(attempt.newToken).toBeDefined();
      }
      expect((await customerMessages(victim.conversationId)).map((m) => m.body)).toEqual(["my address is 12 Elm St"]);
    },
  );

  it.skipIf(unavailable(kind))("starts a new conversation after the last one was resolved", async () => {
    const first = await send(undefined, "thanks, all sorted");
    await database.prisma.conversation.update({ where: { id: first.conversationId }, data: { status: "resolved" } });
    const next = await send(first.newToken, "one more question");
    expect(next.conversationId).not.toBe(first.conversationId);
    expect(next.newToken).toBeDefined();
  });

  it.skipIf(unavailable(kind))("refuses a message made only of invisible characters as empty", async () => {
    const { newToken, conversationId } = await send(undefined, "hi");
    for (const text of ["\u200B\u200B\u200B", "\u200C\u200D\uFEFF", " \u2060 \u00AD ", "\u200E\u202E\u2066"]) {
      await expect(send(newToken, text)).rejects.toMatchObject({ code: "empty_message", status: 400 });
    }
    // Inside real text a joiner stays: it is part of the emoji.
    await expect(send(newToken, "thanks 👩\u200D💻")).resolves.toMatchObject({ duplicate: false });
    expect((await customerMessages(conversationId)).map((m) => m.body)).toEqual(["hi", "thanks 👩\u200D💻"]);
  });

  it.skipIf(unavailable(kind))("answers 409 when a retry reuses a clientMessageId with different text", async () => {
    const { newToken, conversationId } = await send(undefined, "hello");
    const clientMessageId = randomUUID();
    await send(newToken, "Cancel order NW-100042", clientMessageId);
    const refused = await send(newToken, "Refund order NW-100042", clientMessageId).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ChatError);
    expect(refused).toMatchObject({ code: "client_message_id_reused", status: 409 });
    expect((await customerMessages(conversationId)).map((m) => m.body)).toEqual(["hello", "Cancel order NW-100042"]);
    // The same text again is still a plain retry.
    await expect(send(newToken, "Cancel order NW-100042", clientMessageId)).resolves.toMatchObject({ duplicate: true });
  });

  it.skipIf(unavailable(kind))(
    "masks card numbers and government ids before they are stored, keeping the last four",
    async () => {
      const text =
        "My card 4111 1111 1111 1111 was charged twice, SSN 123-45-6789, IBAN GB82 WEST 1234 5698 7654 32, NI AB 12 34 56 C. Email ana@example.com, call 503-555-0164.";
      const accepted = await send(undefined, text);
      expect(accepted.customerMessage.text).not.toContain("4111 1111");
      const [stored] = await customerMessages(accepted.conversationId);
      expect(stored!.body).toBe(
        "My card [card ending 1111] was charged twice, SSN [SSN ending 6789], IBAN [IBAN ending 5432], NI [national ID ending 456C]. Email ana@example.com, call 503-555-0164.",
      );
      const events = await database.prisma.conversationEvent.findMany({
        where: { conversationId: accepted.conversationId },
      });
      const everything =
        JSON.stringify(events.map((e) => e.payload)) +
        JSON.stringify(await database.prisma.message.findMany({ where: { conversationId: accepted.conversationId } }));
      for (const secret of ["4111 1111 1111 1111", "4111111111111111", "123-45-6789", "GB82 WEST", "AB 12 34 56"])
        expect(everything).not.toContain(secret);
      // A retry of the same text is recognised as the same message, masked the same way.
      await expect(send(accepted.newToken, text, randomUUID())).resolves.toMatchObject({ duplicate: false });
    },
  );

  it.skipIf(unavailable(kind))("refuses empty, oversized and malformed messages without storing anything", async () => {
    const { newToken, conversationId } = await send(undefined, "hi");
    await expect(send(newToken, "   ")).rejects.toMatchObject({ status: 400 });
    await expect(send(newToken, "x".repeat(4_001))).rejects.toMatchObject({ code: "message_too_long", status: 413 });
    await expect(acceptCustomerMessage(newToken, { text: "hi", clientMessageId: "not-a-uuid" })).rejects.toMatchObject({
      code: "invalid_request",
    });
    await expect(acceptCustomerMessage(newToken, null)).rejects.toMatchObject({ code: "invalid_request" });
    expect((await customerMessages(conversationId)).map((m) => m.body)).toEqual(["hi"]);
  });
});
