import { recordAudit } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { allEvaluationCases } from "@/lib/db/review";
import { exportCasesAsJsonl } from "@/lib/review/eval-case";
import { supervisorExport } from "../guard";

export const dynamic = "force-dynamic";

/**
 * GET /supervisor/export/eval-cases: every saved evaluation case as lines of evals/scenarios.jsonl, for
 * `npm run eval -- --scenarios <file>` or for adding to the repository's own scenarios. Names, emails, phone numbers
 * and street addresses are replaced by placeholders, consistently (lib/review/eval-case.ts, pseudonymizeScenario).
 */
export const GET = supervisorExport(async (staff): Promise<Response> => {
  const prisma = db();
  const rows = await allEvaluationCases(prisma);
  await recordAudit(prisma, {
    actorType: "staff",
    actorId: staff.id,
    action: "export.eval_cases",
    details: { cases: rows.length },
  });
  return new Response(`${exportCasesAsJsonl(rows)}\n`, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "content-disposition": 'attachment; filename="tandem-eval-cases.jsonl"',
      "cache-control": "no-store",
    },
  });
});
