import type { Metadata } from "next";
import { Avatar } from "@/components/avatar";
import { Badge } from "@/components/badge";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { recentAuditEvents } from "@/lib/db/audit-log";
import { db } from "@/lib/db/client";
import { listStaff } from "@/lib/governance/staff";
import { StaffControls } from "./staff-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin · Tandem" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "—");

/** Staff accounts and roles, for admins only. A change applies to the person's next action, and is audited. */
export default async function AdminPage() {
  const me = await requireStaffPage("admin", "/admin");
  const prisma = db();
  const [staff, changes] = await Promise.all([
    listStaff(prisma),
    recentAuditEvents(prisma, { actionPrefix: "staff.", take: 12 }),
  ]);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const admins = staff.filter((s) => s.role === "admin" && s.active).length;

  return (
    <div className="mx-auto w-full max-w-7xl space-y-6 px-4 py-6 sm:px-6 lg:py-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Staff and roles</h1>
        <p className="mt-1 max-w-2xl text-sm text-ink-muted">
          Agents work the inbox; supervisors also see metrics, reviews, the audit log and policies; admins also manage
          staff. A change applies to the person&apos;s next action. You can&apos;t change your own account, and there is
          always at least one active admin ({admins} now).
        </p>
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section className="overflow-hidden rounded-xl border border-line bg-surface shadow-card" aria-label="Staff">
          <table className="w-full text-sm" data-testid="staff-table">
            <thead className="border-b border-line bg-surface-muted/60 text-left text-xs font-medium tracking-wide text-ink-subtle uppercase">
              <tr>
                <th className="py-2 pr-3 pl-5">Person</th>
                <th className="hidden px-3 py-2 md:table-cell">Last seen</th>
                <th className="py-2 pr-5 pl-3 text-right">Role and access</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {staff.map((s) => (
                <tr
                  key={s.id}
                  className={s.active ? "" : "bg-surface-muted/40"}
                  data-testid="staff-row"
                  data-email={s.email}
                >
                  <td className="py-3 pr-3 pl-5">
                    <div className="flex items-center gap-3">
                      <Avatar name={s.name} />
                      <div>
                        <p className="font-medium text-ink">
                          {s.name}
                          {s.id === me.id ? (
                            <Badge tone="brand" className="ml-2">
                              you
                            </Badge>
                          ) : null}
                          {!s.active ? (
                            <Badge tone="danger" className="ml-2">
                              inactive
                            </Badge>
                          ) : null}
                        </p>
                        <p className="text-xs text-ink-muted">{s.email}</p>
                      </div>
                    </div>
                  </td>
                  <td className="hidden px-3 py-3 text-xs text-ink-muted tabular-nums md:table-cell">
                    {when(s.lastSeenAt)}
                  </td>
                  <td className="py-3 pr-5 pl-3">
                    <StaffControls userId={s.id} role={s.role} active={s.active} self={s.id === me.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="rounded-xl border border-line bg-surface p-4 shadow-card" data-testid="staff-changes">
          <h2 className="mb-3 text-sm font-semibold text-ink">Recent changes</h2>
          {changes.length ? (
            <ol className="space-y-2.5 text-xs">
              {changes.map((c) => {
                const details = (c.details ?? {}) as { from?: string; to?: string };
                const who = names.get(c.target?.replace("staff:", "") ?? "") ?? c.target;
                const what =
                  c.action === "staff.role_changed"
                    ? `${details.from} → ${details.to}`
                    : c.action === "staff.deactivated"
                      ? "deactivated"
                      : "activated";
                return (
                  <li key={c.id}>
                    <span className="font-medium text-ink">{who}</span> <span className="text-ink-muted">{what}</span>
                    <span className="block text-ink-subtle">
                      by {c.actor?.name ?? "unknown"} · {when(c.createdAt)}
                    </span>
                  </li>
                );
              })}
            </ol>
          ) : (
            <p className="text-xs text-ink-muted">
              No role or access changes yet. Each one is recorded in the audit log.
            </p>
          )}
          <a
            href="/supervisor/audit?action=staff.&days=90"
            className="mt-3 inline-block text-xs font-medium text-brand-700 hover:underline"
          >
            All staff changes in the audit log
          </a>
        </section>
      </div>
    </div>
  );
}
