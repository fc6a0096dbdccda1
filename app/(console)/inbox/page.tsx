import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listHumanQueue } from "@/lib/db/queue";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox · Tandem" };

const REASONS: Record<string, string> = {
  customer_request: "Asked for a person",
  policy_human_only: "Policy: people only",
  policy_draft_only: "Policy: AI drafts, person replies",
};

export default async function InboxPage() {
  await requireStaffPage("agent", "/inbox");
  const queue = await listHumanQueue(db());
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <header className="mb-6 flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Inbox</h1>
          <p className="mt-1 text-sm text-ink-muted">Conversations the AI handed to a person, longest wait first.</p>
        </div>
        <span className="shrink-0 rounded-full bg-surface-muted px-3 py-1 text-sm font-medium whitespace-nowrap text-ink" data-testid="queue-count">
          {queue.length} open
        </span>
      </header>
      {queue.length === 0 ? (
        <p className="rounded-xl border border-line bg-surface p-10 text-center text-ink-muted" data-testid="queue-empty">
          Nobody is waiting. When the AI hands a conversation over, it appears here.
        </p>
      ) : (
        <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface" data-testid="queue">
          {queue.map((row) => (
            <li key={row.id} className="flex flex-col gap-1 px-5 py-4 sm:flex-row sm:items-center sm:gap-6" data-testid="queue-row">
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm text-ink">{row.lastCustomerMessage ?? "No message yet"}</p>
                <p className="mt-1 text-xs text-ink-muted">
                  {REASONS[row.handoffReason ?? ""] ?? row.handoffReason ?? "Handed over"}
                  {row.intent ? ` · ${row.intent.replace(/_/g, " ")}` : ""}
                  {row.sentiment === "frustrated" ? " · frustrated" : ""}
                </p>
              </div>
              <div className="flex shrink-0 items-center gap-3 text-xs text-ink-muted">
                <span>{row.assignee ? `With ${row.assignee.name}` : "Unassigned"}</span>
                <time dateTime={(row.handoffAt ?? row.lastMessageAt).toISOString()}>
                  {formatWait(row.handoffAt ?? row.lastMessageAt)}
                </time>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function formatWait(since: Date): string {
  const minutes = Math.max(0, Math.round((Date.now() - since.getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} d`;
}
