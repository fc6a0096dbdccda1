import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ToolName } from "./authorize";
import { BOOTS, type ItemStore, MIXED, openItemStore } from "./items-test-store";
import { TOOLS, WRITE_TOOLS } from "./registry";
import { confirmedCtx } from "./test-fixtures";

/**
 * No AI write without the customer's yes to exactly that input: every write tool has a preview, a run without a
 * matching confirmation is denied and changes nothing, and only what policy exempts runs without one.
 */
let store: ItemStore;
let prisma: PrismaClient;
beforeAll(async () => {
  store = await openItemStore();
  prisma = store.prisma;
});
afterAll(() => store?.close());
const customerWith: ItemStore["customerWith"] = (...args) => store.customerWith(...args);

describe("confirmation", () => {
  it("every write tool has a preview; read-only tools do not", () => {
    for (const [name, definition] of Object.entries(TOOLS))
      expect(definition.preview !== undefined, name).toBe(WRITE_TOOLS.has(name as ToolName));
  });

  it("denies an AI write without confirmation (not_confirmed) and changes nothing", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    const input = { orderNumber: order.number, items: [{ sku: "BOOT-10-BRN", quantity: 1 }], reason: "too small" };
    expect(await TOOLS.return_items.run(ctx, input)).toMatchObject({ decision: "denied", reason: "not_confirmed" });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "tool.return_items", target: `order:${order.number}` },
    });
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
      expect(await TOOLS.return_items.run(confirmedCtx(ctx, "return_items", shown), input)).toMatchObject({
        reason: "not_confirmed",
      });
    }
    // A confirmation of another tool does not count either.
    expect(await TOOLS.return_items.run(confirmedCtx(ctx, "refund", shown), shown)).toMatchObject({
      reason: "not_confirmed",
    });
    expect(await prisma.returnRequest.count({ where: { orderId: order.id } })).toBe(0);
    // Key order and the order number's spelling do not make a different input.
    const respelled = {
      reason: "too many",
      items: [{ quantity: 1, sku: "SOCK-1" }],
      orderNumber: ` #${order.number.toLowerCase()} `,
    };
    expect(await TOOLS.return_items.run(confirmedCtx(ctx, "return_items", shown), respelled)).toMatchObject({
      decision: "allowed",
    });
  });

  it("exempts what policy exempts (resend_confirmation)", async () => {
    const { order, ctx } = await customerWith("delivered", BOOTS);
    expect(await TOOLS.resend_confirmation.run(ctx, { orderNumber: order.number })).toMatchObject({
      decision: "allowed",
    });
  });
});
