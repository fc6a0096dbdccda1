import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCustomer, seedItemOrder, seedVariants, type VariantSeed } from "@/lib/tools/test-fixtures";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { createConversationDriver } from "@/lib/chat/conversation-driver";

/**
 * Propose → confirm → act, in the customers' own words from the failures that were reported: the right items,
 * the amount the order and the policy give, nothing written before the customer's yes, and a question instead of
 * a guess. Local engine, real database, the whole pipeline.
 */
let database: TestDatabase;
let driver: ReturnType<typeof createConversationDriver>;

const HOME: VariantSeed[] = [
  { sku: "VAC-1", name: "Vacuum Cleaner", family: "vacuum", options: { type: "cordless" }, priceCents: 64_248 },
  { sku: "HPH-1", name: "Headphones", family: "headphones", options: { color: "black" }, priceCents: 34_102 },
  { sku: "WAT-1", name: "Smart Watch", family: "watch", options: { color: "silver" }, priceCents: 30_162 },
  { sku: "KTL-1", name: "Electric Kettle", family: "kettle", options: { capacity: "1.5L" }, priceCents: 53_480 },
  { sku: "BTL-1", name: "Water Bottle", family: "bottle", options: { capacity: "750ml" }, priceCents: 4_599 },
  { sku: "MUG-1", name: "Camp Mug", family: "mug", options: { color: "red" }, priceCents: 8_999 },
];
const BOOTS: VariantSeed[] = ["9", "10", "11"].map((size) => ({
  sku: `BOOT-${size}`,
  name: "Granite Peak Waterproof Hiking Boot",
  family: "granite-boot",
  options: { size, color: "brown" },
  priceCents: 21_900,
}));

async function customerWith(
  lines: Array<{ sku: string; quantity?: number; unitPriceCents: number }>,
  status: "pending" | "delivered" = "delivered",
  shippingCents = 0,
) {
  const customer = await seedCustomer(database.prisma);
  const order = await seedItemOrder(database.prisma, {
    customerId: customer.id,
    status,
    shippingCents,
    lines: lines.map((line) => ({ quantity: 1, ...line })),
  });
  return { email: customer.email, number: order.number, orderId: order.id };
}

const executed = (turn: Awaited<ReturnType<typeof driver.say>>) =>
  (turn.stages?.tools ?? []).filter(
    (call) => call.executed && call.tool !== "verify_identity" && !call.tool.startsWith("lookup"),
  );

describe("propose, confirm, act", () => {
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    driver = createConversationDriver(database.prisma);
    await seedVariants(database.prisma, [...HOME, ...BOOTS]);
  });
  afterAll(() => database?.close());

  it("returns exactly the three items named, for their price, and only after the customer's yes", async () => {
    const { email, number } = await customerWith([
      { sku: "VAC-1", unitPriceCents: 64_248 },
      { sku: "HPH-1", unitPriceCents: 34_102 },
      { sku: "WAT-1", unitPriceCents: 30_162 },
      { sku: "KTL-1", unitPriceCents: 53_480 },
    ]);
    const id = await driver.start();
    const asked = await driver.say(
      id,
      `Hi, my email is ${email}. I'd like to return the vacuum cleaner, headphones and smart watch from order #${number}. Please refund it to my original payment method.`,
    );
    expect(executed(asked)).toEqual([]);
    expect(asked.reply?.body).toMatch(/Vacuum Cleaner/);
    expect(asked.reply?.body).toMatch(/\$1,285\.12/);
    expect(asked.reply?.body).not.toMatch(/Electric Kettle|\$1,819\.92/);
    expect(asked.reply?.body).toMatch(/Shall I go ahead/);

    const yes = await driver.say(id, "Yes, please go ahead.");
    const [call, ...others] = executed(yes);
    expect(others).toEqual([]);
    expect(call).toMatchObject({ tool: "return_items", confirmed: true });
    expect((call?.input as { items: Array<{ sku: string }> }).items.map((item) => item.sku).sort()).toEqual([
      "HPH-1",
      "VAC-1",
      "WAT-1",
    ]);
    expect(call?.money).toMatchObject({ amountCents: 128_512, direction: "to_customer", when: "on_receipt" });
    const refunds = await database.prisma.refund.count({ where: { order: { number } } });
    expect(refunds).toBe(0);
  });

  it("returns one bottle from a bigger order for the bottle's price, not the order's", async () => {
    const { email, number } = await customerWith([
      { sku: "BTL-1", unitPriceCents: 4_599 },
      { sku: "MUG-1", unitPriceCents: 8_999 },
    ]);
    const id = await driver.start();
    const asked = await driver.say(
      id,
      `${email} — I want to return the water bottle from ${number} and get my money back`,
    );
    expect(asked.reply?.body).toMatch(/\$45\.99/);
    expect(asked.reply?.body).not.toMatch(/\$135\.98/);
  });

  it("reads 'these boots don't fit, I want to return them and get a refund' as a return whose refund follows it, shipping kept", async () => {
    const { email, number } = await customerWith([{ sku: "BOOT-10", unitPriceCents: 21_900 }], "delivered", 800);
    const id = await driver.start();
    await driver.say(id, `Hi, it's ${email}, order ${number}`);
    const asked = await driver.say(id, "these boots don't fit, I want to return them and get a refund");
    expect(executed(asked)).toEqual([]);
    expect(asked.stages?.proposal?.offered.map((p) => p.tool)).toEqual(["return_items"]);
    expect(asked.reply?.body).toMatch(/\$219\.00/);
    expect(asked.reply?.body).not.toMatch(/\$227\.00/);
  });

  it("exchanges boots for the next size up instead of returning the whole order", async () => {
    const { email, number } = await customerWith([
      { sku: "BOOT-10", unitPriceCents: 21_900 },
      { sku: "MUG-1", unitPriceCents: 8_999 },
    ]);
    const id = await driver.start();
    await driver.say(id, `${email} ${number}`);
    const asked = await driver.say(id, "Can I exchange these boots for a bigger size?");
    expect(asked.stages?.proposal?.offered).toEqual([expect.objectContaining({ tool: "exchange_items" })]);
    const yes = await driver.say(id, "yes");
    const [call] = executed(yes);
    expect(call?.tool).toBe("exchange_items");
    expect(call?.input).toMatchObject({ items: [{ sku: "BOOT-10", newSku: "BOOT-11" }] });
  });

  it("proposes a cancellation and does nothing when the customer says no", async () => {
    const { email, number, orderId } = await customerWith([{ sku: "MUG-1", unitPriceCents: 8_999 }], "pending");
    const id = await driver.start();
    const asked = await driver.say(id, `Cancel ${number}, my email is ${email}`);
    expect(executed(asked)).toEqual([]);
    expect(asked.reply?.body).toMatch(/Shall I go ahead/);
    const no = await driver.say(id, "no");
    expect(executed(no)).toEqual([]);
    expect((await database.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("pending");
    // A yes with nothing waiting does nothing either.
    const lateYes = await driver.say(id, "yes");
    expect(executed(lateYes)).toEqual([]);
  });

  it("says the boots are already being exchanged rather than returning the other item in the order", async () => {
    const { email, number } = await customerWith([
      { sku: "BOOT-10", unitPriceCents: 21_900 },
      { sku: "MUG-1", unitPriceCents: 8_999 },
    ]);
    const id = await driver.start();
    await driver.say(id, `${email} ${number}`);
    await driver.say(id, "Can I exchange these boots for a bigger size?");
    await driver.say(id, "yes");
    const again = await driver.say(id, "I'd like to return the boots please");
    expect(again.stages?.proposal?.offered ?? []).toEqual([]);
    expect(again.reply?.body).not.toMatch(/Camp Mug/);
    expect(again.stages?.tools.at(-1)).toMatchObject({ tool: "return_items", decision: "denied", preview: true });
  });

  it("asks which item when the customer names one that is not in the order", async () => {
    const { email, number } = await customerWith([
      { sku: "BTL-1", unitPriceCents: 4_599 },
      { sku: "MUG-1", unitPriceCents: 8_999 },
    ]);
    const id = await driver.start();
    const asked = await driver.say(id, `${email}: please return the headphones from ${number}`);
    expect(executed(asked)).toEqual([]);
    expect(asked.stages?.proposal?.offered ?? []).toEqual([]);
    expect(asked.reply?.body).toMatch(/Water Bottle/);
    expect(asked.reply?.body).toMatch(/\?/);
  });

  it("changes the address to the one written, suite included, and never to the order number's digits", async () => {
    const { email, number } = await customerWith([{ sku: "MUG-1", unitPriceCents: 8_999 }], "pending");
    const id = await driver.start();
    await driver.say(
      id,
      `Change the address of ${number} to 592 Elm Avenue, Suite 978, Houston, TX 77242. My email is ${email}`,
    );
    const yes = await driver.say(id, "yes please");
    const [call] = executed(yes);
    expect(call?.tool).toBe("change_shipping_address");
    expect(call?.input).toMatchObject({
      address: {
        line1: "592 Elm Avenue",
        line2: "Suite 978",
        city: "Houston",
        region: "TX",
        postalCode: "77242",
        country: "US",
      },
    });
  });

  it("answers a product's price from the catalog, without asking who the customer is", async () => {
    const id = await driver.start();
    const turn = await driver.say(id, "How much is the Granite Peak Waterproof Hiking Boot?");
    expect(turn.stages?.tools.map((call) => [call.tool, call.decision])).toEqual([["lookup_product", "allowed"]]);
    expect(turn.reply?.body).toMatch(/\$219\.00/);
    expect(turn.reply?.body).not.toMatch(/email address on your account/);
  });

  it("answers a billing question the articles answer, while a billing dispute still goes to a person", async () => {
    const id = await driver.start();
    const question = await driver.say(id, "Which payment methods do you accept?");
    expect(question.stages?.triage.intent).toBe("billing");
    expect(question.stages?.route.action).toBe("answer");
    expect(question.reply?.sources.map((s) => s.id)).toContain("payment-methods");
    expect((await database.prisma.conversation.findUniqueOrThrow({ where: { id } })).status).toBe("ai");

    const dispute = await driver.start();
    const charged = await driver.say(dispute, "I was charged twice for my last order and I want it fixed.");
    expect(charged.stages?.route.action).not.toBe("answer");
    expect((await database.prisma.conversation.findUniqueOrThrow({ where: { id: dispute } })).status).toBe(
      "waiting_human",
    );
  });

  it("puts a confirmed action above the AI's limit in the inbox at once and tells the customer who decides", async () => {
    const { email, number } = await customerWith([{ sku: "KTL-1", unitPriceCents: 53_480 }], "delivered", 1_715);
    const id = await driver.start();
    await driver.say(id, `${email} ${number} the kettle arrived broken, I want a refund`);
    const yes = await driver.say(id, "yes");
    expect(yes.stages?.tools.find((call) => call.tool === "refund")?.decision).toBe("needs_approval");
    expect(yes.reply?.body).toMatch(
      /member of our support team decides on requests like this, usually within one business day \(we.re here Monday/,
    );
    const conversation = await database.prisma.conversation.findUniqueOrThrow({
      where: { id },
      select: { status: true, handoffReason: true },
    });
    expect(conversation).toEqual({ status: "waiting_human", handoffReason: "approval_required" });
    expect(await database.prisma.actionRequest.count({ where: { conversationId: id, status: "pending" } })).toBe(1);
  });
});
