import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertMessage } from "@/lib/db/conversations";
import { loadPolicySet } from "@/lib/policy/load";
import { seedConversation } from "@/lib/tools/test-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { conversationTone } from "./conversation-tone";
import { handOff } from "./handoff";
import type { HandoffPacket } from "./handoff-packet";

/**
 * The packet and the inbox's side panel read the same sentiment. The turn stores its message's sentiment after
 * the handoff, so the packet used to read the triggering message as unanalysed ("neutral") while the panel,
 * reading later, showed "frustrated".
 */
const { policy } = loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(() => database?.close());

async function conversationWith(messages: Array<{ body: string; sentiment?: string }>) {
  const conversation = await seedConversation(database.prisma);
  const ids: string[] = [];
  for (const message of messages) {
    const row = await insertMessage(database.prisma, { conversationId: conversation.id, role: "customer", ...message });
    ids.push(row.id);
  }
  return { id: conversation.id, ids };
}

/** What the side panel reads: the stored sentiment of each customer message, oldest first. */
async function panelTone(conversationId: string) {
  const rows = await database.prisma.message.findMany({
    where: { conversationId, role: "customer", internal: false },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { sentiment: true },
  });
  return conversationTone(rows.map((r) => r.sentiment));
}

describe("handOff", () => {
  it("reads the triggering message's sentiment from triage, stores it, and quotes the message with PII redacted", async () => {
    const { id, ids } = await conversationWith([
      { body: "Where is my order NW-100042?", sentiment: "neutral" },
      // The turn's message: stored, sentiment not written yet.
      { body: "Third time asking. I'm done with you people, call me on +1 415 555 0134" },
    ]);
    const result = await handOff(database.prisma, {
      conversationId: id,
      reason: "frustration_trend",
      policy,
      trigger: { messageId: ids[1]!, sentiment: "frustrated" },
    });
    const packet = result.packet!;
    expect(packet.tone).toMatchObject({ sentiment: "frustrated", trend: "worsening" });
    expect(packet.trigger?.text).toContain("I'm done with you people");
    expect(packet.trigger?.text).not.toContain("555 0134");

    const panel = await panelTone(id);
    expect({ sentiment: panel.sentiment, trend: panel.trend }).toEqual({
      sentiment: packet.tone.sentiment,
      trend: packet.tone.trend,
    });
    const stored = await database.prisma.handoffPacket.findFirstOrThrow({ where: { conversationId: id } });
    expect((stored.packet as unknown as HandoffPacket).tone.sentiment).toBe("frustrated");
    expect(stored.summary).not.toContain("555 0134");
  });

  it("without a trigger (the customer's button) agrees with the panel and quotes the latest message", async () => {
    const { id } = await conversationWith([
      { body: "my parcel is late", sentiment: "neutral" },
      { body: "this is ridiculous, still nothing", sentiment: "frustrated" },
      { body: "hello?" }, // a turn still running: not analysed yet
    ]);
    const { packet } = await handOff(database.prisma, {
      conversationId: id,
      reason: "customer_request",
      policy,
      by: "customer",
    });
    const panel = await panelTone(id);
    expect(packet!.tone.sentiment).toBe(panel.sentiment);
    expect(packet!.tone.trend).toBe(panel.trend);
    expect(packet!.tone.sentiment).toBe("frustrated");
    expect(packet!.trigger?.text).toBe("hello?");
  });
});
