import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomeMetrics } from "@/lib/metrics/outcomes";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { seedHistory } from "./history";
import { planHistory } from "./history-plan";
import { seedStaff, seedStore } from "./store";

const DAY = 86_400_000;

describe("demo history", () => {
  let database: TestDatabase;
  const now = new Date("2026-06-30T12:00:00.000Z");
  let result: Awaited<ReturnType<typeof seedHistory>>;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await seedStore(database.prisma, { customers: 60, orders: 300, now });
    await seedStaff(database.prisma);
    result = await seedHistory(database.prisma, { conversations: 160, days: 30, now, openInbox: false });
  }, 120_000);
  afterAll(() => database?.close());

  it("plans the same history from the same seed and clock", () => {
    const customers = [{ id: "c1", email: "c1@example.com", orders: [] }];
    const plan = () =>
      planHistory({ conversations: 50, days: 30, now, seed: 7, customers, shoppers: customers, accountShare: 0 }).map(
        (p) => [p.id, p.startAt.toISOString(), p.turns.join("|")],
      );
    expect(plan()).toEqual(plan());
  });

  it("writes about the requested number of conversations, each driven or repeating a driven one", async () => {
    expect(result).toMatchObject({ skipped: false, conversations: 160 });
    if (result.skipped) return;
    expect(result.driven + result.cloned).toBe(160);
    expect(result.driven).toBeGreaterThan(20);
    expect(
      await database.prisma.conversation.count({ where: { accessTokenHash: { startsWith: "seed-history:" } } }),
    ).toBe(160);
  });

  it("puts every row in the history window, none in the future", async () => {
    const from = new Date(now.getTime() - 31 * DAY);
    for (const table of ["conversation", "message", "turnTrace", "auditEvent"] as const) {
      const [early, late] = await Promise.all([
        (database.prisma[table] as unknown as { count(a: unknown): Promise<number> }).count({
          where: { createdAt: { lt: from } },
        }),
        (database.prisma[table] as unknown as { count(a: unknown): Promise<number> }).count({
          where: { createdAt: { gt: now } },
        }),
      ]);
      expect({ table, early, late }).toEqual({ table, early: 0, late: 0 });
    }
  });

  it("keeps each repeated conversation's traces pointing at its own messages", async () => {
    const orphans = await database.prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "TurnTrace" t JOIN "Message" m ON m.id = t."customerMessageId" WHERE m."conversationId" <> t."conversationId"`;
    expect(orphans[0]?.n).toBe(0);
  });

  it("has every path, handoffs people took and rated, re-contacts and abandonment", async () => {
    const paths = await database.prisma.conversation.groupBy({ by: ["resolutionPath"], _count: { _all: true } });
    const count = (path: string | null) => paths.find((p) => p.resolutionPath === path)?._count._all ?? 0;
    for (const path of ["ai_only", "ai_then_human", "human_only", "abandoned"])
      expect(count(path), path).toBeGreaterThan(0);
    expect(count(null)).toBe(0); // openInbox: false leaves nothing open
    const metrics = await outcomeMetrics(database.prisma, { from: new Date(now.getTime() - 30 * DAY), to: now, now });
    expect(metrics.overall.recontacted).toBeGreaterThan(0);
    expect(metrics.overall.rated).toBeGreaterThan(0);
    const agentMessages = await database.prisma.message.count({ where: { role: "agent", authorId: { not: null } } });
    expect(agentMessages).toBeGreaterThan(0);
  });

  it("leaves the AI's and the staff's actions in the audit log", async () => {
    const actions = await database.prisma.auditEvent.groupBy({ by: ["action"], _count: { _all: true } });
    const names = actions.map((a) => a.action);
    expect(names).toEqual(
      expect.arrayContaining([
        "auth.sign_in",
        "conversation.taken",
        "message.sent",
        "conversation.resolved",
        "csat.recorded",
        "handoff.assessed",
        "conversation.handed_off",
      ]),
    );
    expect(names.some((name) => name.startsWith("tool."))).toBe(true);
  });

  it("does nothing on a second run", async () => {
    const before = await database.prisma.conversation.count();
    expect(await seedHistory(database.prisma, { conversations: 160, days: 30, now })).toMatchObject({ skipped: true });
    expect(await database.prisma.conversation.count()).toBe(before);
  });
});
