import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/governance/audit-log";
import { parseAuditFilters } from "@/lib/governance/audit-filters";
import { refreshRollups } from "@/lib/metrics/rollup";
import { FIXTURE_IDS, FIXTURE_NOW, seedMetricsFixture } from "@/test/support/metrics-fixture";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { parseReviewFilters, type ReviewFilters } from "./filters";
import { exportConversations, searchConversations } from "./search";
import { assessHandoff, ReviewError, scoreConversation } from "./supervision";

// Review search, QA scoring and handoff judgements on the metrics fixture (test/support/metrics-fixture.ts).
describe.each<TestDatabaseKind>(["pglite", "postgres"])("conversation review on %s", (kind) => {
  describe.skipIf(unavailable(kind))("", () => {
    let database: TestDatabase;
    const supervisor = { id: "fx-sup", name: "Fixture Supervisor" };
    const june = (params: Record<string, string> = {}): ReviewFilters =>
      parseReviewFilters({ from: "2026-06-01", to: "2026-06-30", ...params }, FIXTURE_NOW);
    const keys = async (params: Record<string, string>) => {
      const { rows, total } = await searchConversations(database.prisma, june(params));
      const byId = Object.fromEntries(Object.entries(FIXTURE_IDS).map(([key, id]) => [id, key]));
      expect(rows).toHaveLength(total);
      return rows.map((row) => byId[row.id]).sort();
    };

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      await seedMetricsFixture(database.prisma);
      await refreshRollups(database.prisma);
    });
    afterAll(() => database?.close());

    it("lists the range's conversations newest first, without chats nobody wrote in", async () => {
      const { rows, total } = await searchConversations(database.prisma, june());
      expect(total).toBe(9);
      expect(rows[0]?.id).toBe(FIXTURE_IDS.c7); // June 28
      expect(rows.find((r) => r.id === FIXTURE_IDS.c3)).toMatchObject({
        firstQuestion: "c3 customer question 1",
        path: "ai_only",
        csatScore: 2,
      });
    });

    it("exports first questions without the customer's email, phone or card number", async () => {
      const first = await database.prisma.message.findFirstOrThrow({
        where: { conversationId: FIXTURE_IDS.c3, role: "customer" },
        orderBy: { createdAt: "asc" },
      });
      await database.prisma.message.update({
        where: { id: first.id },
        data: {
          body: "I'm aisha.kim@example.com, call me at (503) 555-0164 about card 4111 1111 1111 1111, order NW-100130",
        },
      });
      try {
        const rows = await exportConversations(database.prisma, june());
        const row = rows.find((r) => r.id === FIXTURE_IDS.c3);
        expect(row?.firstQuestion).toBe("I'm [email], call me at [phone] about card [card], order NW-100130");
        const everything = JSON.stringify(rows);
        for (const secret of ["aisha.kim", "555-0164", "4111"]) expect(everything).not.toContain(secret);
        // The review list inside Tandem, behind its access checks, still shows what the customer wrote.
        const { rows: listed } = await searchConversations(database.prisma, june());
        expect(listed.find((r) => r.id === FIXTURE_IDS.c3)?.firstQuestion).toContain("aisha.kim@example.com");
      } finally {
        await database.prisma.message.update({ where: { id: first.id }, data: { body: first.body } });
      }
    });

    it("filters by intent, outcome, escalation reason, CSAT, violations and agent", async () => {
      expect(await keys({ intent: "refund" })).toEqual(["c1", "c2"]);
      expect(await keys({ outcome: "recontacted" })).toEqual(["c1", "c10"]);
      expect(await keys({ outcome: "open" })).toEqual(["c11", "c7"]);
      expect(await keys({ reason: "customer_request" })).toEqual(["c2"]);
      expect(await keys({ csat: "low" })).toEqual(["c10", "c3"]);
      expect(await keys({ violation: "any" })).toEqual(["c3", "c5", "c7"]);
      expect(await keys({ violation: "prompt_injection" })).toEqual(["c7"]);
      expect(await keys({ violation: "prohibited_phrase" })).toEqual(["c3"]);
      expect(await keys({ agent: "fx-agent" })).toEqual(["c10", "c2", "c6"]);
      expect(await keys({ intent: "refund", outcome: "ai_then_human" })).toEqual(["c2"]);
    });

    it("exports what the filters show, with violations and re-contacts spelled out", async () => {
      const rows = await exportConversations(database.prisma, june({ violation: "any" }));
      expect(rows.map((r) => r.violations.join(" ")).sort()).toEqual([
        "prohibited_phrase ungrounded_amount",
        "prompt_injection",
        "ungrounded_amount",
      ]);
    });

    it("stores a QA score against the rubric and audits it", async () => {
      const review = await scoreConversation(database.prisma, supervisor, {
        conversationId: FIXTURE_IDS.c3!,
        policyAccuracy: 2,
        tone: 4,
        resolution: 3,
        escalationAppropriate: 5,
        notes: "Quoted a price the policy lacks",
      });
      const stored = await database.prisma.qaReview.findUniqueOrThrow({ where: { id: review.id } });
      expect(stored).toMatchObject({
        reviewerId: "fx-sup",
        policyAccuracy: 2,
        tone: 4,
        resolution: 3,
        escalationAppropriate: 5,
        notes: "Quoted a price the policy lacks",
      });
      const audit = await database.prisma.auditEvent.findFirstOrThrow({
        where: { action: "qa.scored", target: `conversation:${FIXTURE_IDS.c3}` },
      });
      expect(audit).toMatchObject({
        actorType: "staff",
        actorId: "fx-sup",
        details: expect.objectContaining({ qaReviewId: review.id, policyAccuracy: 2 }),
      });
    });

    it("marks a handoff needed or not, and refuses one that never happened", async () => {
      await assessHandoff(database.prisma, supervisor, { conversationId: FIXTURE_IDS.c7!, assessment: "not_needed" });
      const row = await database.prisma.conversation.findUniqueOrThrow({ where: { id: FIXTURE_IDS.c7! } });
      expect(row).toMatchObject({ handoffAssessment: "not_needed", handoffAssessedById: "fx-sup" });
      await expect(
        assessHandoff(database.prisma, supervisor, { conversationId: FIXTURE_IDS.c3!, assessment: "needed" }),
      ).rejects.toBeInstanceOf(ReviewError);
      const filters = parseAuditFilters({ action: "handoff.", days: "7" });
      const { rows } = await listAuditEvents(database.prisma, filters);
      expect(rows.map((r) => [r.action, r.target, r.actor?.name])).toEqual([
        ["handoff.assessed", `conversation:${FIXTURE_IDS.c7}`, "Fixture Supervisor"],
      ]);
    });

    it("filters the audit log by actor and target", async () => {
      const bySupervisor = await listAuditEvents(database.prisma, parseAuditFilters({ actor: "fx-sup", days: "7" }));
      expect(new Set(bySupervisor.rows.map((r) => r.action))).toEqual(new Set(["qa.scored", "handoff.assessed"]));
      const byTarget = await listAuditEvents(
        database.prisma,
        parseAuditFilters({ target: FIXTURE_IDS.c3!, days: "7" }),
      );
      expect(byTarget.rows.map((r) => r.action)).toEqual(["qa.scored"]);
      expect(byTarget.actions).toEqual([{ action: "qa.scored", count: 1 }]);
      const customers = await listAuditEvents(database.prisma, parseAuditFilters({ actor: "customer", days: "7" }));
      expect(customers.total).toBe(0);
    });
  });
});
