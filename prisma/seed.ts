/**
 * `npm run db:seed`: the demo store (Northwind Outfitters: 50 products, 200 customers, 1,000 orders), the demo
 * staff accounts and the demo history (2,000 conversations over 60 days, lib/seed/history.ts), in the database that
 * DATABASE_URL or TANDEM_DATA_DIR selects (environment, then `.env.local`). Safe to run again: it adds only what is
 * missing. Options: --customers N --orders N --seed N --history N (0 for none). The package.json script runs it
 * with the `react-server` condition, which the pipeline (driven by the history) needs.
 */
import "../scripts/lib/load-env";
import { parseArgs } from "node:util";
import { createAdapter, databaseTarget, describeTarget } from "@/lib/db/connection";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedHistory } from "@/lib/seed/history";
import { DEMO_STAFF } from "@/lib/auth/demo-staff";
import { DEMO_CUSTOMER, seedStaff, seedStore } from "@/lib/seed/store";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "200" },
    orders: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    history: { type: "string", default: "2000" },
  },
});
const count = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
};

const target = databaseTarget(env());
console.log(`Database: ${describeTarget(target)}`);
const handle = createAdapter(target);
const prisma = new PrismaClient({ adapter: handle.adapter });
const started = performance.now();
try {
  const store = await seedStore(prisma, {
    customers: count("customers", values.customers),
    orders: count("orders", values.orders),
    seed: count("seed", values.seed),
  });
  const staff = await seedStaff(prisma);
  const [products, customers, orders, staffUsers] = await Promise.all([
    prisma.product.count(),
    prisma.customer.count(),
    prisma.order.count(),
    prisma.staffUser.count(),
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const added = store.products + store.customers + store.orders + staff.created;
  console.log(
    added === 0
      ? `Already seeded: nothing to add (${seconds} s).`
      : `Added ${store.products} products, ${store.customers} customers, ${store.orders} orders (${store.items} items, ` +
          `${store.payments} payments, ${store.refunds} refunds) and ${staff.created} staff accounts in ${seconds} s.`,
  );
  console.log(
    `The database now holds ${products} products, ${customers} customers, ${orders} orders, ${staffUsers} staff accounts.`,
  );
  const historySize = count("history", values.history);
  if (historySize > 0) {
    const history = await seedHistory(prisma, {
      conversations: historySize,
      seed: count("seed", values.seed),
      log: (line) => console.log(line),
    });
    console.log(
      history.skipped
        ? `Demo history: already there (${history.reason}).`
        : `Demo history: ${history.conversations} conversations (${history.driven} through the pipeline in ${history.turns} turns, ${history.cloned} repeats ` +
            `of general questions), ${history.taken} taken by agents, ${history.approvals} approvals, ${history.reviewed} QA reviews, in ${history.seconds} s.`,
    );
  }
  console.log(`Demo customer: ${DEMO_CUSTOMER.email} (orders ${Object.values(DEMO_CUSTOMER.orders).join(", ")}).`);
  console.log(`Staff sign-in: ${DEMO_STAFF.map((s) => `${s.email} / ${s.password}`).join(", ")}.`);
  if (target.kind === "postgres" && staff.created > 0) {
    console.warn(
      "Warning: the demo staff passwords are public. On a server others can reach, change them or deactivate these accounts.",
    );
  }
} catch (error) {
  // Prisma's "table does not exist": the usual first-run mistake.
  if ((error as { code?: string }).code === "P2021") {
    console.error("The database has no tables yet: run npm run db:migrate first.");
  } else {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await handle.close();
}
