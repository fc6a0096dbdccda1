import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { createConversationDriver } from "./conversation-driver";

describe("the conversation driver", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(() => database?.close());

  it("drives a long scenario through the chat service: a simulated customer is not a flood", async () => {
    const driver = createConversationDriver(database.prisma);
    const id = await driver.start();
    const questions = [
      "hi",
      "How long do refunds take?",
      "And returns?",
      "Do you ship to Canada?",
      "thanks",
      "one more",
      "ok",
    ];
    for (const text of questions) expect((await driver.say(id, text)).traceId).not.toBeNull();
  });
});
