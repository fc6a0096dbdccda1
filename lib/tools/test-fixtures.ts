import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type SupportPolicy, supportPolicySchema } from "@/lib/policy/schema";
import type { ToolContext, ToolDecision, ToolName } from "./authorize";
import { TOOLS } from "./registry";

/**
 * Data for the tool tests, created in code per test: a customer, orders in given states and at given ages, and
 * a conversation (verified or not). Limits are pinned here rather than read from the policy file, so a policy
 * edit changes the app, not what these tests prove.
 */
export const LIMITS = {
  refundCapCents: 15_000,
  refundWindowDays: 30,
  returnWindowDays: 30,
  exchangeWindowDays: 30,
  goodwillCapCents: 2_000,
  maxAttempts: 3,
} as const;

export function testPolicy(): SupportPolicy {
  const file = path.resolve(import.meta.dirname, "../../policies/support-policy.yaml");
  const policy = supportPolicySchema.parse(parseYaml(readFileSync(file, "utf8")));
  return {
    ...policy,
    tools: {
      refund: {
        cap_cents: LIMITS.refundCapCents,
        window_days: LIMITS.refundWindowDays,
        allowed_states: ["delivered", "returned"],
        direct_problems: ["damaged", "defective", "missing", "wrong_item"],
        shipping_refunded_for: ["damaged", "defective", "wrong_item"],
      },
      return: { window_days: LIMITS.returnWindowDays, allowed_states: ["delivered"], refund_timing: "on_receipt" },
      exchange: { window_days: LIMITS.exchangeWindowDays, allowed_states: ["delivered"] },
      modify_items: { allowed_states: ["pending", "processing"] },
      cancel: { allowed_states: ["pending", "processing"] },
      change_address: { allowed_states: ["pending", "processing"] },
      update_address: {},
      goodwill_credit: { cap_cents: LIMITS.goodwillCapCents },
      verification: { max_attempts: LIMITS.maxAttempts },
      confirmation_exempt: ["resend_confirmation"],
      proposal_ttl_minutes: 30,
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
    data: {
      sku: `SKU-${n}-${Math.random().toString(36).slice(2, 8)}`,
      name: `Trail Jacket ${n}`,
      category: "apparel",
      description: "A jacket.",
      priceCents: totalCents,
    },
  });
  const payment = seed.payment ?? "captured";
  return prisma.order.create({
    data: {
      number: `NW-${100_000 + n}`,
      customerId: seed.customerId,
      status: seed.status,
      placedAt,
      shippedAt: ["shipped", "delivered", "returned"].includes(seed.status)
        ? new Date(placedAt.getTime() + DAY_MS)
        : null,
      deliveredAt,
      returnedAt: seed.status === "returned" ? new Date((deliveredAt ?? placedAt).getTime() + DAY_MS) : null,
      cancelledAt: seed.status === "cancelled" ? placedAt : null,
      subtotalCents: totalCents,
      shippingCents: 0,
      totalCents,
      shippingAddress: {
        name: "Ana Ruiz",
        line1: "1 Main St",
        city: "Portland",
        region: "OR",
        postalCode: "97201",
        country: "US",
      },
      items: { create: { productId: product.id, quantity: 1, unitPriceCents: totalCents } },
      ...(payment === "none"
        ? {}
        : {
            payments: {
              create: {
                method: "card",
                cardLast4: "4242",
                status: payment,
                amountCents: totalCents,
                createdAt: placedAt,
              },
            },
          }),
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
    data: {
      email: `agent${n}-${Math.random().toString(36).slice(2, 6)}@tandem.test`,
      name: `Agent ${n}`,
      passwordHash: "x",
      role: "agent",
      active,
    },
  });
}

export function contextFor(
  prisma: PrismaClient,
  conversationId: string,
  overrides: Partial<ToolContext> = {},
): ToolContext {
  return { prisma, policy: testPolicy(), conversationId, store: prismaCommerceStore(prisma), ...overrides };
}

/** The context of a call the customer confirmed: the proposal was for exactly this tool and input. */
export function confirmedCtx(
  ctx: ToolContext,
  tool: ToolName,
  input: unknown,
  proposalId = "test-proposal",
): ToolContext {
  return { ...ctx, confirmed: { proposalId, tool, input } };
}

/** Runs a tool as the AI does after the customer's yes to exactly this input. */
export function runConfirmed(ctx: ToolContext, tool: ToolName, input: unknown): Promise<ToolDecision> {
  return TOOLS[tool].run(confirmedCtx(ctx, tool, input), input);
}

/** `run(ctx, input)` with the customer's confirmation of that input: the old tests' calls, confirmed. */
export function confirmedRun<R>(tool: ToolName, run: (ctx: ToolContext, input: unknown) => Promise<ToolDecision<R>>) {
  return (ctx: ToolContext, input: unknown) => run(confirmedCtx(ctx, tool, input), input);
}

export type VariantSeed = {
  sku: string;
  name: string;
  family: string;
  options: Record<string, string>;
  priceCents: number;
  inStock?: boolean;
  active?: boolean;
};

/** Catalog rows for a product's variants (created once per SKU). */
export async function seedVariants(prisma: PrismaClient, variants: VariantSeed[]) {
  const rows = [];
  for (const v of variants) {
    rows.push(
      await prisma.product.upsert({
        where: { sku: v.sku },
        update: {},
        create: {
          sku: v.sku,
          name: v.name,
          family: v.family,
          options: v.options,
          category: "footwear",
          description: `${v.name}.`,
          priceCents: v.priceCents,
          inStock: v.inStock ?? true,
          active: v.active ?? true,
        },
      }),
    );
  }
  return rows;
}

export type LineSeed = { sku: string; quantity: number; unitPriceCents: number };

/**
 * An order of given catalog variants (seedVariants first), with shipping, paid by a captured card ending 4242
 * (or only authorized for an order that has not shipped).
 */
export async function seedItemOrder(
  prisma: PrismaClient,
  seed: {
    customerId: string;
    status: OrderSeed["status"];
    lines: LineSeed[];
    shippingCents?: number;
    deliveredDaysAgo?: number;
    payment?: "captured" | "authorized";
    number?: string;
  },
) {
  const n = next();
  const subtotalCents = seed.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const shippingCents = seed.shippingCents ?? 0;
  const totalCents = subtotalCents + shippingCents;
  const delivered = seed.status === "delivered" || seed.status === "returned";
  const deliveredAt = delivered ? daysAgo(seed.deliveredDaysAgo ?? 5) : null;
  const placedAt = new Date((deliveredAt ?? new Date()).getTime() - 4 * DAY_MS);
  const products = await prisma.product.findMany({
    where: { sku: { in: seed.lines.map((l) => l.sku) } },
    select: { id: true, sku: true },
  });
  const ids = new Map(products.map((p) => [p.sku, p.id]));
  const payment = seed.payment ?? (["pending", "processing"].includes(seed.status) ? "authorized" : "captured");
  return prisma.order.create({
    data: {
      number: seed.number ?? `NW-${300_000 + n}`,
      customerId: seed.customerId,
      status: seed.status,
      placedAt,
      shippedAt: ["shipped", "delivered", "returned"].includes(seed.status)
        ? new Date(placedAt.getTime() + DAY_MS)
        : null,
      deliveredAt,
      subtotalCents,
      shippingCents,
      totalCents,
      shippingAddress: {
        name: "Ana Ruiz",
        line1: "1 Main St",
        city: "Portland",
        region: "OR",
        postalCode: "97201",
        country: "US",
      },
      items: {
        create: seed.lines.map((line) => ({
          productId: ids.get(line.sku)!,
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
        })),
      },
      payments: {
        create: { method: "card", cardLast4: "4242", status: payment, amountCents: totalCents, createdAt: placedAt },
      },
    },
  });
}

/** A verified customer with one order, and the context of their conversation: the start of most tests. */
export async function verifiedCustomerWithOrder(prisma: PrismaClient, order: Omit<OrderSeed, "customerId">) {
  const customer = await seedCustomer(prisma);
  const created = await seedOrder(prisma, { ...order, customerId: customer.id });
  const conversation = await seedConversation(prisma, customer.id);
  return { customer, order: created, conversation, ctx: contextFor(prisma, conversation.id) };
}
