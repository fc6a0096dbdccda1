import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseToScenario, readSavedCases } from "@/lib/eval/cases";
import { evaluateScenarios } from "@/lib/eval/simulate";
import { createConversationDriver } from "@/lib/pipeline/turn-harness";
import { DEMO_CUSTOMER, seedStaff, seedStore } from "@/lib/seed/store";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { buildEvalCase, EvalCaseError, evalCaseInputSchema } from "./eval-case";
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
    await database.prisma.staffUser.create({ data: { id: "sup", email: "sup@t.test", name: "Sam", passwordHash: "x", role: "supervisor" } });
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
    evalCaseInputSchema.parse({ conversationId, messageId: answerId, correctedReply: "You have 30 days from delivery to return an item.", mustInclude: [said], mustNotInclude: [], escalation: "unchanged", ...overrides });

  it("turns the conversation up to the answer into a replayable scenario with the customer and their orders", async () => {
    const record = await buildEvalCase(database.prisma, input());
    expect(record.source).toBe(`conversation:${conversationId}#${answerId}`);
    expect(record.input).toMatchObject({ customer: { email: DEMO_CUSTOMER.email }, turns: ["Hi!", "How many days do I have to return an item?"] });
    expect((record.input.orders as unknown[]).length).toBeGreaterThan(0);
    expect(record.expected).toMatchObject({ turn: 2, correctedReply: "You have 30 days from delivery to return an item.", expect: { replyMustMatch: [{ turn: 2, pattern: expect.any(String) }] } });
  });

  it("refuses a case that checks nothing, and an answer that is not the AI's", async () => {
    expect(evalCaseInputSchema.safeParse({ conversationId, messageId: answerId, correctedReply: "x", mustInclude: [], mustNotInclude: [], escalation: "unchanged" }).success).toBe(false);
    const greeting = await database.prisma.message.findFirstOrThrow({ where: { conversationId, role: "ai" }, orderBy: { createdAt: "asc" } });
    await expect(buildEvalCase(database.prisma, input({ messageId: greeting.id }))).rejects.toBeInstanceOf(EvalCaseError);
  });

  it("saves cases that `npm run eval -- --cases` replays: what the AI says again passes, what it must not say fails", async () => {
    await saveEvalCase(database.prisma, supervisor, input());
    await saveEvalCase(database.prisma, supervisor, input({ mustInclude: [], mustNotInclude: [said], note: "the AI still says this" }));
    await saveEvalCase(database.prisma, supervisor, input({ mustInclude: [], escalation: "handoff", escalationReason: "customer_request" }));
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
