import type { Metadata } from "next";
import { InboxIcon } from "@/components/icons";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { latestSeq } from "@/lib/db/events";
import { type InboxFilter, parseFilter } from "@/lib/workspace/labels";
import { inboxCounts, listInbox } from "@/lib/workspace/queue";
import { FilterTabs } from "./filter-tabs";
import { LiveRefresh } from "./live-refresh";
import { QueueRow } from "./queue-row";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox · Tandem" };

type SearchParams = Promise<{ filter?: string | string[] }>;

const EMPTY: Record<InboxFilter, { title: string; body: string }> = {
  mine: {
    title: "Nothing assigned to you",
    body: "Take a conversation from Unassigned, or a colleague can hand one to you.",
  },
  unassigned: {
    title: "Nobody is waiting",
    body: "When the AI hands a conversation to a person, it appears here at once.",
  },
  approvals: {
    title: "No actions waiting for approval",
    body: "When a customer confirms an action above the AI's limits, it waits here for a decision.",
  },
  open: {
    title: "No open conversations",
    body: "When the AI hands a conversation to a person, it appears here at once.",
  },
  resolved: { title: "Nothing resolved yet", body: "Conversations people resolve are listed here, most recent first." },
};

/** The human queue: what waits for a person, most urgent and longest waiting first, live. */
export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage("agent", "/inbox");
  const filter = parseFilter((await searchParams).filter) ?? "open";
  const prisma = db();
  // Read before the data: an event committed in between is replayed by the live stream rather than lost.
  const after = await latestSeq(prisma);
  const [rows, counts] = await Promise.all([
    listInbox(prisma, { filter, staffId: staff.id }),
    inboxCounts(prisma, staff.id),
  ]);

  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:py-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Inbox</h1>
          <p className="mt-1 text-sm text-ink-muted">
            Conversations the AI handed to a person: waiting first, then by priority and the longest wait.
          </p>
        </div>
        <LiveRefresh after={after.toString()} visible={rows.map((row) => row.id)} />
      </header>
      <div className="mt-5">
        <FilterTabs active={filter} counts={counts} />
      </div>
      {rows.length === 0 ? (
        <div
          className="mt-6 flex flex-col items-center rounded-xl border border-dashed border-line-strong bg-surface px-6 py-14 text-center"
          data-testid="queue-empty"
        >
          <span className="grid size-11 place-items-center rounded-full bg-brand-50 text-brand-600">
            <InboxIcon className="size-5" />
          </span>
          <p className="mt-3 font-medium text-ink">{EMPTY[filter].title}</p>
          <p className="mt-1 max-w-sm text-sm text-ink-muted">{EMPTY[filter].body}</p>
        </div>
      ) : (
        <section
          aria-label="Queue"
          className="mt-4 overflow-hidden rounded-xl border border-line bg-surface shadow-card"
        >
          <div className="hidden items-center gap-4 border-b border-line bg-surface-muted/60 py-2 pr-4 pl-5 text-xs font-medium tracking-wide text-ink-subtle uppercase md:flex">
            <span className="flex-1">Customer and latest message</span>
            <span className="w-40">Assignee</span>
            <span className="w-28 text-right">{filter === "resolved" ? "Resolved" : "Wait"}</span>
            <span className="w-20" />
          </div>
          <ul className="divide-y divide-line" data-testid="queue">
            {rows.map((row) => (
              <QueueRow key={row.id} row={row} staffId={staff.id} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
