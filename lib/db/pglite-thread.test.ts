import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { migrationScripts } from "./memory";
import { createThreadedPglite } from "./pglite-thread";

/**
 * The embedded database on its worker thread behaves as it does in-process (queries, transactions that commit or
 * roll back, Prisma's error codes), keeps its data on disk, and leaves the calling thread free while it works.
 */
describe("PGlite on a worker thread", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "tandem-thread-"));
  let handle: ReturnType<typeof createThreadedPglite>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    handle = createThreadedPglite(dataDir);
    const connection = await handle.adapter.connect();
    for (const script of migrationScripts()) await connection.executeScript(script);
    prisma = new PrismaClient({ adapter: handle.adapter });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await handle?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reads and writes through Prisma, relations and JSON included", async () => {
    const conversation = await prisma.conversation.create({
      data: {
        accessTokenHash: "thread-1",
        messages: { create: { role: "ai", body: "Hi", sources: [{ id: "returns" }] } },
      },
      select: { id: true, messages: { select: { body: true, sources: true } } },
    });
    expect(conversation.messages).toEqual([{ body: "Hi", sources: [{ id: "returns" }] }]);
    const [row] = await prisma.$queryRaw<
      Array<{ n: bigint }>
    >`SELECT count(*) AS n FROM "Message" WHERE "conversationId" = ${conversation.id}`;
    expect(row?.n).toBe(BigInt(1));
  });

  it("commits a transaction, and rolls one back when it throws", async () => {
    await prisma.$transaction(async (tx) => {
      await tx.conversation.create({ data: { accessTokenHash: "thread-commit" } });
    });
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.conversation.create({ data: { accessTokenHash: "thread-rollback" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const hashes = (await prisma.conversation.findMany({ select: { accessTokenHash: true } })).map(
      (c) => c.accessTokenHash,
    );
    expect(hashes).toContain("thread-commit");
    expect(hashes).not.toContain("thread-rollback");
  });

  it("reports a unique violation as Prisma's P2002, which idempotency relies on", async () => {
    await prisma.conversation.create({ data: { accessTokenHash: "thread-unique" } });
    const error = await prisma.conversation
      .create({ data: { accessTokenHash: "thread-unique" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("keeps the calling thread free while a long query runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      await prisma.$queryRaw`SELECT count(*) FROM generate_series(1, 3000000)`;
    } finally {
      clearInterval(timer);
    }
    // In-process, the WebAssembly database would hold this thread for the whole query: no tick at all.
    expect(ticks).toBeGreaterThan(3);
  });

  it("keeps the data on disk for the next start", async () => {
    await prisma.conversation.create({ data: { accessTokenHash: "thread-durable" } });
    await prisma.$disconnect();
    await handle.close();
    handle = createThreadedPglite(dataDir);
    prisma = new PrismaClient({ adapter: handle.adapter });
    expect(await prisma.conversation.count({ where: { accessTokenHash: "thread-durable" } })).toBe(1);
    // One process per data folder at a time: the next test opens it on a thread of its own.
    await prisma.$disconnect();
    await handle.close();
  });

  it("starts again after its thread dies, with the data intact", async () => {
    // A thread with a small heap, and a result too big for it: the thread runs out of memory and dies.
    const small = createThreadedPglite(dataDir, {
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
    });
    const client = new PrismaClient({ adapter: small.adapter });
    try {
      expect(await client.conversation.count({ where: { accessTokenHash: "thread-durable" } })).toBe(1);
      await expect(client.$queryRaw`SELECT repeat('x', 100000) FROM generate_series(1, 3000)`).rejects.toThrow(
        /embedded database/,
      );
      expect(await client.conversation.count({ where: { accessTokenHash: "thread-durable" } })).toBe(1);
    } finally {
      await client.$disconnect();
      await small.close();
    }
  });

  it("fails clearly, without hanging, when its database cannot open", async () => {
    // The folder is a file: PGlite cannot open it.
    const notAFolder = path.join(dataDir, "PG_VERSION");
    const broken = createThreadedPglite(notAFolder);
    const client = new PrismaClient({ adapter: broken.adapter });
    try {
      await expect(client.conversation.count()).rejects.toThrow(
        /embedded database stopped: PGlite could not open .*PG_VERSION/,
      );
    } finally {
      await client.$disconnect().catch(() => {});
      await broken.close();
    }
  });
});
