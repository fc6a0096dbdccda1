import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertMessage, unsafeCustomerTranscript } from "@/lib/db/conversations";
import { readEventsAfter } from "@/lib/realtime/events";
import { seedConversation } from "@/lib/tools/test-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { toMessageView } from "./message-view";

/**
 * The data layer writes a message's `message.created` event without knowing the chat's views; the page reads the
 * transcript through toMessageView. Both must give the customer the same message.
 */
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(() => database?.close());

describe("toMessageView", () => {
  it("is what the message's event carries, without the internal flag", async () => {
    const { prisma } = database;
    const conversation = await seedConversation(prisma);
    const sources = [{ id: "returns", title: "Returns", version: 3, stale: false, score: 0.82 }];
    const row = await insertMessage(prisma, {
      conversationId: conversation.id,
      role: "ai",
      body: "Here is how returns work.",
      sources,
    });
    const events = await readEventsAfter(prisma, { conversationId: conversation.id }, BigInt(0));
    const created = events.find(
      (event) => event.type === "message.created" && (event.payload as { id?: string }).id === row.id,
    );
    const { internal, ...payload } = created!.payload as Record<string, unknown>;
    expect(internal).toBe(false);
    const transcript = await unsafeCustomerTranscript(prisma, conversation.id);
    const stored = transcript.find((message) => message.id === row.id)!;
    expect(toMessageView(stored)).toEqual(payload);
    expect(toMessageView(row)).toEqual(payload);
  });
});
