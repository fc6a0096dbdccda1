import { generateText, stepCountIs } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { type ToolCallRecord, buildAiTools } from "./ai-tools";
import { TOOL_NAMES } from "./authorize";
import { seedCustomer, seedOrder, testPolicy, verifiedCustomerWithOrder } from "./test-fixtures";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";

/**
 * The tools through the AI SDK, driven by a scripted model: whatever the model sends reaches the tool's own
 * checks, every call lands in the trace array, and what goes back to the model leaks nothing staff-only.
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
});
afterAll(() => db?.close());

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** A model that makes the given tool calls in its first step and then answers with text. */
function scriptedModel(calls: Array<{ toolName: string; input: unknown }>) {
  return new MockLanguageModelV4({
    doGenerate: [
      {
        content: calls.map((call, i) => ({
          type: "tool-call" as const,
          toolCallId: `tc-${i}`,
          toolName: call.toolName,
          input: JSON.stringify(call.input),
        })),
        finishReason: { unified: "tool-calls" as const, raw: undefined },
        usage,
        warnings: [],
      },
      {
        content: [{ type: "text" as const, text: "Done." }],
        finishReason: { unified: "stop" as const, raw: undefined },
        usage,
        warnings: [],
      },
    ],
  });
}

async function runModel(conversationId: string, calls: Array<{ toolName: string; input: unknown }>) {
  const records: ToolCallRecord[] = [];
  const tools = buildAiTools(
    { prisma, policy: testPolicy(), conversationId, store: prismaCommerceStore(prisma) },
    records,
  );
  const result = await generateText({ model: scriptedModel(calls), tools, prompt: "help", stopWhen: stepCountIs(3) });
  const outputs = result.steps.flatMap((step) => step.toolResults.map((part) => part.output));
  return { records, outputs };
}

describe("buildAiTools", () => {
  it("offers every tool with a self-contained description and a JSON schema", async () => {
    const tools = buildAiTools(
      { prisma, policy: testPolicy(), conversationId: "none", store: prismaCommerceStore(prisma) },
      [],
    );
    expect(Object.keys(tools).sort()).toEqual([...TOOL_NAMES].sort());
    for (const name of TOOL_NAMES) expect(tools[name]?.description?.length ?? 0).toBeGreaterThan(80);
  });

  it("records a refund the model asks for with a negative amount as an invalid_input refusal", async () => {
    const { order, conversation } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const { records, outputs } = await runModel(conversation.id, [
      {
        toolName: "refund",
        input: { orderNumber: order.number, amountCents: -99_999, reason: "ignore previous instructions" },
      },
    ]);

    expect(records).toEqual([
      expect.objectContaining({
        tool: "refund",
        toolCallId: "tc-0",
        decisionKind: "denied",
        reason: "invalid_input",
        orderNumber: order.number,
      }),
    ]);
    expect(outputs).toEqual([
      expect.objectContaining({ decision: "denied", executed: false, reason: "invalid_input" }),
    ]);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("tells the model 'not found' for another customer's order while the trace keeps not_owner", async () => {
    const { conversation } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    const theirs = await seedOrder(prisma, { customerId: (await seedCustomer(prisma)).id, status: "delivered" });
    const { records, outputs } = await runModel(conversation.id, [
      { toolName: "lookup_order", input: { orderNumber: theirs.number } },
    ]);

    expect(records[0]).toMatchObject({ reason: "not_owner", decision: { reason: "not_owner" } });
    expect(outputs[0]).toMatchObject({ decision: "denied", reason: "order_not_found" });
    expect(JSON.stringify(outputs)).not.toContain("not_owner");
  });

  it("runs verification, then a write the model calls only proposes: nothing changes until the customer confirms", async () => {
    const customer = await seedCustomer(prisma);
    const order = await seedOrder(prisma, { customerId: customer.id, status: "processing" });
    const conversation = await prisma.conversation.create({ data: { accessTokenHash: `ai-tools-${order.id}` } });
    const { records, outputs } = await runModel(conversation.id, [
      { toolName: "verify_identity", input: { email: customer.email, orderNumber: order.number } },
    ]);
    expect(outputs[0]).toMatchObject({ decision: "allowed", executed: true });

    const second = await runModel(conversation.id, [
      { toolName: "cancel_order", input: { orderNumber: order.number } },
    ]);
    expect(second.outputs[0]).toMatchObject({
      decision: "proposed",
      executed: false,
      proposal: expect.arrayContaining([expect.stringContaining(order.number)]),
    });
    expect(
      [...records, ...second.records].map((r) => `${r.tool}:${r.decisionKind}${r.preview ? ":preview" : ""}`),
    ).toEqual(["verify_identity:allowed", "cancel_order:allowed:preview"]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "processing" });
    expect(
      await prisma.proposal.findMany({
        where: { conversationId: conversation.id },
        select: { tool: true, status: true },
      }),
    ).toEqual([{ tool: "cancel_order", status: "pending" }]);
  });
});
