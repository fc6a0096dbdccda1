import { createMemoryDatabase } from "@/lib/db/memory";
import { seedStore, seedStaff } from "@/lib/seed/store";
import { createConversationDriver } from "@/lib/pipeline/turn-harness";
import { GENERIC_SCRIPTS, ACCOUNT_SCRIPTS } from "@/lib/seed/history-scripts";
const db = await createMemoryDatabase();
await seedStore(db.prisma, { customers: 200, orders: 1000 });
const driver = createConversationDriver(db.prisma, { now: () => new Date() });
const customers = await db.prisma.customer.findMany({ take: 120, skip: 1, include: { orders: true } });
let i = 0;
for (const s of [...GENERIC_SCRIPTS, ...ACCOUNT_SCRIPTS]) {
  const id = await driver.start();
  let c = customers[i++ % customers.length]!;
  const want = s.order;
  const pick = (o: any) => want === "open" ? ["pending","processing"].includes(o.status) : want === "shipped" ? o.status === "shipped" : want === "delivered" ? o.status === "delivered" : true;
  let order = c.orders.find(pick);
  for (let k = 0; !order && k < customers.length; k++) { c = customers[(i + k) % customers.length]!; order = c.orders.find(pick); }
  const out: string[] = [];
  for (const t of [...s.turns, "Thanks, that's all!"]) {
    const text = t.replace("{order}", order?.number ?? "NW-100001").replace("{email}", c.email);
    const r = await driver.say(id, text);
    const st = r.stages;
    out.push(`${st?.triage.intent}/${st?.route.action}/${st?.retrieve[0]?.score ?? "-"}/${st?.tools.map((x) => x.tool + ":" + x.decision + (x.reason ? "(" + x.reason + ")" : "")).join(",")}/${st?.validate.violations.map((v) => v.type).join(",")}${r.handoff ? "/HANDOFF" : ""}`);
    if (r.handoff) break;
  }
  const conv = await db.prisma.conversation.findUniqueOrThrow({ where: { id } });
  const ai = await db.prisma.message.findFirst({ where: { conversationId: id, role: "ai" }, orderBy: { createdAt: "desc" }, skip: 0 });
  console.log(s.key.padEnd(16), conv.status.padEnd(13), (conv.handoffReason ?? "").padEnd(22), out.join(" | "));
}
await db.close();
