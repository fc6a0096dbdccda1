import { createAdapter } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { generateCustomers, generateOrders, generateProducts } from "@/lib/seed/generate";
import { startThrowawayPostgres } from "@/test/support/postgres";
const now = new Date();
const products = generateProducts(50); const customers = generateCustomers(200, 1, now);
const plans = generateOrders({ count: 1000, seed: 1, now, products, customers });
const pg = await startThrowawayPostgres();
const target = { kind: "postgres" as const, url: pg.url };
await applyMigrations(target);
const h = createAdapter(target); const prisma = new PrismaClient({ adapter: h.adapter });
await prisma.product.count();
let t = Date.now();
await prisma.product.createMany({ data: products, skipDuplicates: true }); console.log("products", Date.now() - t);
t = Date.now();
await prisma.customer.createMany({ data: customers.map(({ address, ...c }) => c), skipDuplicates: true }); console.log("customers", Date.now() - t);
const cid = new Map((await prisma.customer.findMany({ select: { id: true, email: true } })).map(c => [c.email, c.id]));
for (const size of [100, 500, 1000]) {
  await prisma.order.deleteMany();
  t = Date.now();
  for (let i = 0; i < plans.length; i += size) await prisma.order.createMany({ data: plans.slice(i, i + size).map(({ order: { customerEmail, ...o } }) => ({ ...o, customerId: cid.get(customerEmail)! })), skipDuplicates: true });
  console.log("orders batch", size, Date.now() - t);
}
t = Date.now();
await prisma.order.createMany({ data: plans.map(({ order: { customerEmail, ...o } }) => ({ ...o, customerId: cid.get(customerEmail)! })), skipDuplicates: true });
console.log("orders again (all dup)", Date.now() - t);
await prisma.$disconnect(); await pg.stop();
