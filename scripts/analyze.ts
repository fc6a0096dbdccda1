/**
 * npm run --silent analyze < messages.jsonl
 *
 * Screens and triages customer messages without a database: one JSON object per input line, e.g.
 *   {"id":"1","text":"where is NW-100042?","history":[{"role":"customer","text":"hi"}],"customer":{"tier":"vip"}}
 * (history and customer optional), and one JSON line per input on stdout, in input order, with the fields of
 * AnalyzeResult (lib/pipeline/analyze.ts). A line that is not valid input yields {"id":…|null,"error":"…"} and
 * the run goes on. Exit code 0, unless stdin cannot be read (1) or the policy or engine cannot load (2).
 */
import { once } from "node:events";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { AnalyzeInput } from "@/lib/pipeline/analyze";
import { type Analyzer, createAnalyzer } from "./lib/analyzer";
import { runCli } from "./lib/cli";

const inputSchema = z
  .object({
    // Numbers are accepted and echoed as strings: ids from spreadsheets are often numeric.
    id: z.union([z.string().min(1), z.number().transform(String)], { error: "a string or a number is required" }),
    text: z.string().min(1, "text is empty"),
    history: z.array(z.object({ role: z.enum(["customer", "ai", "agent", "system"]), text: z.string() })).optional(),
    customer: z.object({ tier: z.enum(["standard", "vip", "enterprise"]).optional() }).optional(),
  })
  .loose();

function parseInputLine(
  line: string,
): { ok: true; input: AnalyzeInput } | { ok: false; id: string | null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, id: null, error: "not valid JSON" };
  }
  const parsed = inputSchema.safeParse(value);
  if (parsed.success) {
    const { id, text, history, customer } = parsed.data;
    return { ok: true, input: { id, text, ...(history ? { history } : {}), ...(customer ? { customer } : {}) } };
  }
  const issue = parsed.error.issues[0];
  return { ok: false, id: idOf(value), error: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}` };
}

function idOf(value: unknown): string | null {
  const id = value !== null && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, "drain");
}

async function main(): Promise<number> {
  let analyzer: Analyzer;
  try {
    analyzer = createAnalyzer();
  } catch (error) {
    process.stderr.write(`analyze: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let readFailed = false;
  process.stdin.on("error", (error) => {
    readFailed = true;
    process.stderr.write(`analyze: cannot read stdin: ${error.message}\n`);
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, "");
    if (!line.trim()) continue;
    const parsed = parseInputLine(line);
    if (!parsed.ok) {
      await write(JSON.stringify({ id: parsed.id, error: parsed.error }));
      continue;
    }
    try {
      await write(JSON.stringify(await analyzer.analyze(parsed.input)));
    } catch (error) {
      // One message the pipeline cannot handle must not stop the others; the error is reported in its place.
      await write(
        JSON.stringify({
          id: parsed.input.id,
          error: `analysis failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    }
  }
  return readFailed ? 1 : 0;
}

runCli("analyze", main);
