import Link from "next/link";
import { buttonClass } from "@/components/button";
import { RANGE_PRESETS, type RangeSelection } from "@/lib/metrics/range";

/**
 * The date range: presets as links, custom dates as a GET form, so the range lives in the URL (shareable, and
 * the same on the dashboard, the review list and the exports) and works before any script has loaded.
 */
export function RangePicker({
  range,
  path,
  extra = {},
}: {
  range: RangeSelection;
  path: string;
  extra?: Record<string, string>;
}) {
  const href = (days: number) => `${path}?${new URLSearchParams({ ...extra, days: String(days) })}`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="range-picker">
      <div
        className="flex rounded-lg border border-line-strong bg-surface p-0.5 shadow-card"
        role="group"
        aria-label="Date range"
      >
        {RANGE_PRESETS.map((days) => {
          const current = range.days === days;
          return (
            <Link
              key={days}
              href={href(days)}
              aria-current={current ? "true" : undefined}
              className={`rounded-md px-2.5 py-1 text-[13px] font-medium tabular-nums ${current ? "bg-brand-600 text-white" : "text-ink-muted hover:bg-surface-muted hover:text-ink"}`}
            >
              {days} days
            </Link>
          );
        })}
      </div>
      <form method="get" action={path} className="flex items-center gap-1.5 text-[13px]">
        {Object.entries(extra).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="sr-only" htmlFor="range-from">
          From
        </label>
        <input
          id="range-from"
          name="from"
          type="date"
          defaultValue={range.fromDay}
          className="rounded-lg border border-line-strong bg-surface px-2 py-1 text-ink shadow-card"
        />
        <span className="text-ink-subtle" aria-hidden="true">
          –
        </span>
        <label className="sr-only" htmlFor="range-to">
          To
        </label>
        <input
          id="range-to"
          name="to"
          type="date"
          defaultValue={range.toDay}
          className="rounded-lg border border-line-strong bg-surface px-2 py-1 text-ink shadow-card"
        />
        <button type="submit" className={buttonClass("secondary", "sm")}>
          Apply
        </button>
      </form>
    </div>
  );
}
