import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { COMMERCE_CALLS, PRISMA_CALLS, tandemPlugin } from "./lint/tandem-rules.mjs";

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/test-fixtures.ts", "**/scenario-fixtures.ts", "test/**", "e2e/**"];
// Tooling that builds data outside any request: the seed, the scripts, the conversation driver behind the tests and
// the simulator. It may call Prisma itself.
const TOOLING = [
  "lib/seed/**",
  "prisma/**",
  "scripts/**",
  "lib/chat/conversation-driver.ts",
  "lib/eval/simulate.ts",
  "lib/eval/tau-run.ts",
  ...TESTS,
];
const DATA_LAYER = ["lib/db/**", "lib/commerce/prisma-store*.ts"];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".scratch/**",
    ],
  },
  {
    plugins: { tandem: tandemPlugin },
    rules: { "tandem/use-server-exports": "error" },
  },
  // Tests may drive the layers above the one they test (the pipeline's tests talk through the chat service).
  { files: ["**/*.ts", "**/*.tsx", "**/*.mjs"], ignores: TESTS, rules: { "tandem/layers": "error" } },
  // lib/db/memory.ts and connection.ts open databases for scripts that run outside Next.js's server condition.
  {
    files: ["lib/**/*.ts"],
    ignores: [...TESTS, "lib/db/memory.ts", "lib/db/connection.ts"],
    rules: { "tandem/server-only": "error" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: [...DATA_LAYER, ...TOOLING],
    rules: { "no-restricted-syntax": ["error", ...PRISMA_CALLS] },
  },
  {
    files: ["lib/db/**/*.ts"],
    ignores: TOOLING,
    rules: { "no-restricted-syntax": ["error", ...COMMERCE_CALLS] },
  },
];

export default config;
