import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm run simulate` as a user runs it: scenarios as JSON Lines in, one JSON line out per scenario, bad lines in place. */
const root = path.resolve(import.meta.dirname, "..");

function simulate(input: string) {
  // Through npm, so that the package.json script line (with its react-server condition) is what is tested.
  const run = spawnSync("npm", ["run", "--silent", "simulate"], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines, stderr: run.stderr };
}

describe("npm run simulate", () => {
  it("answers every scenario in order, reports a malformed line in place and carries on", () => {
    const adHoc = {
      id: "ad-hoc-person",
      title: "Asks for a person, then writes again while waiting",
      customer: { name: "Ada Byron", email: "ada.byron@example.com" },
      orders: [],
      turns: ["I want to talk to a real person, please.", "Hello? Anyone there?"],
    };
    const { status, lines, stderr } = simulate(
      [JSON.stringify(adHoc), "{not json", "", JSON.stringify({ ...adHoc, turns: [] })].join("\n"),
    );
    // npm's own warnings about the machine's npm config are not the script's output.
    expect(stderr.split("\n").filter((line) => line && !line.startsWith("npm warn"))).toEqual([]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      id: "ad-hoc-person",
      escalation: { turn: 1, reason: "customer_request" },
      finalStatus: "waiting_human",
      waitingForPerson: [2],
      toolCalls: [],
      violations: [],
      injectionTurns: [],
      replies: [{ turn: 1, role: "system", text: expect.stringMatching(/support team/), sources: [] }],
      // No `expect` in an ad-hoc line: nothing to check, so nothing fails.
      checks: [],
      passed: true,
    });
    expect(lines[1]).toEqual({ line: 2, error: "not valid JSON" });
    expect(lines[2]).toEqual({ line: 4, error: expect.stringMatching(/^turns: /) });
  }, 120_000);
});
