import { existsSync } from "node:fs";
import { createAdapter } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshRollups } from "@/lib/metrics/rollup";
import { generateMetricsData } from "../scripts/lib/metrics-data";
const dir = "/tmp/mb-pglite";
const fresh = !existsSync(dir);
const target = { kind: "pglite" as const, dataDir: dir };
if (fresh) await applyMigrations(target);
const h = createAdapter(target);
const prisma = new PrismaClient({ adapter: h.adapter });
if (fresh) { await generateMetricsData(prisma, { conversations: 100000, now: new Date() }); await refreshRollups(prisma, { full: true }); }
const sql = process.argv[2]!;
for (let i = 0; i < 4; i++) { const t = performance.now(); const r = await prisma.$queryRawUnsafe<any[]>(sql); console.log(Math.round(performance.now() - t), i === 3 ? JSON.stringify(r).slice(0, 3000) : ""); }
await prisma.$disconnect(); await h.close();
