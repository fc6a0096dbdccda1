/**
 * `npm test`: everything CI checks, in the order a failure is cheapest to find. Typecheck, format, lint, unit and
 * integration tests (PGlite, and PostgreSQL when its binaries are installed: required in CI), a production build,
 * then the end-to-end tests in Chromium against that build. Ends with one summary line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Step = { name: string; passed: number; failed: number; skipped: number; seconds: number };
const steps: Step[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds: (Date.now() - started) / 1000 });
  return ok;
}

/** Replaces a step's pass/fail count with the test counts from the runner's JSON report. */
function countFrom(report: string, read: (json: unknown) => { passed: number; failed: number; skipped: number }) {
  const step = steps.at(-1);
  if (!step || !existsSync(report)) return;
  try {
    const counts = read(JSON.parse(readFileSync(report, "utf8")));
    // A crashed runner can report zero failures; keep the failure its exit code showed.
    Object.assign(step, { ...counts, failed: Math.max(counts.failed, step.failed) });
  } catch {
    // Keep the exit-code verdict.
  }
}

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });
const npx = "npx";

run("typecheck", npx, ["tsc", "--noEmit"]);
run("format", npx, ["biome", "format", "."]);
run("lint", npx, ["eslint", "--max-warnings=0", "."]);

run("unit and integration", npx, [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/unit.json",
]);
countFrom("test-results/unit.json", (json) => {
  const r = json as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
});

const built = run("production build", npx, ["next", "build"], {
  TANDEM_DIST_DIR: ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
});
if (built) {
  run("end-to-end", npx, ["playwright", "test"]);
  countFrom("test-results/e2e.json", (json) => {
    const s = (json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
  });
} else {
  steps.push({ name: "end-to-end", passed: 0, failed: 1, skipped: 0, seconds: 0 });
}

const total = steps.reduce(
  (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
console.log("\nStep                  passed  failed  skipped  seconds");
for (const s of steps) {
  console.log(
    `${s.name.padEnd(22)}${String(s.passed).padStart(6)}${String(s.failed).padStart(8)}${String(s.skipped).padStart(9)}${s.seconds.toFixed(1).padStart(9)}`,
  );
}
console.log(`\nTandem: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
