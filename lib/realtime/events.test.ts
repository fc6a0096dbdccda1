import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { appendEvent, writeWithEvents } from "@/lib/db/events";
import { readEventsAfter } from "./events";

/**
 * A write and the events that announce it are one statement: both land or neither does, events get increasing
 * seqs in the order given, and with PostgreSQL (DATABASE_URL set, so other instances may share the database)
 * other instances hear of them through NOTIFY once they are committed.
 */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])("events written with their data on %s", (kind) => {
  let database: TestDatabase;
  let conversationId: string;
  const savedUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    if (unavailable(kind)) return;
    database = await createTestDatabase(kind);
    // The shared-database path (advisory lock, NOTIFY) is the one PostgreSQL deployments run.
    if (database.target.kind === "postgres") process.env.DATABASE_URL = database.target.url;
    resetEnvForTests();
    conversationId = (await database.prisma.conversation.create({ data: { accessTokenHash: `events-${kind}` } })).id;
  });
  afterAll(async () => {
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
    resetEnvForTests();
    await database?.close();
  });

  const rename = (name: string) =>
    Prisma.sql`UPDATE "Conversation" SET "intent" = ${name} WHERE "id" = ${conversationId}`;

  it.skipIf(unavailable(kind))("stores the writes and their events together, events in the order given", async () => {
    const { prisma } = database;
    const before = await latest();
    await writeWithEvents(
      prisma,
      [rename("returns")],
      ["first", "second", "third"].map((body) => ({
        conversationId,
        type: "message.created" as const,
        payload: { body },
      })),
    );
    const events = await readEventsAfter(prisma, { conversationId }, before);
    expect(events.map((event) => (event.payload as { body: string }).body)).toEqual(["first", "second", "third"]);
    expect(events.map((event) => BigInt(event.seq))).toEqual(
      [...events.map((event) => BigInt(event.seq))].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).intent).toBe("returns");
  });

  it.skipIf(unavailable(kind))("stores neither the writes nor the events when a write fails", async () => {
    const { prisma } = database;
    const before = await latest();
    const failing = Prisma.sql`INSERT INTO "Message" ("id", "conversationId", "role", "body") VALUES ('m-1', 'no such conversation', 'customer', 'hi')`;
    await expect(
      writeWithEvents(
        prisma,
        [rename("refunds"), failing],
        [{ conversationId, type: "message.created", payload: { body: "lost" } }],
      ),
    ).rejects.toThrow();
    expect(await readEventsAfter(prisma, { conversationId }, before)).toEqual([]);
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } })).intent).toBe("returns");
  });

  it.skipIf(unavailable(kind))("appends inside a caller's transaction and returns the new seq", async () => {
    const { prisma } = database;
    const before = await latest();
    const seq = await prisma.$transaction((tx) =>
      appendEvent(tx, { conversationId, type: "conversation.status", payload: { status: "ai" } }),
    );
    expect(seq > before).toBe(true);
    expect((await readEventsAfter(prisma, { conversationId }, before)).map((event) => event.seq)).toEqual([
      String(seq),
    ]);
  });

  if (kind === "postgres")
    it.skipIf(unavailable(kind))("wakes other instances with NOTIFY, after the commit and not before", async () => {
      const { prisma, target } = database;
      if (target.kind !== "postgres") throw new Error("unreachable");
      const listener = new pg.Client({ connectionString: target.url });
      await listener.connect();
      try {
        const heard: string[] = [];
        listener.on("notification", (message) => heard.push(message.payload ?? ""));
        await listener.query("LISTEN tandem_events");
        let appended!: () => void;
        const inTransaction = new Promise<void>((resolve) => (appended = resolve));
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        const transaction = prisma.$transaction(async (tx) => {
          await appendEvent(tx, { conversationId, type: "message.created", payload: { body: "in a transaction" } });
          appended();
          await held;
        });
        await Promise.race([inTransaction, transaction]);
        // A notification committed after the held event was written (not an event: those wait for the held
        // transaction's advisory lock) must be heard, and the held event must not have been heard before it.
        const marker = `committed after ${conversationId}`;
        await listener.query("SELECT pg_notify('tandem_events', $1)", [marker]);
        await expect.poll(() => heard.length, { timeout: 5_000 }).toBeGreaterThan(0);
        expect(heard).toEqual([marker]);
        release();
        await transaction;
        await writeWithEvents(
          prisma,
          [],
          [{ conversationId, type: "message.created", payload: { body: "on its own" } }],
        );
        await expect.poll(() => heard, { timeout: 5_000 }).toEqual([marker, conversationId, conversationId]);
      } finally {
        await listener.end();
      }
    });

  async function latest(): Promise<bigint> {
    const row = await database.prisma.conversationEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    return row?.seq ?? BigInt(0);
  }
});
