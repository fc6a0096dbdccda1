/**
 * Data the workspace's end-to-end tests rely on, created in code on the e2e server's database before it starts:
 * a VIP customer with delivered orders above the AI's refund cap, so asking for a refund in the chat files an
 * action request that waits for a person (one order per test that needs one). Safe to run again (fixed keys,
 * skip what exists).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const REFUND_CUSTOMER = {
  email: "riley.chen@example.com",
  name: "Riley Chen",
  orderNumber: "NW-900001",
  /** A second order for a second refund request (the first test refunds the first). */
  secondOrderNumber: "NW-900002",
  product: "TNT-1002",
  totalCents: 38_900,
} as const;

const DAY = 86_400_000;

export async function seedWorkspaceFixtures(prisma: PrismaClient, now = new Date()): Promise<void> {
  const product = await prisma.product.findUniqueOrThrow({
    where: { sku: REFUND_CUSTOMER.product },
    select: { id: true },
  });
  const customer = await prisma.customer.upsert({
    where: { email: REFUND_CUSTOMER.email },
    update: {},
    create: { email: REFUND_CUSTOMER.email, name: REFUND_CUSTOMER.name, tier: "vip", phone: "+1 555 0177" },
    select: { id: true },
  });
  for (const [index, number] of [REFUND_CUSTOMER.orderNumber, REFUND_CUSTOMER.secondOrderNumber].entries()) {
    if (await prisma.order.findUnique({ where: { number }, select: { id: true } })) continue;
    await createDeliveredOrder(prisma, {
      number,
      customerId: customer.id,
      productId: product.id,
      now,
      daysAgo: 4 + index,
    });
  }
}

async function createDeliveredOrder(
  prisma: PrismaClient,
  input: { number: string; customerId: string; productId: string; now: Date; daysAgo: number },
) {
  const { now, daysAgo } = input;
  const placedAt = new Date(now.getTime() - (daysAgo + 5) * DAY);
  await prisma.order.create({
    data: {
      number: input.number,
      customerId: input.customerId,
      status: "delivered",
      placedAt,
      shippedAt: new Date(now.getTime() - (daysAgo + 4) * DAY),
      deliveredAt: new Date(now.getTime() - daysAgo * DAY),
      subtotalCents: REFUND_CUSTOMER.totalCents,
      shippingCents: 0,
      totalCents: REFUND_CUSTOMER.totalCents,
      carrier: "UPS",
      trackingNumber: `1Z999AA1012345678${daysAgo}`,
      shippingAddress: {
        name: REFUND_CUSTOMER.name,
        line1: "48 Alder St",
        city: "Portland",
        region: "OR",
        postalCode: "97205",
        country: "US",
      },
      items: { create: { productId: input.productId, quantity: 1, unitPriceCents: REFUND_CUSTOMER.totalCents } },
      payments: {
        create: {
          method: "card",
          cardLast4: "4242",
          status: "captured",
          amountCents: REFUND_CUSTOMER.totalCents,
          createdAt: placedAt,
        },
      },
    },
  });
}
