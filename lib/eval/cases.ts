import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseScenario, type Scenario } from "./scenarios";
import { allEvaluationCases } from "@/lib/db/review";

/**
 * Evaluation cases that supervisors made from corrected AI answers (the EvaluationCase table, written by
 * lib/review/eval-case.ts): `input` holds a scenario's fixture and turns, `expected.expect` its checks. As
 * scenarios, they replay through the same simulation as evals/scenarios.jsonl (`npm run eval -- --cases`), and
 * export as lines of that file.
 */
export type SavedCase = { id: string; source: string; input: unknown; expected: unknown };

export function caseToScenario(row: SavedCase): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const expected = row.expected as { expect?: unknown } | null;
  const input = row.input && typeof row.input === "object" ? row.input : {};
  // Scenario ids come from the conversation; the row id keeps two cases of one answer apart.
  return parseScenario({ ...input, id: `case-${row.id.slice(0, 8).toLowerCase()}`, expect: expected?.expect ?? {} });
}

export async function readSavedCases(
  prisma: PrismaClient,
): Promise<{ scenarios: Scenario[]; errors: Array<{ id: string; error: string }> }> {
  const rows = await allEvaluationCases(prisma);
  const scenarios: Scenario[] = [];
  const errors: Array<{ id: string; error: string }> = [];
  for (const row of rows) {
    const parsed = caseToScenario(row);
    if (parsed.ok) scenarios.push(parsed.scenario);
    else errors.push({ id: row.id, error: parsed.error });
  }
  return { scenarios, errors };
}

/** One line of evals/scenarios.jsonl per case. */
export function casesAsJsonl(rows: SavedCase[]): string {
  return rows
    .map(caseToScenario)
    .flatMap((parsed) => (parsed.ok ? [JSON.stringify(parsed.scenario)] : []))
    .join("\n");
}
