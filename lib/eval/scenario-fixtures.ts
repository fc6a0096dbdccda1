import type { PrismaClient } from "@/lib/generated/prisma/client";
import { daysAgo, type FixtureCustomer, type FixtureOrder, orderTotals, type Scenario } from "./scenarios";

/**
 * Writes a scenario's store into an empty database: the customer and the other customers, their orders with
 * items (one Product row per SKU, with its family, options and stock; catalog variants in no order too), the payment and any amount already refunded, every date counted back from
 * `now`. evals/README.md documents the fixture format.
 */
export async function seedScenarioStore(prisma: PrismaClient, scenario: Scenario, now: Date): Promise<void> {
  const products = new Map<string, string>();
  const addProduct = async (variant: {
    sku: string;
    name: string;
    family?: string | undefined;
    options?: Record<string, string> | undefined;
    priceCents: number;
    inStock?: boolean;
  }) => {
    if (products.has(variant.sku)) return;
    const product = await prisma.product.create({
      data: {
        sku: variant.sku,
        name: variant.name,
        family: variant.family ?? variant.sku,
        options: variant.options ?? {},
        inStock: variant.inStock ?? true,
        category: "fixture",
        description: variant.name,
        priceCents: variant.priceCents,
      },
      select: { id: true },
    });
    products.set(variant.sku, product.id);
  };
  // Catalog variants first: they carry stock and list price, which an order's item (priced when bought) does not.
  for (const variant of scenario.products ?? []) await addProduct(variant);
  const everyone = [{ customer: scenario.customer, orders: scenario.orders }, ...(scenario.otherCustomers ?? [])];
  for (const { customer, orders } of everyone) {
    const row = await prisma.customer.create({
      data: {
        email: customer.email,
        name: customer.name,
        tier: customer.tier,
        phone: customer.phone ?? null,
        createdAt: oldest(orders, now),
        ...(customer.address ? { defaultAddress: customer.address } : {}),
      },
      select: { id: true },
    });
    for (const order of orders) {
      for (const item of order.items) await addProduct({ ...item, priceCents: item.unitPriceCents });
      await createOrder(prisma, { customerId: row.id, customer, order, products, now });
    }
  }
}

const DEFAULT_PAYMENT = { method: "card", cardLast4: null, status: "captured", refundedCents: 0 } as const;

async function createOrder(
  prisma: PrismaClient,
  input: {
    customerId: string;
    customer: FixtureCustomer;
    order: FixtureOrder;
    products: Map<string, string>;
    now: Date;
  },
): Promise<void> {
  const { order, now } = input;
  const { subtotalCents, totalCents } = orderTotals(order);
  const placedAt = daysAgo(now, order.placedDaysAgo)!;
  const payment = order.payment ?? DEFAULT_PAYMENT;
  const created = await prisma.order.create({
    data: {
      number: order.number,
      customerId: input.customerId,
      status: order.status,
      placedAt,
      shippedAt: daysAgo(now, order.shippedDaysAgo),
      deliveredAt: daysAgo(now, order.deliveredDaysAgo),
      cancelledAt: daysAgo(now, order.cancelledDaysAgo),
      returnedAt: daysAgo(now, order.returnedDaysAgo),
      subtotalCents,
      shippingCents: order.shippingCents,
      totalCents,
      currency: order.currency,
      shippingAddress: order.shippingAddress ?? input.customer.address ?? defaultAddress(input.customer.name),
      carrier: order.carrier ?? null,
      trackingNumber: order.trackingNumber ?? null,
      items: {
        create: order.items.map((item) => ({
          productId: input.products.get(item.sku)!,
          quantity: item.quantity,
          unitPriceCents: item.unitPriceCents,
        })),
      },
      payments: {
        create: {
          method: payment.method,
          cardLast4: payment.cardLast4,
          status: payment.status,
          amountCents: totalCents,
          refundedCents: payment.refundedCents,
          createdAt: placedAt,
        },
      },
    },
    select: { id: true, payments: { select: { id: true } } },
  });
  // The store sums Refund rows for what an order has had back, so an amount already refunded needs its row too.
  if (payment.refundedCents > 0) {
    await prisma.refund.create({
      data: {
        orderId: created.id,
        paymentId: created.payments[0]?.id ?? null,
        amountCents: payment.refundedCents,
        reason: "refunded before the conversation (fixture)",
        idempotencyKey: `fixture:${order.number}`,
        actor: "fixture",
        createdAt: placedAt,
      },
    });
  }
}

/** Any valid address will do when the fixture gives none: only the change-address tool reads it. */
function defaultAddress(name: string) {
  return { name, line1: "100 Fixture Way", city: "Portland", region: "OR", postalCode: "97201", country: "US" };
}

/** A customer exists from their first order on (or from now, with none). */
function oldest(orders: FixtureOrder[], now: Date): Date {
  return daysAgo(now, Math.max(0, ...orders.map((o) => o.placedDaysAgo)))!;
}
