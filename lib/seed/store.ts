/**
 * The demo store "Northwind Outfitters" and the demo staff, written to a database. Safe to run again: rows have
 * stable ids and natural keys (SKU, email, order number), inserts skip what exists, so a re-run adds nothing and a
 * run cut short is completed by the next. No `server-only`: the seed script, the e2e and benchmark servers and the
 * tests call it.
 */
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CATALOG } from "./catalog";
import { DEMO_PERSONA, generateCustomers, generateProducts, type OrderPlan } from "./generate";
import { generateOrders } from "./generate-orders";
import { DEMO_STAFF } from "@/lib/auth/demo-staff";

export type SeedStoreOptions = {
  customers: number;
  orders: number;
  /** Defaults to the catalog's 50 products; more adds colourways. */
  products?: number;
  /** The same seed and `now` give the same store. */
  seed?: number;
  /** Dates are relative to this, so a fresh demo always looks recent. Defaults to the current time. */
  now?: Date;
};

/** Rows this run inserted (zero on a re-run). */
export type SeedStoreResult = {
  products: number;
  customers: number;
  orders: number;
  items: number;
  payments: number;
  refunds: number;
};

/**
 * Jamie Rivera, customer 0 of every seeded store, with one order in each state (see showcaseOrders in
 * lib/seed/generate.ts): what a demo or an end-to-end test of identity verification can count on. The delivered
 * order is 5 days old (inside the return and refund windows); the pending one was placed 2 hours before `now`.
 * Needs `orders >= 6`; with fewer, only the first orders of this list exist.
 */
export const DEMO_CUSTOMER = {
  email: DEMO_PERSONA.email,
  name: DEMO_PERSONA.name,
  orders: {
    delivered: "NW-100001",
    pending: "NW-100002",
    processing: "NW-100003",
    shipped: "NW-100004",
    cancelled: "NW-100005",
    returned: "NW-100006",
  },
} as const;

/** The demo customer with their orders (oldest number first), or null when the store is not seeded. */
export function findDemoCustomer(prisma: PrismaClient) {
  return prisma.customer.findUnique({
    where: { email: DEMO_CUSTOMER.email },
    include: { orders: { orderBy: { number: "asc" }, include: { items: true, payments: true } } },
  });
}

/** Creates the demo staff accounts that do not exist yet; an existing account (and its password) is left alone. */
export async function seedStaff(prisma: PrismaClient): Promise<{ created: number }> {
  const emails = DEMO_STAFF.map((staff) => staff.email);
  const rows = await prisma.staffUser.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const existing = new Set(rows.map((u) => u.email));
  const missing = DEMO_STAFF.filter((staff) => !existing.has(staff.email));
  if (missing.length === 0) return { created: 0 };
  const data = await Promise.all(
    missing.map(async ({ email, name, role, password }) => ({
      email,
      name,
      role,
      passwordHash: await hashPassword(password),
    })),
  );
  const { count } = await prisma.staffUser.createMany({ data, skipDuplicates: true });
  return { created: count };
}

// Well under PostgreSQL's 65,535 bind parameters per statement for every table here.
const BATCH = 500;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

async function insert<T>(rows: readonly T[], write: (batch: T[]) => Promise<{ count: number }>): Promise<number> {
  let count = 0;
  for (const batch of batches(rows)) count += (await write(batch)).count;
  return count;
}

/** Natural key → id of the rows actually in the database, which may predate this seed. */
async function idsByKey<K extends string>(
  keys: string[],
  find: (batch: string[]) => Promise<Array<Record<K | "id", string>>>,
  key: K,
) {
  const ids = new Map<string, string>();
  for (const batch of batches(keys)) for (const row of await find(batch)) ids.set(row[key], row.id);
  return ids;
}

export async function seedStore(prisma: PrismaClient, options: SeedStoreOptions): Promise<SeedStoreResult> {
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const products = generateProducts(options.products ?? CATALOG.length);
  const customers = generateCustomers(Math.max(1, options.customers), seed, now);
  const plans = generateOrders({ count: Math.max(0, options.orders), seed, now, products, customers });

  const result: SeedStoreResult = { products: 0, customers: 0, orders: 0, items: 0, payments: 0, refunds: 0 };
  result.products = await insert(products, (data) => prisma.product.createMany({ data, skipDuplicates: true }));
  result.customers = await insert(
    customers.map(({ id, email, name, phone, tier, createdAt }) => ({ id, email, name, phone, tier, createdAt })),
    (data) => prisma.customer.createMany({ data, skipDuplicates: true }),
  );
  const productIds = await idsByKey(
    products.map((p) => p.sku),
    (sku) => prisma.product.findMany({ where: { sku: { in: sku } }, select: { id: true, sku: true } }),
    "sku",
  );
  const customerIds = await idsByKey(
    customers.map((c) => c.email),
    (email) => prisma.customer.findMany({ where: { email: { in: email } }, select: { id: true, email: true } }),
    "email",
  );

  result.orders = await insert(plans, (batch) =>
    prisma.order.createMany({
      data: batch.map(({ order: { customerEmail, ...order } }) => ({
        ...order,
        customerId: customerIds.get(customerEmail)!,
      })),
      skipDuplicates: true,
    }),
  );
  // An order number that already belonged to someone else's order keeps that order: only our own orders (same id)
  // get items and payments, which also completes orders a previous, interrupted run left without them.
  const orderIds = await idsByKey(
    plans.map((p) => p.order.number),
    (number) => prisma.order.findMany({ where: { number: { in: number } }, select: { id: true, number: true } }),
    "number",
  );
  const ours = plans.filter((plan) => orderIds.get(plan.order.number) === plan.order.id);
  await insertChildren(prisma, ours, productIds, result);
  return result;
}

async function insertChildren(
  prisma: PrismaClient,
  plans: OrderPlan[],
  productIds: Map<string, string>,
  result: SeedStoreResult,
) {
  const items = plans.flatMap((plan) =>
    plan.items.map(({ sku, ...item }) => ({ ...item, orderId: plan.order.id, productId: productIds.get(sku)! })),
  );
  result.items = await insert(items, (data) => prisma.orderItem.createMany({ data, skipDuplicates: true }));
  const payments = plans.map((plan) => ({ ...plan.payment, orderId: plan.order.id }));
  result.payments = await insert(payments, (data) => prisma.payment.createMany({ data, skipDuplicates: true }));
  const refunds = plans.flatMap((plan) =>
    plan.refund ? [{ ...plan.refund, orderId: plan.order.id, paymentId: plan.payment.id }] : [],
  );
  result.refunds = await insert(refunds, (data) => prisma.refund.createMany({ data, skipDuplicates: true }));
}
