import { createAdapter } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
const h = createAdapter({ kind: "pglite", dataDir: "/tmp/mb-pglite" });
const prisma = new PrismaClient({ adapter: h.adapter });
await prisma.$executeRawUnsafe("ANALYZE");
for (const pre of ["", "SET work_mem = '32MB'"]) {
  if (pre) await prisma.$executeRawUnsafe(pre);
  for (const sql of process.argv.slice(2)) {
    const times: number[] = [];
    let out: any;
    for (let i = 0; i < 5; i++) { const t = performance.now(); out = await prisma.$queryRawUnsafe<any[]>(sql); times.push(Math.round(performance.now() - t)); }
    console.log(pre || "default", times.join(" "), JSON.stringify(out, (_k, v) => typeof v === "bigint" ? Number(v) : v).slice(0, 400));
  }
}
await prisma.$disconnect(); await h.close();
