import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type SupportPolicy, supportPolicySchema } from "@/lib/policy/schema";
import type { ToolContext } from "./authorize";

/**
 * Data for the tool tests, created in code per test: a customer, orders in given states and at given ages, and
 * a conversation (verified or not). Limits are pinned here rather than read from the policy file, so a policy
 * edit changes the app, not what these tests prove.
 */
export const LIMITS = {
  refundCapCents: 15_000,
  refundWindowDays: 30,
  returnWindowDays: 30,
  goodwillCapCents: 2_000,
  maxAttempts: 3,
} as const;

export function testPolicy(): SupportPolicy {
  const file = path.resolve(import.meta.dirname, "../../policies/support-policy.yaml");
  const policy = supportPolicySchema.parse(parseYaml(readFileSync(file, "utf8")));
  return {
    ...policy,
    tools: {
      refund: { cap_cents: LIMITS.refundCapCents, window_days: LIMITS.refundWindowDays, allowed_states: ["delivered", "returned"] },
      return: { window_days: LIMITS.returnWindowDays, allowed_states: ["delivered"] },
      cancel: { allowed_states: ["pending", "processing"] },
      change_address: { allowed_states: ["pending", "processing"] },
      goodwill_credit: { cap_cents: LIMITS.goodwillCapCents },
      verification: { max_attempts: LIMITS.maxAttempts },
    },
  };
}

const DAY_MS = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

let sequence = 0;
const next = () => ++sequence;

export async function seedCustomer(prisma: PrismaClient, overrides: { email?: string; name?: string } = {}) {
  const n = next();
  return prisma.customer.create({
    data: { email: overrides.email ?? `customer${n}@example.com`, name: overrides.name ?? `Customer${n} Example` },
  });
}

export type OrderSeed = {
  customerId: string;
  status: "pending" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
  /** Days since delivery; for delivered or returned orders. Defaults to 5. */
  deliveredDaysAgo?: number;
  totalCents?: number;
  /** How the order was paid: captured (default), only authorized, or not at all. */
  payment?: "captured" | "authorized" | "none";
};

export async function seedOrder(prisma: PrismaClient, seed: OrderSeed) {
  const n = next();
  const totalCents = seed.totalCents ?? 8_000;
  const delivered = seed.status === "delivered" || seed.status === "returned";
  const deliveredAt = delivered ? daysAgo(seed.deliveredDaysAgo ?? 5) : null;
  const placedAt = new Date((deliveredAt ?? new Date()).getTime() - 4 * DAY_MS);
  const product = await prisma.product.create({
    data: { sku: `SKU-${n}-${Math.random().toString(36).slice(2, 8)}`, name: `Trail Jacket ${n}`, category: "apparel", description: "A jacket.", priceCents: totalCents },
  });
  const payment = seed.payment ?? "captured";
  return prisma.order.create({
    data: {
      number: `NW-${100_000 + n}`,
      customerId: seed.customerId,
      status: seed.status,
      placedAt,
      shippedAt: ["shipped", "delivered", "returned"].includes(seed.status) ? new Date(placedAt.getTime() + DAY_MS) : null,
      deliveredAt,
      returnedAt: seed.status === "returned" ? new Date((deliveredAt ?? placedAt).getTime() + DAY_MS) : null,
      cancelledAt: seed.status === "cancelled" ? placedAt : null,
      subtotalCents: totalCents,
      shippingCents: 0,
      totalCents,
      shippingAddress: { name: "Ana Ruiz", line1: "1 Main St", city: "Portland", region: "OR", postalCode: "97201", country: "US" },
      items: { create: { productId: product.id, quantity: 1, unitPriceCents: totalCents } },
      ...(payment === "none"
        ? {}
        : { payments: { create: { method: "card", cardLast4: "4242", status: payment, amountCents: totalCents, createdAt: placedAt } } }),
    },
  });
}

export async function seedConversation(prisma: PrismaClient, verifiedCustomerId?: string) {
  const n = next();
  return prisma.conversation.create({
    data: {
      accessTokenHash: `test-token-${n}-${Math.random().toString(36).slice(2)}`,
      ...(verifiedCustomerId ? { customerId: verifiedCustomerId, verifiedAt: new Date() } : {}),
    },
  });
}

export async function seedStaff(prisma: PrismaClient, active = true) {
  const n = next();
  return prisma.staffUser.create({
    data: { email: `agent${n}-${Math.random().toString(36).slice(2, 6)}@tandem.test`, name: `Agent ${n}`, passwordHash: "x", role: "agent", active },
  });
}

export function contextFor(prisma: PrismaClient, conversationId: string, overrides: Partial<ToolContext> = {}): ToolContext {
  return { prisma, policy: testPolicy(), conversationId, store: prismaCommerceStore(prisma), ...overrides };
}

/** A verified customer with one order, and the context of their conversation: the start of most tests. */
export async function verifiedCustomerWithOrder(prisma: PrismaClient, order: Omit<OrderSeed, "customerId">) {
  const customer = await seedCustomer(prisma);
  const created = await seedOrder(prisma, { ...order, customerId: customer.id });
  const conversation = await seedConversation(prisma, customer.id);
  return { customer, order: created, conversation, ctx: contextFor(prisma, conversation.id) };
}
