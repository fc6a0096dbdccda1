import Link from "next/link";
import { FILTER_LABELS, INBOX_FILTERS, type InboxFilter } from "@/lib/workspace/labels";
import type { InboxCounts } from "@/lib/workspace/queue";

/** The queue's views with their counts; the counts update with the page (live). */
export function FilterTabs({ active, counts }: { active: InboxFilter; counts: InboxCounts }) {
  return (
    <nav aria-label="Queue filters" className="flex gap-1 overflow-x-auto border-b border-line">
      {INBOX_FILTERS.map((filter) => {
        const current = filter === active;
        return (
          <Link
            key={filter}
            href={`/inbox?filter=${filter}`}
            aria-current={current ? "page" : undefined}
            data-testid={`filter-${filter}`}
            className={`-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors ${
              current
                ? "border-brand-600 text-ink"
                : "border-transparent text-ink-muted hover:border-line-strong hover:text-ink"
            }`}
          >
            {FILTER_LABELS[filter]}
            <span
              data-testid={`count-${filter}`}
              className={`min-w-6 rounded-full px-1.5 py-0.5 text-center text-xs tabular-nums ${
                current ? "bg-brand-600 text-brand-ink" : "bg-surface-muted text-ink-muted"
              }`}
            >
              {counts[filter].toLocaleString("en-US")}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
