import type { Metadata } from "next";
import { buttonClass } from "@/components/button";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { loadDashboard } from "@/lib/metrics/dashboard";
import { DEFINITIONS, PATH_LABELS, PATHS, type PathKey } from "@/lib/metrics/definitions";
import { count, intentName, pct, reasonName, violationName } from "@/lib/metrics/format";
import { dashboardOptions } from "@/lib/metrics/options";
import { parseRange, rangeQuery } from "@/lib/metrics/range";
import { ensureFreshRollups } from "@/lib/metrics/rollup";
import { HorizontalBars, StackedRows, VolumeChart } from "./charts";
import { OUTCOME_COLORS, PATH_COLORS } from "./colors";
import { KpiGrid } from "./dashboard-kpis";
import { CostTable, GapsList, PathsTable, QaScores } from "./dashboard-tables";
import { EmptyNote, Panel } from "./panel";
import { RangePicker } from "./range-picker";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Supervisor · Tandem" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Whether the AI is helping customers or deflecting them, for a date range: every figure from aggregate SQL. */
export default async function SupervisorDashboard({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("supervisor", "/supervisor");
  const range = parseRange(await searchParams);
  const prisma = db();
  await ensureFreshRollups(prisma);
  const options = dashboardOptions();
  const { outcomes, daily, escalations, overrides, cost, violations, gaps, qa } = await loadDashboard(
    prisma,
    range,
    options,
  );
  const overall = outcomes.overall;
  const query = new URLSearchParams(rangeQuery(range)).toString();
  const reviewHref = (extra: Record<string, string>) =>
    `/supervisor/conversations?${new URLSearchParams({ ...rangeQuery(range), ...extra })}`;

  const outcomeRows = PATHS.map((path) => {
    const row = outcomes.byPath[path];
    return {
      label: PATH_LABELS[path],
      durable: row.durable,
      recontacted: row.recontacted,
      pending: row.pending,
      unresolved: row.total - row.resolved,
    };
  });
  const neverEscalated = escalations.byIntent
    .filter((r) => r.escalated === 0 && r.total > 0)
    .map((r) => intentName(r.intent).toLowerCase());
  const csatRows = (["ai_only", "ai_then_human", "human_only"] as PathKey[]).flatMap((path) => {
    const row = outcomes.byPath[path];
    return row.rated ? [{ label: PATH_LABELS[path], value: row.csatAvg ?? 0, note: `${row.rated} ratings` }] : [];
  });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Dashboard</h1>
          <p className="mt-1 max-w-2xl text-sm text-ink-muted">
            {count(overall.total)} conversations started{" "}
            {range.days ? `in the ${range.label.toLowerCase()}` : `from ${range.fromDay} to ${range.toDay}`}. A
            resolution counts when it lasts: no new conversation on the same issue within 7 days.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <RangePicker range={range} path="/supervisor" />
          <a
            href={`/supervisor/export/metrics?${query}`}
            className={buttonClass("secondary", "sm")}
            data-testid="export-metrics"
            download
          >
            Export CSV
          </a>
        </div>
      </header>

      <KpiGrid overall={overall} escalations={escalations} overrides={overrides} cost={cost} />

      <Panel
        testId="panel-volume"
        title="Conversations by day and path"
        description="Each conversation on the day it started, coloured by how it ended (so far)."
      >
        {overall.total ? (
          <VolumeChart
            data={daily}
            series={PATHS.map((p) => ({ key: p, label: PATH_LABELS[p], color: PATH_COLORS[p] }))}
          />
        ) : (
          <EmptyNote>No conversations in this range.</EmptyNote>
        )}
      </Panel>

      <div className="grid gap-6 lg:grid-cols-5">
        <Panel
          className="lg:col-span-3"
          testId="panel-outcomes"
          title="Resolution that lasts, by path"
          description="Contained is not resolved: re-contacts and abandonment show where the AI deflected instead of helping."
        >
          <StackedRows
            data={outcomeRows}
            series={[
              { key: "durable", label: "Durable", color: OUTCOME_COLORS.durable },
              { key: "recontacted", label: "Came back within 7 days", color: OUTCOME_COLORS.recontacted },
              { key: "pending", label: "Inside its 7 days", color: OUTCOME_COLORS.pending },
              { key: "unresolved", label: "Not resolved", color: OUTCOME_COLORS.unresolved },
            ]}
          />
        </Panel>
        <Panel
          className="lg:col-span-2"
          testId="panel-csat"
          title="CSAT by path"
          description="Average rating (1–5) of rated conversations."
        >
          {csatRows.length ? (
            <HorizontalBars data={csatRows} format="score" max={5} color="#10b981" labelWidth={110} />
          ) : (
            <EmptyNote>No ratings in this range.</EmptyNote>
          )}
        </Panel>
      </div>

      <Panel testId="panel-paths" title="Paths compared" description="Open a path to review its conversations.">
        <PathsTable outcomes={outcomes} cost={cost} reviewHref={(path) => reviewHref({ outcome: path })} />
      </Panel>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel
          testId="panel-reasons"
          title="Escalations by reason"
          description="Handoffs to a person; the note is how many people judged needed."
        >
          {escalations.byReason.length ? (
            <HorizontalBars
              data={escalations.byReason.map((r) => ({
                label: reasonName(r.reason),
                value: r.count,
                note: r.appropriateness === null ? "not judged" : `${pct(r.appropriateness)} needed`,
              }))}
              format="count"
              color="#0ea5e9"
              labelWidth={190}
            />
          ) : (
            <EmptyNote>No handoffs in this range.</EmptyNote>
          )}
        </Panel>
        <Panel
          testId="panel-intents"
          title="Escalation rate by intent"
          description={`Share of each intent's conversations handed to a person.${neverEscalated.length ? ` Never handed over: ${neverEscalated.join(", ")}.` : ""}`}
        >
          {escalations.byIntent.some((r) => r.escalated > 0) ? (
            <HorizontalBars
              data={[...escalations.byIntent]
                .filter((r) => r.escalated > 0)
                .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || b.total - a.total)
                .slice(0, 12)
                .map((r) => ({
                  label: intentName(r.intent),
                  value: r.rate ?? 0,
                  note: `${r.escalated} of ${r.total}`,
                }))}
              format="percent"
              max={1}
              labelWidth={120}
            />
          ) : (
            <EmptyNote>No conversations in this range.</EmptyNote>
          )}
        </Panel>
        <Panel
          testId="panel-violations"
          title="Guardrail violations"
          description="Replies the validator blocked, by type, and manipulation attempts it flagged."
        >
          {violations.length ? (
            <HorizontalBars
              data={violations.map((v) => ({
                label: violationName(v.type),
                value: v.count,
                note: `${v.conversations} conversations`,
              }))}
              format="count"
              color="#ef4444"
              labelWidth={190}
            />
          ) : (
            <EmptyNote>No violations in this range.</EmptyNote>
          )}
        </Panel>
        <Panel
          testId="panel-overrides"
          title="Where people overrode the AI"
          description="Drafts and action requests a person decided."
        >
          {overrides.draftsDecided + overrides.actionsDecided ? (
            <HorizontalBars
              data={[
                { label: "Draft sent as written", value: overrides.draftsSent },
                {
                  label: "Draft edited lightly",
                  value: Math.max(0, overrides.draftsEdited - overrides.draftsHeavilyEdited),
                },
                { label: "Draft edited heavily", value: overrides.draftsHeavilyEdited },
                { label: "Draft discarded", value: overrides.draftsDiscarded },
                { label: "Action approved", value: overrides.actionsApproved },
                { label: "Action rejected", value: overrides.actionsRejected },
              ]}
              format="count"
              color="#8087f0"
              labelWidth={150}
            />
          ) : (
            <EmptyNote>No drafts or action requests decided in this range.</EmptyNote>
          )}
        </Panel>
        <Panel
          testId="panel-gaps"
          title="Knowledge gaps"
          description={`Questions the AI answered with a best article score under ${options.lowRetrievalConfidence}: write or fix these articles.`}
        >
          <GapsList gaps={gaps} threshold={options.lowRetrievalConfidence} />
        </Panel>
        <div className="space-y-6">
          <Panel testId="panel-cost" title="Tokens and cost" description="Per model, priced from TANDEM_MODEL_PRICES.">
            <CostTable cost={cost} />
          </Panel>
          <Panel testId="panel-qa" title="QA scores" description="Supervisor reviews against the rubric.">
            <QaScores qa={qa} />
          </Panel>
        </div>
      </div>

      <details className="rounded-xl border border-line bg-surface px-5 py-4 text-sm text-ink-muted">
        <summary className="cursor-pointer font-medium text-ink">How these figures are computed</summary>
        <dl className="mt-3 grid gap-x-8 gap-y-2 md:grid-cols-2">
          {Object.entries(DEFINITIONS).map(([key, text]) => (
            <div key={key}>
              <dt className="font-medium text-ink capitalize">{key.replace(/([A-Z])/g, " $1").toLowerCase()}</dt>
              <dd className="text-xs leading-relaxed">{text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
