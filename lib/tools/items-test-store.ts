import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import type { ToolDecision, ToolName } from "./authorize";
import type { Preview } from "./preview";
import { TOOLS } from "./registry";
import {
  contextFor,
  type LineSeed,
  runConfirmed,
  seedConversation,
  seedCustomer,
  seedItemOrder,
  seedVariants,
} from "./test-fixtures";

/** The catalog and helpers the item-level tools' tests share (items.test.ts, order-actions.test.ts). */

const boot = (sku: string, size: string, color: string, priceCents: number, inStock = true) => ({
  sku,
  name: "Granite Peak Waterproof Hiking Boot",
  family: "BOOT",
  options: { size, color },
  priceCents,
  inStock,
});

type OrderStatus = "pending" | "processing" | "shipped" | "delivered";
export type ItemStore = TestDatabase & {
  /** A customer with one order of `lines` in `status`, and a conversation of theirs to run tools in. */
  customerWith(
    status: OrderStatus,
    lines: LineSeed[],
    extra?: { shippingCents?: number; deliveredDaysAgo?: number },
  ): ReturnType<typeof seedCustomerOrder>;
};

/** A fresh embedded database with the boots, the jacket and the mixed order's products. */
export async function openItemStore(): Promise<ItemStore> {
  const db = await createTestDatabase("pglite");
  await seedVariants(db.prisma, [
    boot("BOOT-10-BRN", "10", "brown", 21_900),
    boot("BOOT-11-BRN", "11", "brown", 21_900),
    boot("BOOT-12-BRN", "12", "brown", 21_900, false),
    boot("BOOT-11-BLK", "11", "black", 23_900),
    boot("BOOT-9-BLK", "9", "black", 19_900),
    {
      sku: "JKT-M-RED",
      name: "Stormline Rain Jacket",
      family: "JKT",
      options: { size: "M", color: "red" },
      priceCents: 19_900,
    },
    { sku: "VAC-1", name: "Robot Vacuum", family: "VAC-1", options: {}, priceCents: 34_900 },
    { sku: "HEAD-1", name: "Trail Headphones", family: "HEAD-1", options: {}, priceCents: 12_900 },
    { sku: "WATCH-1", name: "Summit GPS Watch", family: "WATCH-1", options: {}, priceCents: 24_900 },
    { sku: "SOCK-1", name: "Merino Hiking Socks", family: "SOCK-1", options: {}, priceCents: 1_800 },
  ]);
  return { ...db, customerWith: (status, lines, extra = {}) => seedCustomerOrder(db.prisma, status, lines, extra) };
}

export const MIXED: LineSeed[] = [
  { sku: "VAC-1", quantity: 1, unitPriceCents: 34_900 },
  { sku: "HEAD-1", quantity: 1, unitPriceCents: 12_900 },
  { sku: "WATCH-1", quantity: 1, unitPriceCents: 24_900 },
  { sku: "SOCK-1", quantity: 2, unitPriceCents: 1_800 },
];
export const BOOTS: LineSeed[] = [{ sku: "BOOT-10-BRN", quantity: 1, unitPriceCents: 21_900 }];

async function seedCustomerOrder(
  prisma: PrismaClient,
  status: OrderStatus,
  lines: LineSeed[],
  extra: { shippingCents?: number; deliveredDaysAgo?: number },
) {
  const customer = await seedCustomer(prisma);
  const order = await seedItemOrder(prisma, { customerId: customer.id, status, lines, ...extra });
  const conversation = await seedConversation(prisma, customer.id);
  return { customer, order, ctx: contextFor(prisma, conversation.id) };
}

export function okPreview(preview: Preview) {
  if (!preview.ok) throw new Error(`expected a preview, got ${JSON.stringify(preview.denied)}`);
  return preview;
}

export function allowed(decision: ToolDecision) {
  if (decision.decision !== "allowed") throw new Error(`expected allowed, got ${JSON.stringify(decision)}`);
  return decision as {
    decision: "allowed";
    result: Record<string, unknown> & { money: unknown; items: unknown };
    customerMessage: string;
  };
}

/** Preview, then run with the customer's confirmation of the previewed input: the AI's path. */
export async function previewThenRun(ctx: ReturnType<typeof contextFor>, tool: ToolName, input: unknown) {
  const preview = okPreview(await TOOLS[tool].preview!(ctx, input));
  const decision = await runConfirmed(ctx, tool, preview.input);
  return { preview, decision };
}

export const reasonOf = (decision: ToolDecision | Preview) =>
  "decision" in decision
    ? decision.decision === "allowed"
      ? "allowed"
      : decision.decision === "denied"
        ? decision.reason
        : "needs_approval"
    : decision.ok
      ? "ok"
      : decision.denied.reason;
