import type { Metadata } from "next";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/badge";
import { buttonClass } from "@/components/button";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { count } from "@/lib/metrics/format";
import { auditQuery, parseAuditFilters } from "@/lib/governance/audit-filters";
import { type AuditRow, listAuditEvents } from "@/lib/governance/audit-log";
import { listAgents } from "@/lib/review/search";
import { EmptyNote } from "../panel";
import { RangePicker } from "../range-picker";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log · Tandem" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ACTOR_TONES: Record<string, BadgeTone> = { ai: "brand", staff: "success", customer: "info", system: "neutral" };
const ACTOR_LABELS: Record<string, string> = { ai: "AI", staff: "Staff", customer: "Customer", system: "System" };

/** The append-only audit log: every staff action and every AI action, with actor, time and target. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("supervisor", "/supervisor/audit");
  const filters = parseAuditFilters(await searchParams);
  const prisma = db();
  const [{ rows, total, pages, actions }, staff] = await Promise.all([
    listAuditEvents(prisma, filters),
    listAgents(prisma),
  ]);
  const keep = Object.fromEntries(
    new URLSearchParams(auditQuery(filters, { page: null, days: null, from: null, to: null })),
  );
  const rangeOnly = Object.fromEntries(
    new URLSearchParams(auditQuery(filters, { page: null, actor: null, action: null, target: null })),
  );
  const families = [...new Set(actions.map((a) => `${a.action.split(".")[0]}.`))];
  const select = "rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-[13px] text-ink shadow-card";

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Audit log</h1>
          <p className="mt-1 text-sm text-ink-muted">
            Append-only: every sign-in, staff decision and AI action, as it happened. Nothing here can be edited.
          </p>
        </div>
        <RangePicker range={filters.range} path="/supervisor/audit" extra={keep} />
      </header>

      <form
        method="get"
        action="/supervisor/audit"
        className="flex flex-wrap items-end gap-3 rounded-xl border border-line bg-surface p-4 shadow-card"
        data-testid="audit-filters"
      >
        {Object.entries(rangeOnly).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex flex-col gap-1 text-xs font-medium text-ink-muted">
          Actor
          <select
            name="actor"
            defaultValue={filters.actorKind ?? filters.actorId ?? ""}
            className={select}
            data-testid="audit-actor"
          >
            <option value="">Anyone</option>
            <option value="ai">The AI</option>
            <option value="customer">Customers</option>
            <option value="system">System</option>
            <option value="staff">All staff</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.role})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-ink-muted">
          Action
          <select name="action" defaultValue={filters.action ?? ""} className={select} data-testid="audit-action">
            <option value="">Any action</option>
            {families.map((family) => (
              <option key={family} value={family}>
                all {family}*
              </option>
            ))}
            {actions.map((a) => (
              <option key={a.action} value={a.action}>
                {a.action} ({count(a.count)})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-ink-muted">
          Target contains
          <input
            name="target"
            defaultValue={filters.target ?? ""}
            placeholder="NW-100042 or a conversation id"
            className={`${select} w-64`}
            data-testid="audit-target"
          />
        </label>
        <button type="submit" className={buttonClass("primary", "sm", "mb-px")} data-testid="audit-apply">
          Filter
        </button>
      </form>

      <p className="text-sm text-ink-muted" data-testid="audit-count">
        <strong className="font-semibold text-ink">{count(total)}</strong> events
        {pages > 1 ? ` · page ${filters.page} of ${pages}` : ""}
      </p>

      {rows.length === 0 ? (
        <EmptyNote>No audit events match these filters.</EmptyNote>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-surface shadow-card">
          <table className="w-full text-sm" data-testid="audit-table">
            <thead className="border-b border-line bg-surface-muted/60 text-left text-xs font-medium tracking-wide text-ink-subtle uppercase">
              <tr>
                <th className="py-2 pr-3 pl-5">Time (UTC)</th>
                <th className="px-3 py-2">Actor</th>
                <th className="px-3 py-2">Action</th>
                <th className="px-3 py-2">Target</th>
                <th className="py-2 pr-5 pl-3">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((row) => (
                <tr key={row.id} className="align-top" data-testid="audit-row">
                  <td className="py-2.5 pr-3 pl-5 text-xs whitespace-nowrap text-ink-muted tabular-nums">
                    {row.createdAt.slice(0, 19).replace("T", " ")}
                  </td>
                  <td className="px-3 py-2.5 whitespace-nowrap">
                    <Badge tone={ACTOR_TONES[row.actorType] ?? "neutral"}>
                      {ACTOR_LABELS[row.actorType] ?? row.actorType}
                    </Badge>
                    {row.actor ? <span className="ml-1.5 text-xs text-ink">{row.actor.name}</span> : null}
                  </td>
                  <td className="px-3 py-2.5">
                    <code className="font-mono text-xs text-ink" data-testid="audit-action-name">
                      {row.action}
                    </code>
                  </td>
                  <td className="px-3 py-2.5 text-xs">
                    <Target row={row} />
                  </td>
                  <td className="max-w-sm py-2.5 pr-5 pl-3 text-xs break-words text-ink-muted">
                    {detailsText(row.details)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav className="flex items-center justify-between" aria-label="Pages">
          {filters.page > 1 ? (
            <Link
              className={buttonClass("secondary", "sm")}
              href={`?${auditQuery(filters, { page: String(filters.page - 1) })}`}
            >
              Newer
            </Link>
          ) : (
            <span />
          )}
          {filters.page < pages ? (
            <Link
              className={buttonClass("secondary", "sm")}
              href={`?${auditQuery(filters, { page: String(filters.page + 1) })}`}
            >
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

function Target({ row }: { row: AuditRow }) {
  const conversationId = row.target?.startsWith("conversation:")
    ? row.target.slice("conversation:".length)
    : typeof row.details?.conversationId === "string"
      ? row.details.conversationId
      : null;
  return (
    <span className="flex flex-col gap-0.5">
      {row.target ? (
        <code className="font-mono break-all text-ink">{row.target}</code>
      ) : (
        <span className="text-ink-subtle">—</span>
      )}
      {conversationId ? (
        <Link href={`/supervisor/conversations/${conversationId}`} className="text-brand-700 hover:underline">
          Review conversation
        </Link>
      ) : null}
    </span>
  );
}

function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return "";
  return Object.entries(details)
    .filter(([key]) => key !== "conversationId")
    .map(([key, value]) => `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(" · ")
    .slice(0, 400);
}
