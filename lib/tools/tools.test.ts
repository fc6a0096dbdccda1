import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/test/support/test-db";
import { TOOL_NAMES, type ToolDecision } from "./authorize";
import { cancelOrder as cancelTool } from "./cancel-order";
import { changeShippingAddress as changeAddressTool } from "./change-shipping-address";
import { lookupOrder, lookupOrders } from "./lookup-orders";
import { TOOLS } from "./registry";
import { resendConfirmation } from "./resend-confirmation";
import { returnItems as returnTool } from "./return-items";
import {
  confirmedCtx,
  confirmedRun,
  contextFor,
  seedConversation,
  seedCustomer,
  seedOrder,
  verifiedCustomerWithOrder,
} from "./test-fixtures";

// The AI's calls after the customer confirmed exactly that input (lib/tools/items.test.ts tests the rule itself).
const cancelOrder = confirmedRun("cancel_order", cancelTool);
const changeShippingAddress = confirmedRun("change_shipping_address", changeAddressTool);
const returnItems = confirmedRun("return_items", returnTool);

/** Every tool refuses what policy does not allow, and tells the customer nothing about anyone else. */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  prisma = db.prisma;
});
afterAll(() => db?.close());

const denied = (decision: ToolDecision) => {
  if (decision.decision !== "denied") throw new Error(`expected a denial, got ${JSON.stringify(decision)}`);
  return decision;
};

describe("every account tool", () => {
  it("denies an unverified caller and changes nothing", async () => {
    const customer = await seedCustomer(prisma);
    const order = await seedOrder(prisma, { customerId: customer.id, status: "processing" });
    const ctx = contextFor(prisma, (await seedConversation(prisma)).id);
    const address = { name: "Eve", line1: "9 Elm St", city: "Reno", postalCode: "89501", country: "US" };
    const sku = (await prisma.orderItem.findFirstOrThrow({ where: { orderId: order.id }, include: { product: true } }))
      .product.sku;
    const inputs: Record<string, unknown> = {
      lookup_orders: {},
      lookup_order: { orderNumber: order.number },
      cancel_order: { orderNumber: order.number },
      change_shipping_address: { orderNumber: order.number, address },
      update_default_address: { address },
      modify_order_items: { orderNumber: order.number, items: [{ sku, newSku: `${sku}-XL` }] },
      return_items: { orderNumber: order.number, items: [{ sku, quantity: 1 }], reason: "too small" },
      exchange_items: { orderNumber: order.number, items: [{ sku, newSku: `${sku}-XL` }], reason: "too small" },
      refund: { orderNumber: order.number, reason: "too small", problem: "damaged" },
      resend_confirmation: { orderNumber: order.number },
      goodwill_credit: { orderNumber: order.number, amountCents: 500, reason: "sorry" },
    };
    // lookup_product reads the public catalog: no verification.
    const accountTools = TOOL_NAMES.filter((n) => n !== "verify_identity" && n !== "lookup_product");
    for (const name of accountTools) {
      expect(denied(await TOOLS[name].run(confirmedCtx(ctx, name, inputs[name]), inputs[name])).reason, name).toBe(
        "not_verified",
      );
      const preview = TOOLS[name].preview;
      if (preview)
        expect(await preview(ctx, inputs[name]), name).toMatchObject({ ok: false, denied: { reason: "not_verified" } });
    }
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "processing",
      shippingAddress: expect.objectContaining({ line1: "1 Main St" }),
    });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.storeCredit.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.orderNotification.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    // Every call audited (previews write nothing, not even an audit row).
    expect(
      await prisma.auditEvent.count({ where: { details: { path: ["conversationId"], equals: ctx.conversationId } } }),
    ).toBe(accountTools.length);
  });

  it("treats another customer's order as not found, in the same words as a missing one", async () => {
    const victim = await seedCustomer(prisma, { email: "victim@example.com", name: "Victoria Secretname" });
    const theirs = await seedOrder(prisma, { customerId: victim.id, status: "processing", totalCents: 12_345 });
    const { ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });

    for (const run of [lookupOrder, cancelOrder, resendConfirmation]) {
      const other = denied(await run(ctx, { orderNumber: theirs.number }));
      const missing = denied(await run(ctx, { orderNumber: "NW-999999" }));
      expect(other.reason).toBe("not_owner");
      expect(missing.reason).toBe("order_not_found");
      expect(other.customerMessage).toBe(missing.customerMessage.replace("NW-999999", theirs.number));
      expect(other.customerMessage).not.toMatch(/Victoria|victim@|123\.45|processing|belongs|another customer/i);
    }
    expect(await prisma.order.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ status: "processing" });
  });

  it("lists only the verified customer's own orders", async () => {
    const { ctx, order } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    await seedOrder(prisma, { customerId: (await seedCustomer(prisma)).id, status: "delivered" });
    const decision = await lookupOrders(ctx, {});
    expect(decision).toMatchObject({
      decision: "allowed",
      result: { orders: [expect.objectContaining({ orderNumber: order.number })] },
    });
    if (decision.decision === "allowed") expect(decision.result.orders).toHaveLength(1);
  });
});

describe("cancel_order", () => {
  it("denies cancelling a shipped order (wrong_state)", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "shipped" });
    expect(denied(await cancelOrder(ctx, { orderNumber: order.number })).reason).toBe("wrong_state");
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "shipped",
      cancelledAt: null,
    });
  });

  it("cancels an unshipped order once and returns the payment in full", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "processing", totalCents: 6_000 });
    expect(await cancelOrder(ctx, { orderNumber: order.number })).toMatchObject({
      decision: "allowed",
      result: { status: "cancelled", refundedCents: 6_000 },
    });
    expect(denied(await cancelOrder(ctx, { orderNumber: order.number })).reason).toBe("wrong_state");
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      status: "refunded",
      refundedCents: 6_000,
    });
  });

  it("voids an authorization rather than refunding money that was never taken", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "pending", payment: "authorized" });
    expect(await cancelOrder(ctx, { orderNumber: order.number })).toMatchObject({
      decision: "allowed",
      result: { refundedCents: 0 },
    });
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "voided" });
  });
});

describe("return_items (the whole order)", () => {
  it("starts a return for a recently delivered order, once", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 10 });
    const sku = (await prisma.orderItem.findFirstOrThrow({ where: { orderId: order.id }, include: { product: true } }))
      .product.sku;
    const input = { orderNumber: order.number, items: [{ sku, quantity: 1 }], reason: "too small" };
    expect(await returnItems(ctx, input)).toMatchObject({
      decision: "allowed",
      result: {
        returnReference: `RMA-${order.number}-1`,
        refundCents: 8_000,
        money: { when: "on_receipt", amountCents: 8_000 },
      },
    });
    // No money moves now, and the order stays delivered until the parcel arrives.
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "delivered" });
    expect(denied(await returnItems(ctx, input)).reason).toBe("already_returned");
  });

  it("denies a return outside the window", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered", deliveredDaysAgo: 45 });
    const sku = (await prisma.orderItem.findFirstOrThrow({ where: { orderId: order.id }, include: { product: true } }))
      .product.sku;
    expect(
      denied(await returnItems(ctx, { orderNumber: order.number, items: [{ sku, quantity: 1 }], reason: "too small" }))
        .reason,
    ).toBe("outside_window");
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("change_shipping_address", () => {
  const address = {
    name: "Ana Ruiz",
    line1: "22 Oak Ave",
    city: "Seattle",
    region: "WA",
    postalCode: "98101",
    country: "us",
  };

  it("changes the address of an unshipped order", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "processing" });
    expect(await changeShippingAddress(ctx, { orderNumber: order.number, address })).toMatchObject({
      decision: "allowed",
    });
    const stored = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.shippingAddress).toMatchObject({ line1: "22 Oak Ave", city: "Seattle", country: "US" });
  });

  it("denies a shipped order and an incomplete address", async () => {
    const shipped = await verifiedCustomerWithOrder(prisma, { status: "shipped" });
    expect(
      denied(await changeShippingAddress(shipped.ctx, { orderNumber: shipped.order.number, address })).reason,
    ).toBe("wrong_state");
    const open = await verifiedCustomerWithOrder(prisma, { status: "pending" });
    const incomplete = Object.fromEntries(Object.entries(address).filter(([key]) => key !== "city"));
    expect(
      denied(await changeShippingAddress(open.ctx, { orderNumber: open.order.number, address: incomplete })).reason,
    ).toBe("invalid_input");
  });
});

describe("resend_confirmation", () => {
  it("sends to the account's email once per conversation", async () => {
    const { order, customer, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    expect(await resendConfirmation(ctx, { orderNumber: order.number })).toMatchObject({ decision: "allowed" });
    expect(denied(await resendConfirmation(ctx, { orderNumber: order.number })).reason).toBe("duplicate");
    expect(await prisma.orderNotification.findMany({ where: { orderId: order.id } })).toEqual([
      expect.objectContaining({ sentTo: customer.email, kind: "confirmation" }),
    ]);
  });

  it("ignores any address the model tries to add", async () => {
    const { order, ctx } = await verifiedCustomerWithOrder(prisma, { status: "delivered" });
    expect(
      denied(await resendConfirmation(ctx, { orderNumber: order.number, email: "attacker@evil.test" })).reason,
    ).toBe("invalid_input");
    expect(await prisma.orderNotification.count({ where: { orderId: order.id } })).toBe(0);
  });
});
