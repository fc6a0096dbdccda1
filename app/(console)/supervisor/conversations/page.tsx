import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { PATH_LABELS, PATHS } from "@/lib/metrics/definitions";
import { count, intentName, reasonName, violationName } from "@/lib/metrics/format";
import { ensureFreshRollups } from "@/lib/metrics/rollup";
import { ESCALATION_REASONS } from "@/lib/pipeline/escalate";
import { VIOLATION_TYPES } from "@/lib/pipeline/validate";
import { INTENTS } from "@/lib/policy/schema";
import { activeFilterCount, CSAT_FILTERS, CSAT_LABELS, filterQuery, parseReviewFilters } from "@/lib/review/filters";
import { listAgents, searchConversations } from "@/lib/review/search";
import { CsatBadge, PathBadge } from "../badges";
import { EmptyNote } from "../panel";
import { RangePicker } from "../range-picker";
import { FilterBar, type FilterField } from "./filter-bar";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review conversations · Tandem" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Conversation review: search and filter, newest first, then open one to read it with every AI turn's trace. */
export default async function ReviewListPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("supervisor", "/supervisor/conversations");
  const filters = parseReviewFilters(await searchParams);
  const prisma = db();
  await ensureFreshRollups(prisma);
  const [{ rows, total, pages }, agents] = await Promise.all([
    searchConversations(prisma, filters),
    listAgents(prisma),
  ]);
  const query = (overrides: Record<string, string | null> = {}) => filterQuery(filters, overrides);
  const rangeParams = Object.fromEntries(
    new URLSearchParams(
      query({ intent: null, outcome: null, reason: null, csat: null, violation: null, agent: null, page: null }),
    ),
  );
  const otherParams = Object.fromEntries([
    ...new URLSearchParams(query({ page: null, days: null, from: null, to: null })),
  ]);

  const fields: FilterField[] = [
    {
      name: "intent",
      label: "Intent",
      value: filters.intent ?? "",
      testId: "filter-intent",
      options: INTENTS.map((i) => ({ value: i, label: intentName(i) })),
    },
    {
      name: "outcome",
      label: "Outcome",
      value: filters.outcome ?? "",
      testId: "filter-outcome",
      options: [
        ...PATHS.map((p) => ({ value: p, label: PATH_LABELS[p] })),
        { value: "recontacted", label: "Came back within 7 days" },
      ],
    },
    {
      name: "reason",
      label: "Escalation reason",
      value: filters.reason ?? "",
      testId: "filter-reason",
      options: ESCALATION_REASONS.map((r) => ({ value: r, label: reasonName(r) })),
    },
    {
      name: "csat",
      label: "CSAT",
      value: filters.csat ?? "",
      testId: "filter-csat",
      options: CSAT_FILTERS.map((c) => ({ value: c, label: CSAT_LABELS[c] })),
    },
    {
      name: "violation",
      label: "Violations",
      value: filters.violation ?? "",
      testId: "filter-violation",
      options: [
        { value: "any", label: "Any violation" },
        ...[...VIOLATION_TYPES, "prompt_injection"].map((v) => ({ value: v, label: violationName(v) })),
      ],
    },
    {
      name: "agent",
      label: "Agent",
      value: filters.agentId ?? "",
      testId: "filter-agent",
      options: agents.map((a) => ({ value: a.id, label: `${a.name}${a.active ? "" : " (inactive)"}` })),
    },
  ];

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Conversations</h1>
          <p className="mt-1 text-sm text-ink-muted">
            Read any conversation with the AI&apos;s reasoning on every turn, score it, and turn bad answers into tests.
          </p>
        </div>
        <RangePicker range={filters.range} path="/supervisor/conversations" extra={otherParams} />
      </header>

      <div className="rounded-xl border border-line bg-surface p-4 shadow-card">
        <FilterBar
          fields={fields}
          hidden={rangeParams}
          resetHref={
            activeFilterCount(filters) ? `/supervisor/conversations?${new URLSearchParams(rangeParams)}` : null
          }
        />
      </div>

      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-ink-muted" data-testid="review-count">
          <strong className="font-semibold text-ink">{count(total)}</strong>{" "}
          {total === 1 ? "conversation" : "conversations"}
          {pages > 1 ? ` · page ${filters.page} of ${pages}` : ""}
        </p>
        <div className="flex items-center gap-2">
          <a href="/supervisor/export/eval-cases" className={buttonClass("ghost", "sm")} download>
            Evaluation cases (JSONL)
          </a>
          <a
            href={`/supervisor/export/conversations?${query({ page: null })}`}
            className={buttonClass("secondary", "sm")}
            data-testid="export-conversations"
            download
          >
            Export CSV
          </a>
        </div>
      </div>

      {rows.length === 0 ? (
        <EmptyNote>No conversations match these filters in this range.</EmptyNote>
      ) : (
        <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
          <table className="w-full text-sm" data-testid="review-table">
            <thead className="border-b border-line bg-surface-muted/60 text-left text-xs font-medium tracking-wide text-ink-subtle uppercase">
              <tr>
                <th className="py-2 pr-3 pl-5">Started (UTC)</th>
                <th className="px-3 py-2">Conversation</th>
                <th className="px-3 py-2">Outcome</th>
                <th className="hidden px-3 py-2 lg:table-cell">Handoff</th>
                <th className="px-3 py-2">CSAT</th>
                <th className="hidden py-2 pr-5 pl-3 md:table-cell">Agent</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((row) => (
                <tr key={row.id} className="group align-top hover:bg-surface-muted/50" data-testid="review-row">
                  <td className="py-3 pr-3 pl-5 text-xs whitespace-nowrap text-ink-muted tabular-nums">
                    {new Date(row.createdAt).toLocaleString("en-US", {
                      month: "short",
                      day: "numeric",
                      hour: "2-digit",
                      minute: "2-digit",
                      timeZone: "UTC",
                    })}
                  </td>
                  <td className="max-w-md px-3 py-3">
                    <Link
                      href={`/supervisor/conversations/${row.id}`}
                      className="line-clamp-1 font-medium text-ink group-hover:text-brand-700 hover:underline"
                      data-testid="review-open"
                    >
                      {row.firstQuestion ?? "(asked for a person before writing)"}
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-ink-muted">
                      <span data-testid="review-intent">{intentName(row.intent)}</span>
                      {row.tier && row.tier !== "standard" ? <Badge tone="brand">{row.tier}</Badge> : null}
                      {row.recontacted ? <Badge tone="warning">Came back within 7 days</Badge> : null}
                      {row.violations.map((v) => (
                        <Badge key={v} tone="danger">
                          {violationName(v)}
                        </Badge>
                      ))}
                      {row.reviewed ? <Badge tone="success">QA scored</Badge> : null}
                    </div>
                  </td>
                  <td className="px-3 py-3">
                    <PathBadge path={row.path} />
                  </td>
                  <td className="hidden px-3 py-3 text-xs text-ink-muted lg:table-cell">
                    {row.handoffReason ? reasonName(row.handoffReason) : "—"}
                    {row.handoffAssessment ? (
                      <span className="block text-ink-subtle">
                        {row.handoffAssessment === "needed" ? "judged needed" : "judged not needed"}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-3">
                    <CsatBadge score={row.csatScore} />
                  </td>
                  <td className="hidden py-3 pr-5 pl-3 text-xs text-ink-muted md:table-cell">{row.agent ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav className="flex items-center justify-between" aria-label="Pages">
          {filters.page > 1 ? (
            <Link className={buttonClass("secondary", "sm")} href={`?${query({ page: String(filters.page - 1) })}`}>
              Newer
            </Link>
          ) : (
            <span />
          )}
          {filters.page < pages ? (
            <Link className={buttonClass("secondary", "sm")} href={`?${query({ page: String(filters.page + 1) })}`}>
              Older
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
