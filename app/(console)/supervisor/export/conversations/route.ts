import { recordAudit } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { toCsv } from "@/lib/metrics/csv";
import { ensureFreshRollups } from "@/lib/metrics/rollup";
import { filterQuery, parseReviewFilters } from "@/lib/review/filters";
import { exportConversations } from "@/lib/review/search";
import { csvResponse, supervisorExport } from "../guard";

export const dynamic = "force-dynamic";

/**
 * GET /supervisor/export/conversations?…: the review list's conversations, same filters, as CSV. No customer names
 * or emails: the conversation id leads back to them inside Tandem, where access is checked and audited.
 */
export const GET = supervisorExport(async (staff, request: Request): Promise<Response> => {
  const filters = parseReviewFilters(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = db();
  await ensureFreshRollups(prisma);
  const rows = await exportConversations(prisma, { ...filters, page: 1 });
  await recordAudit(prisma, {
    actorType: "staff",
    actorId: staff.id,
    action: "export.conversations",
    target: `filters:${filterQuery(filters, { page: null })}`,
    details: { rows: rows.length },
  });
  const csv = toCsv(
    [
      "conversation_id",
      "started_at",
      "intent",
      "path",
      "status",
      "resolution_code",
      "handoff_reason",
      "handoff_assessment",
      "csat",
      "ai_turns",
      "recontacted_7d",
      "violations",
      "agent",
      "customer_tier",
      "sentiment",
      "qa_reviewed",
      "first_question",
    ],
    rows.map((r) => [
      r.id,
      r.createdAt,
      r.intent,
      r.path,
      r.status,
      r.resolutionCode,
      r.handoffReason,
      r.handoffAssessment,
      r.csatScore,
      r.turnCount,
      r.recontacted,
      r.violations.join(" "),
      r.agent,
      r.tier,
      r.sentiment,
      r.reviewed,
      r.firstQuestion,
    ]),
  );
  return csvResponse(csv, `tandem-conversations-${filters.range.fromDay}-to-${filters.range.toDay}.csv`);
});
