import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withFallback } from "@/lib/engines/fallback";
import { createLocalEngine } from "@/lib/engines/local/engine";
import { createOpenAIEngine } from "@/lib/engines/openai";
import { seedCustomer, seedOrder } from "@/lib/tools/test-fixtures";
import { type FakeOpenAI, startFakeOpenAI } from "@/test/support/fake-openai";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { createConversationDriver } from "@/lib/chat/conversation-driver";

/**
 * Where a model decides, the model is not trusted: the same pipeline with the OpenAI engine, over real HTTP
 * against a scripted OpenAI-compatible server. The model's tool calls meet the same checks as the local
 * engine's, and its words pass the same guardrails before a customer sees them.
 */
let database: TestDatabase;
let fake: FakeOpenAI;
let driver: ReturnType<typeof createConversationDriver>;

const triage = (intent: string, sentiment = "neutral") => ({
  type: "json" as const,
  value: { intent, confidence: 0.95, sentiment, sentimentScore: 0, urgency: "normal", language: "en" },
});

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = await startFakeOpenAI();
  const settings = {
    apiKey: "sk-test",
    baseURL: fake.baseURL,
    models: { triage: "gpt-triage", reply: "gpt-reply", summary: "gpt-summary", draft: "gpt-reply" },
    timeoutMs: 3000,
  };
  driver = createConversationDriver(database.prisma, {
    engine: withFallback(createOpenAIEngine({ settings }), createLocalEngine()),
  });
});
afterAll(async () => {
  await fake.close();
  await database.close();
});
beforeEach(() => fake.reset());

async function verifiedConversation(
  email: string,
  order: { status: "delivered" | "processing"; deliveredDaysAgo?: number; totalCents?: number },
) {
  const customer = await seedCustomer(database.prisma, { email });
  const created = await seedOrder(database.prisma, { customerId: customer.id, ...order });
  const id = await driver.start();
  // The identity check is the pipeline's, not the model's: the model never sees the email.
  fake.enqueue(triage("order_status"), {
    type: "text",
    text: "Thanks, you're verified. How can I help with your order?",
  });
  const verify = await driver.say(id, `${email} ${created.number}`);
  expect(verify.stages?.tools[0]).toMatchObject({ tool: "verify_identity", decision: "allowed" });
  return { id, order: created };
}

describe("the pipeline with a model deciding", () => {
  it("refuses the model's refund on a 90-day-old order, and the refund never executes", async () => {
    const { id, order } = await verifiedConversation("ninety@example.com", {
      status: "delivered",
      deliveredDaysAgo: 90,
    });
    fake.enqueue(
      triage("refund"),
      {
        type: "tool_call",
        name: "refund",
        arguments: { orderNumber: order.number, reason: "customer asked nicely", problem: "damaged" },
      },
      { type: "text", text: "I'm sorry, that order is outside our refund window, so I can't refund it myself." },
    );
    // Nothing in the words asks for an action the pipeline recognises: the model decides to try a refund.
    const turn = await driver.say(id, "The thing I got from you is a disaster, sort it out");
    expect(turn.stages?.tools.at(-1)).toMatchObject({
      tool: "refund",
      decision: "denied",
      reason: "outside_window",
      executed: false,
    });
    expect(turn.stages?.proposal?.offered).toEqual([]);
    expect(await database.prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(turn.reply?.body).toMatch(/outside our refund window/);
  });

  it("blocks a model's claim of a refund that no tool executed", async () => {
    const { id, order } = await verifiedConversation("claims@example.com", {
      status: "delivered",
      deliveredDaysAgo: 90,
    });
    fake.enqueue(triage("refund"), {
      type: "text",
      text: "Good news! I've refunded your order in full. It will arrive in 2 days.",
    });
    // The pipeline only looked the order up: no refund ran, so no sentence may say one did.
    const turn = await driver.say(id, "Any news on my order?");
    expect(turn.stages?.tools.map((call) => call.tool)).toEqual(["lookup_order"]);
    expect(turn.reply?.body).not.toMatch(/I've refunded/);
    expect(turn.reply?.body).toContain(driver.policySet.policy.disclosure.no_answer);
    expect(turn.stages?.validate).toMatchObject({ ok: false, replaced: true });
    expect(turn.stages?.validate.violations.map((v) => v.type)).toContain("ungrounded_promise");
    expect(await database.prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("runs what a model proposed only after the customer's yes, exactly as proposed", async () => {
    const { id, order } = await verifiedConversation("proposes@example.com", {
      status: "delivered",
      deliveredDaysAgo: 3,
      totalCents: 12_000,
    });
    const [line] = await database.prisma.orderItem.findMany({
      where: { orderId: order.id },
      select: { product: { select: { sku: true } } },
    });
    fake.enqueue(
      triage("returns"),
      {
        type: "tool_call",
        name: "return_items",
        arguments: { orderNumber: order.number, items: [{ sku: line!.product.sku, quantity: 1 }], reason: "too small" },
      },
      {
        type: "text",
        text: "I can return the jacket for you: you'd get $120.00 back once it arrives. Shall I go ahead?",
      },
    );
    const proposed = await driver.say(id, "The thing I got is too small for me, sort it out");
    expect(proposed.stages?.proposal?.offered).toEqual([
      expect.objectContaining({
        tool: "return_items",
        lines: expect.arrayContaining([expect.stringMatching(/\$120\.00/)]),
      }),
    ]);
    expect(await database.prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    expect(await database.prisma.proposal.count({ where: { conversationId: id, status: "pending" } })).toBe(1);

    fake.enqueue(triage("returns"));
    const confirmed = await driver.say(id, "yes please");
    expect(confirmed.stages?.tools.at(-1)).toMatchObject({
      tool: "return_items",
      decision: "allowed",
      executed: true,
      confirmed: true,
    });
    expect(await database.prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(1);
    expect(confirmed.reply?.body).toMatch(/return/i);
  });

  it("proposes what the model read in words the parsers do not know, and runs it only on the customer's yes", async () => {
    const { id, order } = await verifiedConversation("reads@example.com", {
      status: "delivered",
      deliveredDaysAgo: 3,
      totalCents: 9_000,
    });
    const [line] = await database.prisma.orderItem.findMany({
      where: { orderId: order.id },
      select: { product: { select: { name: true } } },
    });
    fake.enqueue({
      type: "json",
      value: {
        intent: "returns",
        confidence: 0.9,
        sentiment: "neutral",
        sentimentScore: 0,
        urgency: "normal",
        language: "en",
        requests: [
          {
            kind: "action",
            action: "return",
            orderNumber: null,
            items: [{ name: line!.product.name, quantity: 1, wanted: null }],
            address: null,
            problem: null,
            refundMethod: "original_payment",
            answer: null,
          },
        ],
      },
    });
    const read = await driver.say(
      id,
      "That thing didn't suit me at all, I'd rather have my 90 dollars than keep it lying around",
    );
    expect(read.stages?.understand?.requests).toEqual([
      expect.objectContaining({ kind: "action", action: "return", orderNumber: order.number }),
    ]);
    expect(read.stages?.proposal?.offered.map((p) => p.tool)).toEqual(["return_items"]);
    expect(read.reply?.body).toMatch(/\$90\.00/);
    expect(await database.prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);

    fake.enqueue(triage("returns"));
    const yes = await driver.say(id, "yes");
    expect(yes.stages?.tools.at(-1)).toMatchObject({ tool: "return_items", executed: true, confirmed: true });
  });

  it("never lets an invented price or discount reach the customer", async () => {
    const id = await driver.start();
    fake.enqueue(triage("product"), {
      type: "text",
      text: "Sure thing. The Ridgeline tent is yours for $1.00 with a 90% discount.",
    });
    const turn = await driver.say(id, "How much is the Ridgeline tent for me?");
    expect(turn.streamed).not.toMatch(/\$1\.00|90%/);
    expect(turn.reply?.body).not.toMatch(/\$1\.00|90%/);
    expect(turn.stages?.validate.violations.map((v) => v.type)).toEqual(expect.arrayContaining(["ungrounded_amount"]));
  });

  it("sends the model customer text with PII redacted, and never the email", async () => {
    const id = await driver.start();
    fake.enqueue(triage("billing"), { type: "text", text: "I can't see card details here." });
    await driver.say(id, "my card 4242 4242 4242 4242 was charged, email me at someone@example.com");
    const sent = JSON.stringify(fake.requests.map((request) => request.body));
    expect(sent).not.toContain("4242 4242 4242 4242");
    expect(sent).not.toContain("someone@example.com");
    // Masked at rest by the chat service before any stage reads it (lib/signals/pii.ts, maskForStorage).
    expect(sent).toMatch(/\[card( ending \d{4})?\]/);
  });

  it("falls back to the local engine when the model fails, and the trace says why", async () => {
    const id = await driver.start();
    fake.enqueue({ type: "error", status: 500 }, { type: "error", status: 500 });
    const turn = await driver.say(id, "What is your return window?");
    expect(turn.reply?.sources.length).toBeGreaterThan(0);
    const trace = await database.prisma.turnTrace.findUniqueOrThrow({ where: { id: turn.traceId! } });
    expect(trace.engine).toBe("local");
    expect(trace.fallbackReason).toMatch(/500/);
  });
});
