import { spawnSync } from "node:child_process";
import { startThrowawayPostgres } from "@/test/support/postgres";
const pg = await startThrowawayPostgres();
try {
  for (let i = 1; i <= 2; i++) for (const script of ["db:migrate", "db:seed"]) {
    const t = Date.now();
    const r = spawnSync("npm", ["run", "--silent", script], { env: { ...process.env, DATABASE_URL: pg.url }, encoding: "utf8" });
    console.log(`--- run ${i} ${script}: exit ${r.status}, ${Date.now() - t} ms wall\n${r.stdout}${r.stderr.replace(/npm warn.*\n/g, "")}`);
  }
  for (const script of ["db:status", "db:reset"]) {
    const r = spawnSync("npm", ["run", "--silent", script], { env: { ...process.env, DATABASE_URL: pg.url }, encoding: "utf8" });
    console.log(`--- ${script}: exit ${r.status}\n${r.stdout}${r.stderr.replace(/npm warn.*\n/g, "")}`);
  }
} finally { await pg.stop(); }
