import { recordAudit } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { loadDashboard } from "@/lib/metrics/dashboard";
import { dashboardCsv } from "@/lib/metrics/export";
import { dashboardOptions } from "@/lib/metrics/options";
import { parseRange } from "@/lib/metrics/range";
import { ensureFreshRollups } from "@/lib/metrics/rollup";
import { csvResponse, supervisorExport } from "../guard";

export const dynamic = "force-dynamic";

/** GET /supervisor/export/metrics?days=30: the dashboard's figures for the range as CSV. */
export const GET = supervisorExport(async (staff, request: Request): Promise<Response> => {
  const range = parseRange(Object.fromEntries(new URL(request.url).searchParams));
  const prisma = db();
  await ensureFreshRollups(prisma);
  const dashboard = await loadDashboard(prisma, range, dashboardOptions());
  await recordAudit(prisma, {
    actorType: "staff",
    actorId: staff.id,
    action: "export.metrics",
    target: `range:${range.fromDay}..${range.toDay}`,
  });
  return csvResponse(dashboardCsv(range, dashboard), `tandem-metrics-${range.fromDay}-to-${range.toDay}.csv`);
});
