import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import type { ToolDecision, ToolName } from "./authorize";
import { executeApprovedAction } from "./approvals";
import { type Preview, TOOLS, WRITE_TOOLS } from "./registry";
import {
  confirmedCtx,
  contextFor,
  type LineSeed,
  LIMITS,
  runConfirmed,
  seedConversation,
  seedCustomer,
  seedItemOrder,
  seedStaff,
  seedVariants,
  testPolicy,
} from "./test-fixtures";

/**
 * The item-level actions: amounts computed from the order's own prices and the policy, items checked against the
 * order and the catalog, every preview equal to what run() then does, and no AI write without the customer's yes.
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

const boot = (sku: string, size: string, color: string, priceCents: number, inStock = true) => ({
  sku,
  name: "Granite Peak Waterproof Hiking Boot",
  family: "BOOT",
  options: { size, color },
  priceCents,
  inStock,
});

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
  await seedVariants(prisma, [
    boot("BOOT-10-BRN", "10", "brown", 21_900),
    boot("BOOT-11-BRN", "11", "brown", 21_900),
    boot("BOOT-12-BRN", "12", "brown", 21_900, false),
    boot("BOOT-11-BLK", "11", "black", 23_900),
    boot("BOOT-9-BLK", "9", "black", 19_900),
    { sku: "JKT-M-RED", name: "Stormline Rain Jacket", family: "JKT", options: { size: "M", color: "red" }, priceCents: 19_900 },
    { sku: "VAC-1", name: "Robot Vacuum", family: "VAC-1", options: {}, priceCents: 34_900 },
    { sku: "HEAD-1", name: "Trail Headphones", family: "HEAD-1", options: {}, priceCents: 12_900 },
    { sku: "WATCH-1", name: "Summit GPS Watch", family: "WATCH-1", options: {}, priceCents: 24_900 },
    { sku: "SOCK-1", name: "Merino Hiking Socks", family: "SOCK-1", options: {}, priceCents: 1_800 },
  ]);
});
afterAll(() => db?.close());

const MIXED: LineSeed[] = [
  { sku: "VAC-1", quantity: 1, unitPriceCents: 34_900 },
  { sku: "HEAD-1", quantity: 1, unitPriceCents: 12_900 },
  { sku: "WATCH-1", quantity: 1, unitPriceCents: 24_900 },
  { sku: "SOCK-1", quantity: 2, unitPriceCents: 1_800 },
];
const BOOTS: LineSeed[] = [{ sku: "BOOT-10-BRN", quantity: 1, unitPriceCents: 21_900 }];

async function customerWith(status: "pending" | "processing" | "shipped" | "delivered", lines: LineSeed[], extra: { shippingCents?: number; deliveredDaysAgo?: number } = {}) {
  const customer = await seedCustomer(prisma);
  const order = await seedItemOrder(prisma, { customerId: customer.id, status, lines, ...extra });
  const conversation = await seedConversation(prisma, customer.id);
  return { customer, order, ctx: contextFor(prisma, conversation.id) };
}

function okPreview(preview: Preview) {
  if (!preview.ok) throw new Error(`expected a preview, got ${JSON.stringify(preview.denied)}`);
  return preview;
}

function allowed(decision: ToolDecision) {
  if (decision.decision !== "allowed") throw new Error(`expected allowed, got ${JSON.stringify(decision)}`);
  return decision as { decision: "allowed"; result: Record<string, unknown> & { money: unknown; items: unknown }; customerMessage: string };
}

/** Preview, then run with the customer's confirmation of the previewed input: the AI's path. */
async function previewThenRun(ctx: ReturnType<typeof contextFor>, tool: ToolName, input: unknown) {
  const preview = okPreview(await TOOLS[tool].preview!(ctx, input));
  const decision = await runConfirmed(ctx, tool, preview.input);
  return { preview, decision };
}

const reasonOf = (decision: ToolDecision | Preview) =>
  "decision" in decision ? (decision.decision === "allowed" ? "allowed" : decision.decision === "denied" ? decision.reason : "needs_approval") : decision.ok ? "ok" : decision.denied.reason;

describe("return_items", () => {
  it("returns the vacuum, headphones and watch for exactly their prices, on receipt, and not the shipping", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED, { shippingCents: 795 });
    const input = {
      orderNumber: order.number,
      items: [{ sku: "VAC-1", quantity: 1 }, { sku: "HEAD-1", quantity: 1 }, { sku: "WATCH-1", quantity: 1 }],
      reason: "don't need them any more",
    };
    const { preview, decision } = await previewThenRun(ctx, "return_items", input);
    const expected = 34_900 + 12_900 + 24_900;
    expect(preview.summary.money).toEqual({ direction: "to_customer", amountCents: expected, currency: "USD", destination: "your card ending 4242", when: "on_receipt" });
    expect(preview.summary.lines).toEqual(
      expect.arrayContaining([
        "Return 1 × Robot Vacuum, $349.00.",
        "Return 1 × Trail Headphones, $129.00.",
        "Return 1 × Summit GPS Watch, $249.00.",
        "Refund $727.00 to your card ending 4242 once the return arrives and passes inspection (within 3 business days after that).",
        "Shipping ($7.95) is not refunded.",
      ]),
    );
    const result = allowed(decision).result;
    expect(result).toMatchObject({ refundCents: expected, shippingRefundedCents: 0, money: preview.summary.money, items: preview.summary.items });
    // Nothing moves now; the request records what moves on receipt.
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.returnRequest.findMany({ where: { orderId: order.id } })).toEqual([
      expect.objectContaining({ kind: "return", status: "requested", refundCents: expected, chargeCents: 0, refundMethod: "original_payment", actor: "ai" }),
    ]);
    // The socks are still returnable; the vacuum is not.
    expect(reasonOf(await TOOLS.return_items.preview!(ctx, { ...input, items: [{ sku: "VAC-1", quantity: 1 }] }))).toBe("already_returned");
    expect(okPreview(await TOOLS.return_items.preview!(ctx, { ...input, items: [{ sku: "SOCK-1", quantity: 2 }] })).summary.money.amountCents).toBe(3_600);
  });

  it("refunds the original shipping only when the problem was ours and the return empties the order", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS, { shippingCents: 795 });
    const input = { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", quantity: 1 }], reason: "sole came off", problem: "defective" as const };
    const { preview, decision } = await previewThenRun(ctx, "return_items", input);
    expect(preview.summary.money.amountCents).toBe(21_900 + 795);
    expect(preview.summary.lines).toContain("That includes the original shipping ($7.95), because the mistake was ours.");
    expect(allowed(decision).result).toMatchObject({ refundCents: 22_695, shippingRefundedCents: 795 });
  });

  it("offers store credit when asked", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const preview = okPreview(
      await TOOLS.return_items.preview!(ctx, { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", quantity: 1 }], reason: "too big", refundMethod: "store_credit" }),
    );
    expect(preview.summary.money).toMatchObject({ amountCents: 21_900, destination: "store credit on your account", when: "on_receipt" });
  });

  it("refuses an item not in the order, more than was bought, a second return and the wrong state", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const ask = (items: Array<{ sku: string; quantity: number }>) => runConfirmed(ctx, "return_items", { orderNumber: order.number, items, reason: "no longer needed" });

    const missing = await ask([{ sku: "BOOT-10-BRN", quantity: 1 }]);
    expect(missing).toMatchObject({ decision: "denied", reason: "item_not_in_order" });
    if (missing.decision === "denied") {
      expect(missing.customerMessage).toContain(`Order ${order.number} doesn't include that item (BOOT-10-BRN), so I can't return it. The order has `);
      expect(missing.customerMessage).toContain("2 × Merino Hiking Socks");
    }
    expect(await ask([{ sku: "SOCK-1", quantity: 3 }])).toMatchObject({ reason: "item_not_in_order", customerMessage: expect.stringContaining("has 2 × Merino Hiking Socks, so I can't return 3") });

    expect(allowed(await ask([{ sku: "SOCK-1", quantity: 1 }]))).toBeTruthy();
    // One pair is in a return now: two more are refused; the same request again is the same return (idempotent).
    expect(await ask([{ sku: "SOCK-1", quantity: 2 }])).toMatchObject({ reason: "already_returned", customerMessage: expect.stringContaining("Only 1 of the 2") });
    expect(await ask([{ sku: "SOCK-1", quantity: 1 }])).toMatchObject({ reason: "duplicate" });
    // In a later conversation the last pair can go back, and then nothing is left.
    const later = contextFor(prisma, (await seedConversation(prisma, order.customerId)).id);
    const askLater = () => runConfirmed(later, "return_items", { orderNumber: order.number, items: [{ sku: "SOCK-1", quantity: 1 }], reason: "no longer needed" });
    expect(allowed(await askLater())).toBeTruthy();
    expect(await askLater()).toMatchObject({ reason: "already_returned", customerMessage: expect.stringContaining(`already in return RMA-${order.number}-1`) });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(2);

    const open = await customerWith("processing", BOOTS);
    expect(await runConfirmed(open.ctx, "return_items", { orderNumber: open.order.number, items: [{ sku: "BOOT-10-BRN", quantity: 1 }], reason: "too big" })).toMatchObject({
      reason: "wrong_state",
    });
  });

  it("does not return an item already refunded directly", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    allowed(await runConfirmed(ctx, "refund", { orderNumber: order.number, items: [{ sku: "HEAD-1", quantity: 1 }], reason: "cable cut", problem: "damaged" }));
    expect(await runConfirmed(ctx, "return_items", { orderNumber: order.number, items: [{ sku: "HEAD-1", quantity: 1 }], reason: "also this" })).toMatchObject({
      reason: "already_returned",
      customerMessage: expect.stringContaining("already refunded"),
    });
  });
});

describe("exchange_items", () => {
  it("exchanges boots for a bigger size at the same price: nothing to pay", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const { preview, decision } = await previewThenRun(ctx, "exchange_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN" }], reason: "too small" });
    // The quantity left out becomes explicit in what the customer confirms.
    expect(preview.input).toMatchObject({ items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 }] });
    expect(preview.summary.lines[0]).toBe("Exchange 1 × Granite Peak Waterproof Hiking Boot (size 10, brown) for size 11, brown ($219.00 each).");
    expect(preview.summary.money).toMatchObject({ direction: "none", amountCents: 0 });
    expect(allowed(decision).result).toMatchObject({ chargeCents: 0, refundCents: 0, money: preview.summary.money });
    expect(await prisma.returnRequest.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      kind: "exchange",
      items: [expect.objectContaining({ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 })],
    });
  });

  it("charges a dearer colour's difference now, to the card", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const { preview, decision } = await previewThenRun(ctx, "exchange_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BLK", quantity: 1 }], reason: "prefer black" });
    expect(preview.summary.money).toEqual({ direction: "from_customer", amountCents: 2_000, currency: "USD", destination: "your card ending 4242", when: "now" });
    expect(preview.summary.lines).toContain("You pay the price difference of $20.00, charged to your card ending 4242 now.");
    expect(allowed(decision).result).toMatchObject({ chargeCents: 2_000 });
    const payments = await prisma.payment.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(payments.map((p) => p.amountCents)).toEqual([21_900, 2_000]);
  });

  it("refunds a cheaper variant's difference on receipt", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const preview = okPreview(await TOOLS.exchange_items.preview!(ctx, { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-9-BLK" }], reason: "too big" }));
    expect(preview.summary.money).toMatchObject({ direction: "to_customer", amountCents: 2_000, when: "on_receipt" });
  });

  it("refuses a variant of another product, the same variant, an out-of-stock one and an item already returned", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const ask = (newSku: string) => runConfirmed(ctx, "exchange_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku, quantity: 1 }], reason: "size" });
    const other = await ask("JKT-M-RED");
    expect(other).toMatchObject({ reason: "variant_mismatch", customerMessage: expect.stringContaining("isn't a size or colour of the Granite Peak Waterproof Hiking Boot") });
    if (other.decision === "denied") expect(other.customerMessage).toContain("In stock now: size 9, black; size 11, brown; size 11, black.");
    expect(await ask("BOOT-10-BRN")).toMatchObject({ reason: "variant_mismatch" });
    expect(await ask("BOOT-12-BRN")).toMatchObject({ reason: "variant_unavailable", customerMessage: expect.stringContaining("size 12, brown ($219.00) is out of stock") });
    expect(await ask("NOPE-1")).toMatchObject({ reason: "variant_mismatch" });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);

    allowed(await runConfirmed(ctx, "return_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", quantity: 1 }], reason: "too small" }));
    expect(await ask("BOOT-11-BRN")).toMatchObject({ reason: "already_returned" });
  });

  it("refuses outside the exchange window", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS, { deliveredDaysAgo: LIMITS.exchangeWindowDays + 5 });
    expect(await runConfirmed(ctx, "exchange_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 }], reason: "size" })).toMatchObject({
      reason: "outside_window",
    });
  });
});

describe("modify_order_items", () => {
  it("swaps the size before shipping and adjusts the card hold by the difference", async () => {
    const { order, ctx } = await customerWith("processing", [...BOOTS, { sku: "SOCK-1", quantity: 1, unitPriceCents: 1_800 }]);
    const { preview, decision } = await previewThenRun(ctx, "modify_order_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BLK" }] });
    expect(preview.summary.money).toMatchObject({ direction: "from_customer", amountCents: 2_000, when: "now" });
    expect(preview.summary.lines).toEqual([
      "Change 1 × Granite Peak Waterproof Hiking Boot (size 10, brown) for size 11, black ($239.00 each).",
      "You pay the price difference of $20.00, taken from your card ending 4242 now; the order total becomes $257.00.",
    ]);
    expect(allowed(decision).result).toMatchObject({ totalCents: 25_700, differenceCents: 2_000, money: preview.summary.money });
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { items: { include: { product: true } }, payments: true } });
    expect(stored).toMatchObject({ subtotalCents: 25_700, totalCents: 25_700 });
    expect(stored.items.map((i) => [i.product.sku, i.quantity, i.unitPriceCents]).sort()).toEqual([["BOOT-11-BLK", 1, 23_900], ["SOCK-1", 1, 1_800]]);
    expect(stored.payments).toEqual([expect.objectContaining({ status: "authorized", amountCents: 25_700 })]);
  });

  it("gives back a cheaper variant's difference", async () => {
    const { order, ctx } = await customerWith("pending", BOOTS);
    const { preview, decision } = await previewThenRun(ctx, "modify_order_items", { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-9-BLK" }] });
    expect(preview.summary.money).toMatchObject({ direction: "to_customer", amountCents: 2_000 });
    expect(allowed(decision).result).toMatchObject({ differenceCents: -2_000 });
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ amountCents: 19_900 });
  });

  it("refuses a shipped order, another product and an out-of-stock size", async () => {
    const shipped = await customerWith("shipped", BOOTS);
    expect(await runConfirmed(shipped.ctx, "modify_order_items", { orderNumber: shipped.order.number, items: [{ sku: "BOOT-10-BRN", newSku: "BOOT-11-BRN", quantity: 1 }] })).toMatchObject({
      reason: "wrong_state",
    });
    const open = await customerWith("processing", BOOTS);
    const ask = (newSku: string) => runConfirmed(open.ctx, "modify_order_items", { orderNumber: open.order.number, items: [{ sku: "BOOT-10-BRN", newSku, quantity: 1 }] });
    expect(await ask("JKT-M-RED")).toMatchObject({ reason: "variant_mismatch" });
    expect(await ask("BOOT-12-BRN")).toMatchObject({ reason: "variant_unavailable" });
    expect(await runConfirmed(open.ctx, "modify_order_items", { orderNumber: open.order.number, items: [{ sku: "HEAD-1", newSku: "BOOT-11-BRN", quantity: 1 }] })).toMatchObject({
      reason: "item_not_in_order",
    });
    expect(await prisma.orderItem.count({ where: { orderId: open.order.id } })).toBe(1);
  });
});

describe("refund (direct, for a problem)", () => {
  it("refunds the damaged items' prices now, and shipping only when the refund covers the whole order", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED, { shippingCents: 795 });
    const { preview, decision } = await previewThenRun(ctx, "refund", { orderNumber: order.number, items: [{ sku: "HEAD-1", quantity: 1 }], reason: "left ear dead", problem: "defective" });
    expect(preview.summary.money).toEqual({ direction: "to_customer", amountCents: 12_900, currency: "USD", destination: "your card ending 4242", when: "now" });
    expect(preview.summary.lines[0]).toBe("Refund 1 × Trail Headphones, $129.00, because it is defective.");
    expect(allowed(decision).result).toMatchObject({ amountCents: 12_900, shippingRefundedCents: 0, money: preview.summary.money });
    expect(await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ amountCents: 12_900, items: [{ sku: "HEAD-1", quantity: 1, unitPriceCents: 12_900 }] });
    // The same headphones again, for another reason: already refunded.
    expect(await runConfirmed(ctx, "refund", { orderNumber: order.number, items: [{ sku: "HEAD-1", quantity: 1 }], reason: "still dead", problem: "damaged" })).toMatchObject({
      reason: "already_returned",
    });
  });

  it("adds the shipping for a damaged order refunded whole, and not for a missing one", async () => {
    const damaged = await customerWith("delivered", BOOTS, { shippingCents: 795 });
    const first = okPreview(await TOOLS.refund.preview!(damaged.ctx, { orderNumber: damaged.order.number, reason: "crushed box, torn upper", problem: "damaged" }));
    expect(first.summary.money.amountCents).toBe(22_695);
    expect(first.input).toMatchObject({ items: [{ sku: "BOOT-10-BRN", quantity: 1 }] });
    const missing = await customerWith("delivered", BOOTS, { shippingCents: 795 });
    const second = okPreview(await TOOLS.refund.preview!(missing.ctx, { orderNumber: missing.order.number, reason: "never came", problem: "missing" }));
    expect(second.summary.money.amountCents).toBe(21_900);
    expect(second.summary.lines).toContain("Shipping ($7.95) is not refunded.");
  });

  it("sends a refund above the cap to a person with the computed amount, and the approval runs exactly that", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const input = { orderNumber: order.number, items: [{ sku: "VAC-1", quantity: 1 }], reason: "arrived smashed", problem: "damaged" as const };
    const preview = okPreview(await TOOLS.refund.preview!(ctx, input));
    expect(preview.summary).toMatchObject({ needsApproval: true, money: { amountCents: 34_900, when: "after_approval" } });
    const asked = await runConfirmed(ctx, "refund", preview.input);
    if (asked.decision !== "needs_approval") throw new Error(`expected approval, got ${JSON.stringify(asked)}`);
    const request = await prisma.actionRequest.findUniqueOrThrow({ where: { id: asked.actionRequestId } });
    expect(request.input).toMatchObject({ amountCents: 34_900, problem: "damaged", items: [{ sku: "VAC-1", quantity: 1 }] });

    // Staff authority is not subject to the customer-confirmation rule: the approval executes.
    const staff = await seedStaff(prisma);
    const outcome = await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() });
    expect(outcome).toMatchObject({ outcome: "executed", decision: { decision: "allowed", result: { amountCents: 34_900 } } });
    expect(await prisma.refund.findMany({ where: { orderId: order.id } })).toEqual([expect.objectContaining({ amountCents: 34_900, actor: `staff:${staff.id}` })]);
  });

  it("an approval does not execute when the computed amount is no longer the approved one", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const asked = await runConfirmed(ctx, "refund", { orderNumber: order.number, items: [{ sku: "VAC-1", quantity: 1 }], reason: "arrived smashed", problem: "damaged" });
    if (asked.decision !== "needs_approval") throw new Error("expected approval");
    await prisma.actionRequest.update({ where: { id: asked.actionRequestId }, data: { input: { orderNumber: order.number, items: [{ sku: "VAC-1", quantity: 1 }], reason: "arrived smashed", problem: "damaged", amountCents: 1 } } });
    const staff = await seedStaff(prisma);
    expect(await executeApprovedAction(prisma, asked.actionRequestId, staff.id, { policy: testPolicy() })).toMatchObject({
      outcome: "failed",
      decision: { decision: "denied", reason: "not_allowed" },
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("cancel_order, change_shipping_address, update_default_address", () => {
  it("cancel: the preview's refund is the run's refund, what was paid", async () => {
    const { order, ctx } = await customerWith("processing", BOOTS, { shippingCents: 795 });
    await prisma.payment.updateMany({ where: { orderId: order.id }, data: { status: "captured" } });
    const { preview, decision } = await previewThenRun(ctx, "cancel_order", { orderNumber: order.number });
    expect(preview.summary.money).toEqual({ direction: "to_customer", amountCents: 22_695, currency: "USD", destination: "your card ending 4242", when: "now" });
    expect(preview.summary.lines[0]).toBe(`Cancel order ${order.number} (1 × Granite Peak Waterproof Hiking Boot (size 10, brown)).`);
    expect(allowed(decision).result).toMatchObject({ refundedCents: 22_695, money: preview.summary.money });
  });

  it("cancel: a hold is released, no money moves", async () => {
    const { order, ctx } = await customerWith("pending", BOOTS);
    const preview = okPreview(await TOOLS.cancel_order.preview!(ctx, { orderNumber: order.number }));
    expect(preview.summary.money).toMatchObject({ direction: "none", amountCents: 0 });
    expect(preview.summary.lines).toContain("Release the $219.00 payment hold on your card ending 4242; it disappears within 3 to 5 business days, depending on your bank.");
  });

  it("update_default_address saves the address on the verified customer's account", async () => {
    const { customer, ctx } = await customerWith("delivered", BOOTS);
    const address = { name: "Ana Ruiz", line1: "22 Oak Ave", city: "Seattle", region: "WA", postalCode: "98101", country: "us" };
    const { preview, decision } = await previewThenRun(ctx, "update_default_address", { address });
    expect(preview.summary.lines[0]).toBe("Save Ana Ruiz, 22 Oak Ave, Seattle, WA 98101, US as the default shipping address on your account.");
    allowed(decision);
    expect((await prisma.customer.findUniqueOrThrow({ where: { id: customer.id } })).defaultAddress).toMatchObject({ line1: "22 Oak Ave", country: "US" });
    expect(await ctx.store.getCustomer(customer.id)).toMatchObject({ defaultAddress: expect.objectContaining({ city: "Seattle" }) });
  });
});

describe("confirmation", () => {
  it("every write tool has a preview; read-only tools do not", () => {
    for (const [name, definition] of Object.entries(TOOLS)) expect(definition.preview !== undefined, name).toBe(WRITE_TOOLS.has(name as ToolName));
  });

  it("denies an AI write without confirmation (not_confirmed) and changes nothing", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const input = { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", quantity: 1 }], reason: "too small" };
    expect(await TOOLS.return_items.run(ctx, input)).toMatchObject({ decision: "denied", reason: "not_confirmed" });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "tool.return_items", target: `order:${order.number}` } });
    expect(audit.details).toMatchObject({ decision: "denied", reason: "not_confirmed" });
  });

  it("refuses a run whose input differs from what the customer confirmed", async () => {
    const { order, ctx } = await customerWith("delivered", MIXED);
    const shown = { orderNumber: order.number, items: [{ sku: "SOCK-1", quantity: 1 }], reason: "too many" };
    const different = [
      { ...shown, items: [{ sku: "SOCK-1", quantity: 2 }] },
      { ...shown, items: [{ sku: "WATCH-1", quantity: 1 }] },
      { ...shown, refundMethod: "store_credit" },
    ];
    for (const input of different) {
      expect(await TOOLS.return_items.run(confirmedCtx(ctx, "return_items", shown), input)).toMatchObject({ reason: "not_confirmed" });
    }
    // A confirmation of another tool does not count either.
    expect(await TOOLS.return_items.run(confirmedCtx(ctx, "refund", shown), shown)).toMatchObject({ reason: "not_confirmed" });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    // Key order and the order number's spelling do not make a different input.
    const respelled = { reason: "too many", items: [{ quantity: 1, sku: "SOCK-1" }], orderNumber: ` #${order.number.toLowerCase()} ` };
    expect(await TOOLS.return_items.run(confirmedCtx(ctx, "return_items", shown), respelled)).toMatchObject({ decision: "allowed" });
  });

  it("exempts what policy exempts (resend_confirmation)", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    expect(await TOOLS.resend_confirmation.run(ctx, { orderNumber: order.number })).toMatchObject({ decision: "allowed" });
  });
});

describe("lookup_product", () => {
  it("lists a product's variants with price and stock, without verification", async () => {
    const ctx = contextFor(prisma, (await seedConversation(prisma)).id);
    const bySku = await TOOLS.lookup_product.run(ctx, { sku: "BOOT-10-BRN" });
    const result = allowed(bySku).result as unknown as { products: Array<{ name: string; variants: Array<{ sku: string; inStock: boolean }> }> };
    expect(result.products).toHaveLength(1);
    expect(result.products[0]!.variants.map((v) => [v.sku, v.inStock])).toEqual([
      ["BOOT-9-BLK", true],
      ["BOOT-10-BRN", true],
      ["BOOT-11-BRN", true],
      ["BOOT-12-BRN", false],
      ["BOOT-11-BLK", true],
    ]);
    expect(allowed(bySku).customerMessage).toContain("Out of stock: size 12, brown $219.00.");
    const byName = allowed(await TOOLS.lookup_product.run(ctx, { query: "hiking boot" })).result as unknown as { products: unknown[] };
    expect(byName.products).toHaveLength(1);
    expect(allowed(await TOOLS.lookup_product.run(ctx, { query: "teleporter" })).result).toEqual({ products: [] });
  });
});

describe("the demo store", () => {
  it("lets the demo customer exchange the delivered boots for a bigger size, and not for an out-of-stock one", async () => {
    const demo = await createTestDatabase("pglite");
    try {
      const { seedStore, DEMO_CUSTOMER } = await import("@/lib/seed/store");
      await seedStore(demo.prisma, { customers: 3, orders: 6 });
      const customer = await demo.prisma.customer.findUniqueOrThrow({ where: { email: DEMO_CUSTOMER.email } });
      const ctx = contextFor(demo.prisma, (await seedConversation(demo.prisma, customer.id)).id);
      const orderNumber = DEMO_CUSTOMER.orders.delivered;
      const bigger = okPreview(await TOOLS.exchange_items.preview!(ctx, { orderNumber, items: [{ sku: "FTW-4001", newSku: "FTW-4001-11-BRN" }], reason: "too small" }));
      expect(bigger.summary.lines[0]).toBe("Exchange 1 × Granite Peak Waterproof Hiking Boot (size 10, brown) for size 11, brown ($219.00 each).");
      expect(bigger.summary.lines.at(-1)).toBe("There is no price difference to pay.");
      const out = await TOOLS.exchange_items.preview!(ctx, { orderNumber, items: [{ sku: "FTW-4001", newSku: "FTW-4001-12-BRN" }], reason: "too small" });
      expect(out).toMatchObject({ ok: false, denied: { reason: "variant_unavailable" } });
    } finally {
      await demo.close();
    }
  });
});
