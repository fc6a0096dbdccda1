import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm run analyze` as a user runs it: JSON Lines in, one JSON line out per input, bad lines reported in place. */
const root = path.resolve(import.meta.dirname, "..");

function analyze(input: string, env: Record<string, string> = {}) {
  const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/analyze.ts"], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  const lines = run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

describe("npm run analyze", () => {
  it("answers every line in order, reports malformed ones in place and carries on", () => {
    const input = [
      JSON.stringify({ id: "a", text: "I want to talk to a person", customer: { tier: "vip" } }),
      "{not json",
      JSON.stringify({ id: "b", text: "" }),
      "",
      JSON.stringify({ id: 3, text: "my card is 4663 9233 2146 8814", history: [{ role: "customer", text: "hi" }] }),
    ].join("\n");
    const { status, lines } = analyze(input);
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(["a", null, "b", "3"]);
    expect(lines[1]).toEqual({ id: null, error: "not valid JSON" });
    expect(lines[2]).toMatchObject({ id: "b", error: expect.stringContaining("text") });
    expect(lines[0]).toMatchObject({
      intent: expect.any(String),
      route: expect.any(String),
      escalate: { now: expect.any(Boolean) },
    });
    for (const key of ["confidence", "urgency", "sentiment", "entities", "complexity", "language", "injection", "pii"])
      expect(lines[0]).toHaveProperty(key);
    expect(lines[3]).toMatchObject({ pii: [{ type: "card", start: 11, end: 30 }] });
  });

  it("fails with the policy's own error message when the policy cannot load", () => {
    const { status, lines, stderr } = analyze(JSON.stringify({ id: "a", text: "hi" }), {
      TANDEM_POLICY_DIR: path.join(root, "no-such-dir"),
    });
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toContain("support-policy.yaml");
  });
});
