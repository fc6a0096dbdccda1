import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { FIXTURE_IDS, FIXTURE_RANGE, seedMetricsFixture } from "@/test/support/metrics-fixture";
import { costMetrics } from "./cost";
import { loadDashboard } from "./dashboard";
import { escalationMetrics } from "./escalations";
import { dailyVolume, outcomeMetrics, outcomeRates } from "./outcomes";
import { priceTable } from "./prices";
import { qaSummary } from "./qa";
import { knowledgeGaps, overrideMetrics, violationMetrics } from "./quality";
import { refreshRollups } from "./rollup";

// Every expected number below is worked out by hand from the table in test/support/metrics-fixture.ts.
describe.each<TestDatabaseKind>(["pglite", "postgres"])("supervisor metrics on %s", (kind) => {
  describe.skipIf(unavailable(kind))("", () => {
    let database: TestDatabase;
    const range = FIXTURE_RANGE;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      await seedMetricsFixture(database.prisma);
      expect((await refreshRollups(database.prisma)).mode).toBe("full");
    });
    afterAll(() => database?.close());

    it("splits conversations by path, counting only contacts started in the range", async () => {
      const { overall, byPath } = await outcomeMetrics(database.prisma, range);
      expect(overall.total).toBe(9); // c8 never wrote, c9 started in May
      expect(Object.fromEntries(Object.entries(byPath).map(([path, row]) => [path, row.total]))).toEqual({
        ai_only: 3,
        ai_then_human: 2,
        human_only: 1,
        abandoned: 1,
        open: 2,
      });
    });

    it("counts a resolution as durable only after 7 days without a re-contact on the same intent", async () => {
      const { overall, byPath } = await outcomeMetrics(database.prisma, range);
      expect(overall).toMatchObject({ resolved: 6, durable: 3, recontacted: 2, pending: 1, settled: 6 });
      expect(byPath.ai_only).toMatchObject({ durable: 1, recontacted: 1, pending: 1, settled: 2 }); // c3; c1; c4
      expect(byPath.ai_then_human).toMatchObject({ durable: 1, recontacted: 1, settled: 2 }); // c2; c10
      expect(byPath.abandoned).toMatchObject({ resolved: 0, durable: 0, settled: 1 }); // abandonment is not resolution
      const rates = outcomeRates(overall);
      expect(rates.durableRate).toBeCloseTo(3 / 6);
      expect(rates.recontactRate).toBeCloseTo(2 / 5);
    });

    it("computes first-contact resolution over first contacts whose outcome is settled", async () => {
      const { overall } = await outcomeMetrics(database.prisma, range);
      // c2 repeats c1 and c11 repeats c10; of the 7 first contacts, c1 c3 c5 c6 c10 are settled, c3 and c6 durable.
      expect(overall).toMatchObject({ firstContacts: 7, firstContactsSettled: 5, firstContactsDurable: 2 });
      expect(outcomeRates(overall).fcrRate).toBeCloseTo(2 / 5);
    });

    it("reports CSAT by path, turns per conversation and median handling times", async () => {
      const { overall, byPath } = await outcomeMetrics(database.prisma, range);
      expect(overall).toMatchObject({ rated: 4, csatAvg: 3, satisfied: 2 });
      expect(byPath.ai_only.csatAvg).toBeCloseTo(3.5);
      expect(byPath.ai_then_human.csatAvg).toBeCloseTo(2.5);
      expect(byPath.human_only.csatAvg).toBeNull();
      expect(overall.turnsAvg).toBeCloseTo(13 / 9);
      expect(overall.handleSeconds).toBe(1800); // 25, 30 and 40 minutes
      expect(overall.firstReplySeconds).toBe(420); // 5, 7 and 22 minutes after the handoff
      expect(overall.resolveSeconds).toBe(1200); // median of 4, 5, 10, 30, 40, 60 minutes
    });

    it("fills every day of the range and counts each conversation on the day it started", async () => {
      const days = await dailyVolume(database.prisma, range);
      expect(days).toHaveLength(30);
      expect(days.find((d) => d.day === "2026-06-05")).toMatchObject({ ai_then_human: 1, ai_only: 0 });
      expect(days.find((d) => d.day === "2026-06-28")).toMatchObject({ open: 1 });
      expect(days.find((d) => d.day === "2026-06-20")).toMatchObject({ ai_only: 0, open: 0 });
      expect(days.reduce((sum, d) => sum + d.ai_only + d.ai_then_human + d.human_only + d.abandoned + d.open, 0)).toBe(
        9,
      );
    });

    it("gives the escalation rate by intent and reason, and the appropriateness people marked", async () => {
      const e = await escalationMetrics(database.prisma, range);
      expect(e).toMatchObject({ total: 9, escalated: 4, needed: 2, notNeeded: 1 });
      expect(e.rate).toBeCloseTo(4 / 9);
      expect(e.appropriateness).toBeCloseTo(2 / 3);
      expect(e.byIntent.find((row) => row.intent === "refund")).toMatchObject({ total: 2, escalated: 1, rate: 0.5 });
      expect(e.byIntent.find((row) => row.intent === "order_status")).toMatchObject({ total: 2, escalated: 0 });
      expect(e.byReason).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ reason: "customer_request", count: 1, needed: 1, notNeeded: 0 }),
          expect.objectContaining({
            reason: "policy_human_only",
            count: 1,
            needed: 0,
            notNeeded: 1,
            appropriateness: 0,
          }),
          expect.objectContaining({ reason: "low_retrieval_confidence", count: 1, appropriateness: null }),
        ]),
      );
      expect(e.byReason).toHaveLength(4);
    });

    it("counts discarded and heavily edited drafts and rejected actions as overrides", async () => {
      const o = await overrideMetrics(database.prisma, range);
      expect(o).toMatchObject({
        draftsDecided: 4,
        draftsSent: 1,
        draftsEdited: 2,
        draftsHeavilyEdited: 1,
        draftsDiscarded: 1,
        actionsDecided: 2,
        actionsRejected: 1,
        overrides: 3,
      });
      expect(o.rate).toBeCloseTo(0.5);
    });

    it("prices tokens per model, leaves unpriced models out and says which they are", async () => {
      const cost = await costMetrics(database.prisma, range, priceTable());
      expect(cost).toMatchObject({
        turns: 13,
        inputTokens: 3500,
        outputTokens: 550,
        unpricedModels: ["unknown-model"],
      });
      expect(cost.costUsd).toBeCloseTo((3000 * 0.4 + 500 * 1.6) / 1e6, 10);
      expect(cost.byPath.ai_only.costUsd).toBeCloseTo(0.002, 10);
      const custom = await costMetrics(
        database.prisma,
        range,
        priceTable({ "unknown-model": { input: 10, output: 20 } }),
      );
      expect(custom.costUsd).toBeCloseTo(0.002 + (500 * 10 + 50 * 20) / 1e6, 10);
      expect(custom.unpricedModels).toEqual([]);
    });

    it("counts guardrail violations by type and flagged manipulation attempts", async () => {
      expect(await violationMetrics(database.prisma, range)).toEqual([
        { type: "ungrounded_amount", count: 2, conversations: 2 },
        { type: "prohibited_phrase", count: 1, conversations: 1 },
        { type: "prompt_injection", count: 1, conversations: 1 },
      ]);
    });

    it("groups questions answered with weak knowledge, leaving out handoffs and answers an action carried", async () => {
      const gaps = await knowledgeGaps(database.prisma, range, 0.35);
      expect(gaps.map(({ intent, articleId, count }) => ({ intent, articleId, count }))).toEqual([
        { intent: "shipping", articleId: "shipping", count: 2 },
        { intent: "order_status", articleId: "order-tracking", count: 1 },
      ]);
      expect(gaps[0]?.examples).toEqual(["c5 customer question 1", "c5 customer question 2"]);
      expect(gaps[0]?.avgScore).toBeCloseTo(0.1);
    });

    it("averages QA rubric scores of reviewed conversations in the range", async () => {
      expect(await qaSummary(database.prisma, range)).toEqual({
        reviews: 2,
        conversations: 2,
        policyAccuracy: 3,
        tone: 4,
        resolution: 4,
        escalationAppropriate: 3,
      });
    });

    it("loads the whole dashboard in one call", async () => {
      const dashboard = await loadDashboard(database.prisma, range, {
        prices: priceTable(),
        lowRetrievalConfidence: 0.35,
      });
      expect(dashboard.outcomes.overall.total).toBe(9);
      expect(dashboard.gaps).toHaveLength(2);
    });

    it("picks up a new conversation incrementally: the earlier one becomes re-contacted", async () => {
      await database.prisma.conversation.create({
        data: {
          id: "fx-c12",
          accessTokenHash: "fixture-c12",
          intent: "order_status",
          customerId: "fx-cust-B",
          turnCount: 1,
          createdAt: new Date("2026-06-12T09:00:00.000Z"), // two days after c3 was resolved
          lastMessageAt: new Date("2026-06-12T09:05:00.000Z"),
        },
      });
      const result = await refreshRollups(database.prisma);
      expect(result.mode).toBe("incremental");
      const rows = await database.prisma.conversationRollup.findMany({
        where: { conversationId: { in: [FIXTURE_IDS.c3!, "fx-c12"] } },
        orderBy: { createdAt: "asc" },
      });
      expect(rows.map((r) => [r.recontacted, r.repeatContact])).toEqual([
        [true, false],
        [false, true],
      ]);
      const { byPath } = await outcomeMetrics(database.prisma, range);
      expect(byPath.ai_only).toMatchObject({ durable: 0, recontacted: 2 });
      expect(await refreshRollups(database.prisma)).toMatchObject({ mode: "incremental" }); // the overlap re-reads recent rows
    });

    it("keeps a conversation's issue when the customer's last word is a thank-you", async () => {
      // The pipeline labels the conversation with its latest turn's intent; the roll-up keeps the first real one.
      const created = new Date("2026-06-18T10:00:00.000Z");
      await database.prisma.conversation.create({
        data: {
          id: "fx-c13",
          accessTokenHash: "fixture-c13",
          intent: "feedback",
          customerId: "fx-cust-D",
          turnCount: 2,
          createdAt: created,
          lastMessageAt: created,
        },
      });
      for (const [index, intent] of ["other", "complaint", "feedback"].entries()) {
        const question = await database.prisma.message.create({
          data: { conversationId: "fx-c13", role: "customer", body: `c13 ${intent}` },
        });
        await database.prisma.turnTrace.create({
          data: {
            conversationId: "fx-c13",
            customerMessageId: question.id,
            engine: "local",
            policyVersion: "fixture",
            durationMs: 5,
            createdAt: new Date(created.getTime() + index * 60_000),
            stages: {
              triage: { intent },
              route: { mode: "autonomous", action: "handoff" },
              validate: { ok: true, violations: [] },
            },
          },
        });
      }
      await refreshRollups(database.prisma);
      const rollup = await database.prisma.conversationRollup.findUniqueOrThrow({
        where: { conversationId: "fx-c13" },
      });
      expect(rollup).toMatchObject({ intent: "complaint", repeatContact: true }); // three days after c6, a complaint too
      const c6 = await database.prisma.conversationRollup.findUniqueOrThrow({
        where: { conversationId: FIXTURE_IDS.c6! },
      });
      expect(c6.recontacted).toBe(true);
    });
  });
});
