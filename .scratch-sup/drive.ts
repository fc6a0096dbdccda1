import { createMemoryDatabase } from "@/lib/db/memory";
import { seedStore, seedStaff } from "@/lib/seed/store";
import { createConversationDriver } from "@/lib/pipeline/turn-harness";
const db = await createMemoryDatabase();
let t = performance.now();
await seedStore(db.prisma, { customers: 200, orders: 1000 });
console.log("store", performance.now() - t);
const customers = await db.prisma.customer.findMany({ take: 50, include: { orders: { take: 2 } } });
const driver = createConversationDriver(db.prisma, { now: () => new Date() });
t = performance.now();
let turns = 0;
for (let i = 0; i < 40; i++) {
  const c = customers[i % customers.length]!;
  const o = c.orders[0]?.number ?? "NW-100001";
  const id = await driver.start();
  const texts = [`Where is my order ${o}?`, `My email is ${c.email}`, "thanks, that's all"];
  for (const text of texts) { await driver.say(id, text); turns++; }
}
const ms = performance.now() - t;
console.log("turns", turns, "ms", ms, "per turn", ms / turns);
const st = await db.prisma.conversation.groupBy({ by: ["status", "handoffReason"], _count: true });
console.log(st);
const tr = await db.prisma.turnTrace.findFirst({ orderBy: { createdAt: "desc" } });
console.log(JSON.stringify(tr?.stages).length, JSON.stringify(tr?.stages, null, 1).slice(0, 3000));
await db.close();
