import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbForTests } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { TurnSink } from "@/lib/pipeline/turn";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { answerCustomerMessage, recoverUnanswered } from "./answer";
import { acceptCustomerMessage, loadBootstrap } from "./service";

/**
 * M3 and L3 (issue 11). A crash between storing a customer's message and answering it left the message unanswered
 * for good (a retry got only an ack, the status stayed `ai`, nobody was told); ten parallel sends with one
 * clientMessageId on PostgreSQL gave one HTTP 500 (the unique constraint) and five acks without a reply.
 * "A crash" here is a message accepted and never answered: what the transcript holds after SIGKILL mid-turn.
 */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])("answering every accepted message on %s", (kind) => {
  let database: TestDatabase;
  /** A second instance: its own connection pool on the same PostgreSQL database (the same client on PGlite). */
  let other: PrismaClient;
  beforeAll(async () => {
    if (unavailable(kind)) return;
    database = await createTestDatabase(kind);
    setDbForTests(database.prisma);
    other =
      database.target.kind === "postgres"
        ? new PrismaClient({ adapter: new PrismaPg({ connectionString: database.target.url, max: 5 }) })
        : database.prisma;
  });
  afterAll(async () => {
    setDbForTests(undefined);
    if (other && other !== database?.prisma) await other.$disconnect();
    await database?.close();
  });

  const LEASE = 400;
  const sink = (): TurnSink & { text: string } => {
    const s = {
      text: "",
      textStart() {},
      textDelta: (_id: string, delta: string) => void (s.text += delta),
      textEnd() {},
    };
    return s;
  };
  const prisma = () => database.prisma;
  const traces = (customerMessageId: string) => prisma().turnTrace.count({ where: { customerMessageId } });
  const aiReplies = (conversationId: string) => prisma().message.count({ where: { conversationId, role: "ai" } });
  /** A message accepted by a server that then died: stored, never answered, its lease run out. */
  async function orphan(text = "How long do I have to return boots?", ageMs = 1_000) {
    const first = await acceptCustomerMessage(undefined, { text, clientMessageId: randomUUID() });
    await age(first.conversationId, ageMs);
    return first;
  }
  /** Moves a conversation's messages back in time, keeping their order. */
  const age = (conversationId: string, ms: number) =>
    prisma()
      .$executeRaw`UPDATE "Message" SET "createdAt" = "createdAt" - ${ms} * interval '1 millisecond' WHERE "conversationId" = ${conversationId}`;

  it.skipIf(unavailable(kind))("answers a message a crash left without a reply, on the next start", async () => {
    const lost = await orphan();
    const greetingOnly = await aiReplies(lost.conversationId);
    const result = await recoverUnanswered({ leaseMs: LEASE });
    expect(result.answered).toBeGreaterThanOrEqual(1);
    expect(await traces(lost.customerMessage.id)).toBe(1);
    expect(await aiReplies(lost.conversationId)).toBe(greetingOnly + 1);
    // Nothing left to recover: a second sweep does nothing.
    await recoverUnanswered({ leaseMs: LEASE });
    expect(await traces(lost.customerMessage.id)).toBe(1);
  });

  it.skipIf(unavailable(kind))("answers it once when two instances recover at the same moment", async () => {
    const lost = await orphan("Do gift cards expire?");
    await Promise.all([
      recoverUnanswered({ leaseMs: LEASE }),
      recoverUnanswered({ leaseMs: LEASE, prisma: other }),
      recoverUnanswered({ leaseMs: LEASE }),
    ]);
    expect(await traces(lost.customerMessage.id)).toBe(1);
  });

  it.skipIf(unavailable(kind))("answers it when the customer reads the conversation again", async () => {
    // Older than the default lease (15 s): the server that held it is gone.
    const lost = await orphan("What is your returns policy?", 60_000);
    await loadBootstrap(lost.newToken);
    const deadline = Date.now() + 10_000;
    while ((await traces(lost.customerMessage.id)) === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(await traces(lost.customerMessage.id)).toBe(1);
  });

  it.skipIf(unavailable(kind))(
    "gives a retry with the same clientMessageId the reply, running the turn the crash lost",
    async () => {
      const clientMessageId = randomUUID();
      const first = await acceptCustomerMessage(undefined, { text: "Can I return a jacket?", clientMessageId });
      await age(first.conversationId, 1_000);

      const retry = await acceptCustomerMessage(first.newToken, { text: "Can I return a jacket?", clientMessageId });
      expect(retry).toMatchObject({ duplicate: true, customerMessage: { id: first.customerMessage.id } });
      const streamed = sink();
      const outcome = await answerCustomerMessage({ ...retry, sink: streamed }, { leaseMs: LEASE });
      expect(outcome.reply ?? outcome.handoff).toBeTruthy();
      if (outcome.reply) expect(streamed.text).toBe(outcome.reply.body);
      expect(await traces(first.customerMessage.id)).toBe(1);

      // A second retry gets the stored reply, without another turn.
      const again = await answerCustomerMessage({ ...retry, sink: sink() }, { leaseMs: LEASE });
      expect(again.reply?.id).toBe(outcome.reply?.id);
      expect(await traces(first.customerMessage.id)).toBe(1);
    },
  );

  it.skipIf(unavailable(kind))("hands a message too old to answer now to a person, with the reason", async () => {
    const lost = await orphan("Where is my refund?", 2 * 3_600_000);
    const result = await recoverUnanswered({ leaseMs: LEASE, conversationId: lost.conversationId });
    expect(result.handedOff).toBe(1);
    expect(await prisma().conversation.findUniqueOrThrow({ where: { id: lost.conversationId } })).toMatchObject({
      status: "waiting_human",
      handoffReason: "reply_interrupted",
    });
  });

  it.skipIf(unavailable(kind))("hands over rather than retry a turn that already failed after a recovery", async () => {
    const lost = await orphan("Do you ship to Canada?");
    await prisma().message.update({ where: { id: lost.customerMessage.id }, data: { turnAttempts: 1 } });
    await recoverUnanswered({ leaseMs: LEASE, conversationId: lost.conversationId });
    expect((await prisma().conversation.findUniqueOrThrow({ where: { id: lost.conversationId } })).status).toBe(
      "waiting_human",
    );
    expect(await traces(lost.customerMessage.id)).toBe(0);
  });

  it.skipIf(unavailable(kind))(
    "leaves alone a message whose turn is still running (fresh lease) and one a person holds",
    async () => {
      const running = await acceptCustomerMessage(undefined, { text: "hello there", clientMessageId: randomUUID() });
      await recoverUnanswered({ leaseMs: 60_000, conversationId: running.conversationId });
      expect(await traces(running.customerMessage.id)).toBe(0);

      const held = await orphan("I need a person");
      await prisma().conversation.update({ where: { id: held.conversationId }, data: { status: "human" } });
      await recoverUnanswered({ leaseMs: LEASE, conversationId: held.conversationId });
      expect(await traces(held.customerMessage.id)).toBe(0);
    },
  );

  it.skipIf(unavailable(kind))(
    "stores ten parallel sends of one message once, and gives every one of them its reply",
    async () => {
      const { newToken } = await acceptCustomerMessage(undefined, { text: "hi", clientMessageId: randomUUID() });
      const clientMessageId = randomUUID();
      const body = { text: "How long does shipping take?", clientMessageId };
      const accepted = await Promise.all(Array.from({ length: 10 }, () => acceptCustomerMessage(newToken, body)));
      expect(new Set(accepted.map((a) => a.customerMessage.id)).size).toBe(1);
      expect(accepted.filter((a) => !a.duplicate)).toHaveLength(1);

      const outcomes = await Promise.all(accepted.map((a) => answerCustomerMessage({ ...a, sink: sink() })));
      const replyIds = new Set(outcomes.map((o) => o.reply?.id ?? `status:${o.handoff?.status}`));
      expect(replyIds.size).toBe(1);
      expect([...replyIds][0]).not.toBe("status:undefined");
      expect(await traces(accepted[0]!.customerMessage.id)).toBe(1);
    },
  );
});
