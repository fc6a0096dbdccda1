import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import type { ToolDecision } from "./authorize";
import { contextFor, seedConversation, seedCustomer, seedOrder } from "./test-fixtures";
import { VERIFICATION_THROTTLE, verifyIdentity } from "./verify-identity";

/**
 * H1 (issue 11): the per-conversation limit alone let a guesser verify "aisha.kim@example.com" on NW-100130 after 31
 * tries in 11 conversations (a new cookie every 3 tries), and each locked conversation went to the human queue.
 */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])("verify_identity across conversations on %s", (kind) => {
  let database: TestDatabase;
  let p: PrismaClient;
  beforeAll(async () => {
    if (unavailable(kind)) return;
    database = await createTestDatabase(kind);
    p = database.prisma;
  });
  afterAll(() => database?.close());

  const T = VERIFICATION_THROTTLE;
  const newCtx = async (now?: Date) => contextFor(p, (await seedConversation(p)).id, now ? { now: () => now } : {});
  const owner = async (email: string) => {
    const customer = await seedCustomer(p, { email });
    return { customer, order: await seedOrder(p, { customerId: customer.id, status: "delivered" }) };
  };
  const wrongOrder = (i: number) => `NW-7${String(i).padStart(5, "0")}`;

  it.skipIf(unavailable(kind))("cannot be brute-forced by starting a new conversation every few attempts", async () => {
    const { customer, order } = await owner(`aisha.kim.${kind}@example.com`);
    const decisions: ToolDecision[] = [];
    // 30 wrong order numbers, 3 per conversation (as many as a conversation allows), then the right one.
    for (let c = 0; c < 10; c++) {
      const ctx = await newCtx();
      for (let i = 0; i < 3; i++)
        decisions.push(await verifyIdentity(ctx, { email: customer.email, orderNumber: wrongOrder(c * 3 + i) }));
    }
    const last = await verifyIdentity(await newCtx(), { email: customer.email, orderNumber: order.number });

    expect(last).toMatchObject({ decision: "denied" });
    if (last.decision !== "denied") throw new Error("expected denial");
    expect(last.customerMessage).toMatch(/try again after \d{2}:\d{2} UTC/);
    expect(await p.conversation.count({ where: { customerId: customer.id } })).toBe(0);
    // Only the first few guesses were checked at all: the rest were refused by the lock.
    const checked = await p.conversation.aggregate({
      _sum: { verificationAttempts: true },
      where: { verificationAttempts: { gt: 0 } },
    });
    expect(checked._sum.verificationAttempts ?? 0).toBeLessThanOrEqual(T.maxFailures + 3);
  });

  it.skipIf(unavailable(kind))(
    "limits guesses at one order number with many emails, across conversations",
    async () => {
      const { customer, order } = await owner(`order.target.${kind}@example.com`);
      for (let c = 0; c < 4; c++) {
        const ctx = await newCtx();
        for (let i = 0; i < 3; i++)
          await verifyIdentity(ctx, { email: `guess${c}-${i}.${kind}@example.com`, orderNumber: order.number });
      }
      expect(await verifyIdentity(await newCtx(), { email: customer.email, orderNumber: order.number })).toMatchObject({
        decision: "denied",
      });
    },
  );

  it.skipIf(unavailable(kind))(
    "says when to try again, lets the customer in after it, and makes each lock longer",
    async () => {
      const { customer, order } = await owner(`growing.${kind}@example.com`);
      const start = new Date("2026-12-03T10:00:00Z");
      const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
      const fail = async (now: Date, n: number) => {
        const out: ToolDecision[] = [];
        for (let i = 0; i < n; i++)
          out.push(
            await verifyIdentity(await newCtx(now), { email: customer.email, orderNumber: wrongOrder(900 + i) }),
          );
        return out;
      };

      const first = await fail(at(0), T.maxFailures);
      expect(first.at(-1)).toMatchObject({
        decision: "denied",
        customerMessage: expect.stringContaining("try again after 10:15 UTC"),
      });
      expect(
        await verifyIdentity(await newCtx(at(14)), { email: customer.email, orderNumber: order.number }),
      ).toMatchObject({
        decision: "denied",
        customerMessage: expect.stringContaining("10:15 UTC"),
      });
      // After the window the right details work again.
      expect(
        await verifyIdentity(await newCtx(at(16)), { email: customer.email, orderNumber: order.number }),
      ).toMatchObject({ decision: "allowed" });

      // The next lock lasts twice as long: 30 minutes.
      const second = await fail(at(20), T.maxFailures);
      expect(second.at(-1)).toMatchObject({ customerMessage: expect.stringContaining("try again after 10:50 UTC") });
      expect(
        await verifyIdentity(await newCtx(at(45)), { email: customer.email, orderNumber: order.number }),
      ).toMatchObject({ decision: "denied" });
      expect(
        await verifyIdentity(await newCtx(at(51)), { email: customer.email, orderNumber: order.number }),
      ).toMatchObject({ decision: "allowed" });
    },
  );

  it.skipIf(unavailable(kind))("hands at most one locked conversation per email to a person", async () => {
    const { customer } = await owner(`queue.flood.${kind}@example.com`);
    const decisions: ToolDecision[] = [];
    for (let c = 0; c < 10; c++) {
      const ctx = await newCtx();
      for (let i = 0; i < 3; i++)
        decisions.push(await verifyIdentity(ctx, { email: customer.email, orderNumber: wrongOrder(500 + c * 3 + i) }));
    }
    const handovers = decisions.filter((d) => d.decision === "denied" && d.escalate);
    expect(handovers).toHaveLength(1);
    expect(decisions.filter((d) => d.decision === "denied" && d.reason === "verification_locked")).toHaveLength(1);
  });

  it.skipIf(unavailable(kind))("keeps a second conversation locked on the same details out of the queue", async () => {
    const sharedOrder = wrongOrder(4242);
    const first = await newCtx();
    const firstDecisions: ToolDecision[] = [];
    for (let i = 0; i < 3; i++)
      firstDecisions.push(
        await verifyIdentity(first, {
          email: `first${i}.${kind}@example.com`,
          orderNumber: i === 2 ? sharedOrder : wrongOrder(4300 + i),
        }),
      );
    expect(firstDecisions.at(-1)).toMatchObject({ reason: "verification_locked", escalate: true });

    const second = await newCtx();
    const secondDecisions: ToolDecision[] = [];
    for (let i = 0; i < 3; i++)
      secondDecisions.push(
        await verifyIdentity(second, {
          email: `second${i}.${kind}@example.com`,
          orderNumber: i === 2 ? sharedOrder : wrongOrder(4400 + i),
        }),
      );
    expect(secondDecisions.at(-1)).toMatchObject({
      decision: "denied",
      reason: "verification_failed",
      escalate: false,
    });
    expect(secondDecisions.at(-1)).toMatchObject({ customerMessage: expect.stringContaining("Talk to a person") });
  });

  it.skipIf(unavailable(kind))("counts parallel guesses from many conversations atomically", async () => {
    const { customer } = await owner(`parallel.${kind}@example.com`);
    const contexts = await Promise.all(Array.from({ length: 12 }, () => newCtx()));
    await Promise.all(
      contexts.map((ctx, i) => verifyIdentity(ctx, { email: customer.email, orderNumber: wrongOrder(800 + i) })),
    );
    const checked = await p.conversation.aggregate({
      _sum: { verificationAttempts: true },
      where: { id: { in: contexts.map((c) => c.conversationId) } },
    });
    expect(checked._sum.verificationAttempts).toBe(T.maxFailures);
  });

  it.skipIf(unavailable(kind))("keeps attempted emails out of the database in clear", async () => {
    await verifyIdentity(await newCtx(), { email: `someone.private.${kind}@example.com`, orderNumber: wrongOrder(77) });
    const keys = (await p.verificationThrottle.findMany({ select: { key: true } })).map((r) => r.key).join(" ");
    expect(keys).not.toContain("someone.private");
    expect(keys).toContain(`order:${wrongOrder(77)}`);
  });
});
