const orig = globalThis.setTimeout;
(globalThis as any).setTimeout = (fn: any, ms: number, ...a: any[]) => { if (ms > 1000) console.log("setTimeout", ms, new Error().stack?.split("\n").slice(2, 8).join("\n")); return orig(fn, ms, ...a); };
const { applyMigrations } = await import("@/lib/db/migrate");
await applyMigrations({ kind: "pglite", dataDir: process.env.TANDEM_DATA_DIR! });
console.log("done");
