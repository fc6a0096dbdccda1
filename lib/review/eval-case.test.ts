import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseToScenario, readSavedCases } from "@/lib/eval/cases";
import { evaluateScenarios } from "@/lib/eval/simulate";
import { createConversationDriver } from "@/lib/chat/conversation-driver";
import { DEMO_CUSTOMER, seedStaff, seedStore } from "@/lib/seed/store";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { parseScenarioLine } from "@/lib/eval/scenarios";
import { buildEvalCase, EvalCaseError, evalCaseInputSchema, exportCasesAsJsonl } from "./eval-case";
import { saveEvalCase } from "./supervision";

/**
 * The continuous loop: a conversation driven through the real pipeline, a supervisor's correction of one AI answer
 * saved as an evaluation case, and that case replayed through the pipeline again by the evaluation's simulator.
 */
describe("evaluation cases from corrected answers", () => {
  let database: TestDatabase;
  let conversationId: string;
  let answerId: string;
  /** Words the AI's answer contains: the replay, through the same deterministic pipeline, says them again. */
  let said: string;
  const supervisor = { id: "sup", name: "Sam" };

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await seedStore(database.prisma, { customers: 8, orders: 20 });
    await seedStaff(database.prisma);
    await database.prisma.staffUser.create({
      data: { id: "sup", email: "sup@t.test", name: "Sam", passwordHash: "x", role: "supervisor" },
    });
    const driver = createConversationDriver(database.prisma);
    conversationId = await driver.start();
    const customer = await database.prisma.customer.findUniqueOrThrow({ where: { email: DEMO_CUSTOMER.email } });
    await database.prisma.conversation.update({ where: { id: conversationId }, data: { customerId: customer.id } });
    await driver.say(conversationId, "Hi!");
    const run = await driver.say(conversationId, "How many days do I have to return an item?");
    answerId = run.reply!.id;
    said = run.reply!.body.split("\n")[0]!.slice(0, 30).trim();
    expect(said.length).toBeGreaterThan(10);
  });
  afterAll(() => database?.close());

  const input = (overrides: Partial<Parameters<typeof evalCaseInputSchema.parse>[0]> = {}) =>
    evalCaseInputSchema.parse({
      conversationId,
      messageId: answerId,
      correctedReply: "You have 30 days from delivery to return an item.",
      mustInclude: [said],
      mustNotInclude: [],
      escalation: "unchanged",
      ...overrides,
    });

  it("turns the conversation up to the answer into a replayable scenario with the customer and their orders", async () => {
    const record = await buildEvalCase(database.prisma, input());
    expect(record.source).toBe(`conversation:${conversationId}#${answerId}`);
    expect(record.input).toMatchObject({
      customer: { email: DEMO_CUSTOMER.email },
      turns: ["Hi!", "How many days do I have to return an item?"],
    });
    expect((record.input.orders as unknown[]).length).toBeGreaterThan(0);
    expect(record.expected).toMatchObject({
      turn: 2,
      correctedReply: "You have 30 days from delivery to return an item.",
      expect: { replyMustMatch: [{ turn: 2, pattern: expect.any(String) }] },
    });
  });

  it("refuses a case that checks nothing, and an answer that is not the AI's", async () => {
    expect(
      evalCaseInputSchema.safeParse({
        conversationId,
        messageId: answerId,
        correctedReply: "x",
        mustInclude: [],
        mustNotInclude: [],
        escalation: "unchanged",
      }).success,
    ).toBe(false);
    const greeting = await database.prisma.message.findFirstOrThrow({
      where: { conversationId, role: "ai" },
      orderBy: { createdAt: "asc" },
    });
    await expect(buildEvalCase(database.prisma, input({ messageId: greeting.id }))).rejects.toBeInstanceOf(
      EvalCaseError,
    );
  });

  it("saves cases that `npm run eval -- --cases` replays: what the AI says again passes, what it must not say fails", async () => {
    await saveEvalCase(database.prisma, supervisor, input());
    await saveEvalCase(
      database.prisma,
      supervisor,
      input({ mustInclude: [], mustNotInclude: [said], note: "the AI still says this" }),
    );
    await saveEvalCase(
      database.prisma,
      supervisor,
      input({ mustInclude: [], escalation: "handoff", escalationReason: "customer_request" }),
    );
    const saved = await readSavedCases(database.prisma);
    expect(saved.errors).toEqual([]);
    const figures = await evaluateScenarios(saved.scenarios);
    expect(figures.results.map((r) => r.passed)).toEqual([true, false, false]);
    expect(figures.results[1]?.failedChecks).toHaveLength(1);
    expect(figures.results[2]?.failedChecks[0]?.name).toMatch(/escalat|hand/i);
    const audit = await database.prisma.auditEvent.count({ where: { action: "eval_case.created", actorId: "sup" } });
    expect(audit).toBe(3);
  });

  it("gives each saved case its own scenario id", async () => {
    const rows = await database.prisma.evaluationCase.findMany();
    const ids = rows.map((row) => caseToScenario(row)).map((parsed) => (parsed.ok ? parsed.scenario.id : parsed.error));
    expect(new Set(ids).size).toBe(rows.length);
  });
});

/**
 * Issue 11, personal data in exports: the eval-case export (/supervisor/export/eval-cases) carried customers' names,
 * emails and phone numbers. Now they are placeholders, the same placeholder wherever the same person appears, so
 * the case still replays (the customer verifies with the email they type).
 */
describe("the evaluation-case export", () => {
  const scenario = {
    id: "case-export",
    title: 'From review (order_status): "I\'m Maria Lopez, maria.lopez@example.net, where is NW-100042?"',
    customer: { name: "Maria Lopez", email: "maria.lopez@example.net", tier: "standard", phone: "+1 503 555 0164" },
    orders: [
      {
        number: "NW-100042",
        status: "shipped",
        placedDaysAgo: 5,
        shippedDaysAgo: 2,
        items: [{ sku: "TRAIL-JKT-M", name: "Trail Jacket", quantity: 1, unitPriceCents: 12900 }],
        shippingAddress: {
          name: "Maria Lopez",
          line1: "12 Alder Lane",
          line2: "Apt 4",
          city: "Portland",
          region: "OR",
          postalCode: "97201",
          country: "US",
        },
      },
    ],
    otherCustomers: [
      {
        customer: { name: "Tom Becker", email: "tom.becker@example.org", tier: "standard" },
        orders: [
          {
            number: "NW-100043",
            status: "processing",
            placedDaysAgo: 1,
            items: [{ sku: "TRAIL-JKT-L", name: "Trail Jacket", quantity: 1, unitPriceCents: 12900 }],
          },
        ],
      },
    ],
    turns: [
      "Hi, I'm Maria Lopez. My email is Maria.Lopez@example.net and my order is NW-100042.",
      "Also my husband Tom Becker (tom.becker@example.org) ordered NW-100043. Call me on +1 503 555 0164 or my work line 212-555-0101, or write to maria@work.example.com.",
    ],
    expect: { replyMustMatch: [{ turn: 1, pattern: "Maria" }], replyMustNotMatch: ["tom\\.becker@example\\.org"] },
  };
  const row = {
    id: "0000aaaa-0000-0000-0000-000000000000",
    source: "conversation:x#y",
    input: scenario,
    expected: { expect: scenario.expect },
  };

  it("carries no name, email, phone or street address, and replaces each person consistently", () => {
    const line = exportCasesAsJsonl([row]);
    for (const secret of [
      "Maria",
      "Lopez",
      "maria",
      "Tom",
      "Becker",
      "tom.becker",
      "503 555 0164",
      "212-555-0101",
      "work.example.com",
      "Alder",
      "Apt 4",
    ]) {
      expect(line).not.toContain(secret);
    }
    const parsed = parseScenarioLine(line);
    if (!parsed.ok) throw new Error(parsed.error);
    const out = parsed.scenario;
    expect(out.customer).toMatchObject({ name: "Alex Sample", email: "customer1@example.com", phone: "555-0101" });
    expect(out.otherCustomers?.[0]?.customer).toMatchObject({ name: "Jordan Sample2", email: "customer2@example.com" });
    expect(out.turns[0]).toBe("Hi, I'm Alex Sample. My email is customer1@example.com and my order is NW-100042.");
    expect(out.turns[1]).toContain("Jordan Sample2 (customer2@example.com) ordered NW-100043");
    expect(out.turns[1]).toMatch(/contact1@example\.com/);
    expect(out.orders[0]?.shippingAddress).toEqual({
      name: "Alex Sample",
      line1: "1 Example Street",
      city: "Portland",
      region: "OR",
      postalCode: "97201",
      country: "US",
    });
    expect(out.expect).toEqual({
      replyMustMatch: [{ turn: 1, pattern: "Alex" }],
      replyMustNotMatch: ["customer2@example\\.com"],
    });
    // Order numbers, items and amounts are what the case tests: unchanged.
    expect(out.orders[0]).toMatchObject({
      number: "NW-100042",
      items: [{ sku: "TRAIL-JKT-M", unitPriceCents: 12900 }],
    });
  });
});
