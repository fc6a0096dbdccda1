import { applyMigrations } from "@/lib/db/migrate";
const t = Date.now();
await applyMigrations({ kind: "pglite", dataDir: process.env.TANDEM_DATA_DIR! });
console.log("done", Date.now() - t);
setTimeout(() => { console.log(process.getActiveResourcesInfo()); }, 100).unref();
process.on("exit", () => console.log("exit", Date.now() - t));
