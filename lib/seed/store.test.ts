import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase, unavailable } from "@/test/support/test-db";
import { generateCustomers, generateProducts, ORDER_WINDOW_DAYS, type OrderPlan } from "./generate";
import { generateOrders } from "./generate-orders";
import { DEMO_STAFF } from "@/lib/auth/demo-staff";
import { DEMO_CUSTOMER, findDemoCustomer, seedStaff, seedStore } from "./store";

const NOW = new Date("2026-06-15T12:00:00.000Z");
const DAY = 86_400_000;
const SIZE = { customers: 40, orders: 300, now: NOW };
const STATES = ["pending", "processing", "shipped", "delivered", "cancelled", "returned"];

describe("the generated store", () => {
  const products = generateProducts(50);
  const customers = generateCustomers(SIZE.customers, 1, NOW);
  const plans = generateOrders({ count: SIZE.orders, seed: 1, now: NOW, products, customers });

  it("sells about 50 outdoor products with unique SKUs and plausible prices", () => {
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.family)).size).toBe(50);
    expect(products.map((p) => p.category)).toEqual(
      expect.arrayContaining(["tents", "sleeping-bags", "footwear", "jackets", "backpacks", "stoves"]),
    );
    for (const p of products) expect(p.priceCents).toBeGreaterThanOrEqual(500);
  });

  it("sells footwear, apparel, jackets and tents in sizes and colours, some out of stock", () => {
    for (const category of ["footwear", "apparel", "jackets", "tents"]) {
      const families = new Set(
        products.filter((p) => p.category === category && Object.keys(p.options).length > 0).map((p) => p.family),
      );
      expect(families.size, category).toBeGreaterThan(0);
    }
    // The plain SKU is one of the variants, so orders and fixtures naming it still mean a real size.
    const boots = products.filter((p) => p.family === "FTW-4001");
    expect(boots.find((p) => p.sku === "FTW-4001")).toMatchObject({
      options: { size: "10", color: "brown" },
      priceCents: 21_900,
      inStock: true,
    });
    expect(boots.find((p) => p.sku === "FTW-4001-11-BRN")).toMatchObject({
      options: { size: "11", color: "brown" },
      inStock: true,
    });
    expect(boots.find((p) => p.sku === "FTW-4001-12-BRN")).toMatchObject({ inStock: false });
    expect(new Set(boots.map((p) => p.name))).toEqual(new Set(["Granite Peak Waterproof Hiking Boot"]));
    expect(products.filter((p) => !p.inStock).length).toBeGreaterThan(3);
    expect(new Set(boots.map((p) => p.priceCents)).size).toBeGreaterThan(1);
  });

  it("puts variants in the random orders, at the variant's price", () => {
    const bySku = new Map(products.map((p) => [p.sku, p]));
    const variantLines = plans
      .flatMap((plan) => plan.items)
      .filter((item) => bySku.get(item.sku)!.sku !== bySku.get(item.sku)!.family);
    expect(variantLines.length).toBeGreaterThan(10);
    for (const item of variantLines) expect(item.unitPriceCents).toBe(bySku.get(item.sku)!.priceCents);
  });

  it("has customers with unique, obviously fake emails, mostly standard tier", () => {
    const emails = customers.map((c) => c.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z]+\.[a-z]+\d*@example\.com$/);
    const many = generateCustomers(400, 1, NOW);
    const tiers = (tier: string) => many.filter((c) => c.tier === tier).length;
    expect(tiers("standard")).toBeGreaterThan(tiers("vip"));
    expect(tiers("vip")).toBeGreaterThan(tiers("enterprise"));
    expect(tiers("enterprise")).toBeGreaterThan(0);
  });

  it("depends on the seed", () => {
    expect(generateCustomers(10, 2, NOW).map((c) => c.email)).not.toEqual(customers.slice(0, 10).map((c) => c.email));
    expect(generateOrders({ count: SIZE.orders, seed: 1, now: NOW, products, customers })).toEqual(plans);
  });

  it("numbers orders from NW-100001, in the order they were placed after the demo customer's six", () => {
    expect(plans.map((p) => p.order.number).slice(0, 3)).toEqual(["NW-100001", "NW-100002", "NW-100003"]);
    const later = plans.slice(6).map((p) => p.order.placedAt.getTime());
    expect(later).toEqual([...later].sort((a, b) => a - b));
    expect(later[0]).toBeGreaterThanOrEqual(NOW.getTime() - ORDER_WINDOW_DAYS * DAY);
    expect(later.at(-1)).toBeLessThanOrEqual(NOW.getTime());
  });

  it("has orders in every state, each with the dates, shipment and payment that state implies", () => {
    expect(new Set(plans.slice(6).map((p) => p.order.status))).toEqual(new Set(STATES));
    for (const plan of plans) expectConsistent(plan);
  });

  it("has totals that add up", () => {
    for (const { order, items } of plans) {
      expect(order.subtotalCents).toBe(items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0));
      expect(order.totalCents).toBe(order.subtotalCents + order.shippingCents);
    }
  });
});

function expectConsistent({ order, payment, refund }: OrderPlan) {
  const { status, placedAt, shippedAt, deliveredAt, returnedAt, cancelledAt } = order;
  const context = `${order.number} (${status})`;
  const shipped = ["shipped", "delivered", "returned"].includes(status);
  expect(shippedAt !== null, context).toBe(shipped);
  expect(order.carrier !== null && order.trackingNumber !== null, context).toBe(shipped);
  expect(deliveredAt !== null, context).toBe(status === "delivered" || status === "returned");
  expect(returnedAt !== null, context).toBe(status === "returned");
  expect(cancelledAt !== null, context).toBe(status === "cancelled");
  const timeline = [placedAt, cancelledAt ?? shippedAt, deliveredAt, returnedAt].filter((d): d is Date => d !== null);
  expect(
    timeline.map((d) => d.getTime()),
    context,
  ).toEqual(timeline.map((d) => d.getTime()).sort((a, b) => a - b));
  expect(timeline.at(-1)!.getTime(), context).toBeLessThanOrEqual(NOW.getTime());

  expect(payment.amountCents, context).toBe(order.totalCents);
  expect(payment.cardLast4 !== null, context).toBe(payment.method === "card");
  const expected = {
    pending: "authorized",
    processing: "authorized",
    shipped: "captured",
    delivered: "captured",
    cancelled: "voided",
  }[status as string];
  if (status === "returned") {
    expect(refund?.amountCents, context).toBe(order.subtotalCents);
    expect(payment.refundedCents, context).toBe(refund?.amountCents);
    expect(payment.status, context).toBe(
      payment.refundedCents === payment.amountCents ? "refunded" : "partially_refunded",
    );
  } else {
    expect(payment.status, context).toBe(expected);
    expect(refund, context).toBeNull();
    expect(payment.refundedCents, context).toBe(0);
  }
}

async function snapshot(prisma: PrismaClient) {
  return {
    products: await prisma.product.findMany({ orderBy: { sku: "asc" } }),
    customers: await prisma.customer.findMany({ orderBy: { email: "asc" } }),
    orders: await prisma.order.findMany({
      orderBy: { number: "asc" },
      include: { items: { orderBy: { id: "asc" } }, payments: true, refunds: true },
    }),
  };
}

async function counts(prisma: PrismaClient) {
  const [products, customers, orders, items, payments, refunds] = await Promise.all([
    prisma.product.count(),
    prisma.customer.count(),
    prisma.order.count(),
    prisma.orderItem.count(),
    prisma.payment.count(),
    prisma.refund.count(),
  ]);
  return { products, customers, orders, items, payments, refunds };
}

for (const kind of ["pglite", "postgres"] as const) {
  describe.skipIf(unavailable(kind))(`seeding ${kind}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(kind);
    });
    afterAll(() => db?.close());

    it("writes the whole store, and a second run adds nothing", async () => {
      const first = await seedStore(db.prisma, SIZE);
      expect(first).toMatchObject({ products: generateProducts(50).length, customers: 40, orders: 300, payments: 300 });
      const before = await counts(db.prisma);
      expect(before).toEqual(first);

      const again = await seedStore(db.prisma, SIZE);
      expect(again).toEqual({ products: 0, customers: 0, orders: 0, items: 0, payments: 0, refunds: 0 });
      expect(await counts(db.prisma)).toEqual(before);
    });

    it("stores every state and totals that add up", async () => {
      const orders = await db.prisma.order.findMany({ include: { items: true, payments: true, refunds: true } });
      expect(new Set(orders.map((o) => o.status))).toEqual(new Set(STATES));
      for (const order of orders) {
        expect(order.subtotalCents).toBe(
          order.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0),
        );
        expect(order.totalCents).toBe(order.subtotalCents + order.shippingCents);
        expect(order.payments.map((p) => p.amountCents)).toEqual([order.totalCents]);
        expect(order.payments[0]!.refundedCents).toBe(order.refunds.reduce((sum, r) => sum + r.amountCents, 0));
      }
    });

    it("gives the demo customer one order in each state, under the documented numbers", async () => {
      const customer = await findDemoCustomer(db.prisma);
      expect(customer?.name).toBe(DEMO_CUSTOMER.name);
      const byNumber = Object.fromEntries(customer!.orders.map((o) => [o.number, o.status]));
      expect(byNumber).toEqual(
        Object.fromEntries(Object.entries(DEMO_CUSTOMER.orders).map(([status, number]) => [number, status])),
      );
      const delivered = customer!.orders.find((o) => o.number === DEMO_CUSTOMER.orders.delivered)!;
      expect(NOW.getTime() - delivered.deliveredAt!.getTime()).toBeLessThan(30 * DAY);
    });

    it("is identical in a second database seeded with the same seed and time", async () => {
      const other = await createTestDatabase(kind);
      try {
        await seedStore(other.prisma, SIZE);
        expect(await snapshot(other.prisma)).toEqual(await snapshot(db.prisma));
      } finally {
        await other.close();
      }
    });

    it("completes an order a previous run left without items or payment", async () => {
      const where = { order: { number: "NW-100010" } };
      const before = await counts(db.prisma);
      await db.prisma.refund.deleteMany({ where });
      await db.prisma.payment.deleteMany({ where });
      await db.prisma.orderItem.deleteMany({ where });
      await seedStore(db.prisma, SIZE);
      expect(await counts(db.prisma)).toEqual(before);
    });

    it("creates the demo staff once, with passwords that verify", async () => {
      expect(await seedStaff(db.prisma)).toEqual({ created: DEMO_STAFF.length });
      expect(await seedStaff(db.prisma)).toEqual({ created: 0 });
      const ana = await db.prisma.staffUser.findUniqueOrThrow({ where: { email: "ana@tandem.test" } });
      expect(ana.role).toBe("agent");
      expect(ana.passwordHash).not.toContain("agent-demo-1");
      expect(await verifyPassword("agent-demo-1", ana.passwordHash)).toBe(true);
    });
  });
}

describe.skipIf(unavailable("pglite"))("seeding next to orders it did not create", () => {
  it("leaves an existing order with a seeded number alone", async () => {
    const db = await createTestDatabase("pglite");
    try {
      const customer = await db.prisma.customer.create({
        data: { email: "someone@example.com", name: "Someone Else" },
      });
      const theirs = await db.prisma.order.create({
        data: {
          number: "NW-100003",
          customerId: customer.id,
          status: "processing",
          placedAt: NOW,
          subtotalCents: 100,
          shippingCents: 0,
          totalCents: 100,
          shippingAddress: {},
        },
      });
      const result = await seedStore(db.prisma, { customers: 5, orders: 10, now: NOW });
      expect(result.orders).toBe(9);
      const after = await db.prisma.order.findUniqueOrThrow({
        where: { number: "NW-100003" },
        include: { items: true, payments: true },
      });
      expect(after).toMatchObject({ id: theirs.id, customerId: customer.id, items: [], payments: [] });
    } finally {
      await db.close();
    }
  });
});

describe("the README", () => {
  const readme = path.resolve(import.meta.dirname, "../../README.md");
  it.skipIf(!existsSync(readme))("lists exactly the demo staff accounts", () => {
    const rows = [...readFileSync(readme, "utf8").matchAll(/^\| (\w+) \| `([^`]+@tandem\.test)` \| `([^`]+)` \|$/gm)];
    expect(rows.map(([, role, email, password]) => ({ role, email, password }))).toEqual(
      DEMO_STAFF.map(({ role, email, password }) => ({ role, email, password })),
    );
  });
});
