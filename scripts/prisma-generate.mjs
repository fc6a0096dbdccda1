// Runs `prisma generate` after install without the schema-engine binary, which cannot be downloaded offline.
// Generation does not need it; pointing the CLI at a stub stops its download attempt.
import { execFileSync } from "node:child_process";
import path from "node:path";

const stub = path.resolve("scripts/bin/schema-engine-stub");
execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
});
