/** A trace's stage timings as bars against the turn's total, with the time to the first streamed token. */
export function Timings({ timings }: { timings: Record<string, number> }) {
  const total = timings.total ?? Math.max(1, ...Object.values(timings));
  const stages = Object.entries(timings).filter(([name]) => name !== "total" && name !== "firstToken");
  return (
    <div className="space-y-1 text-xs" data-testid="trace-timings">
      {stages.map(([name, ms]) => (
        <div key={name} className="flex items-center gap-2">
          <span className="w-20 text-ink-muted">{name}</span>
          <div className="h-1.5 flex-1 rounded-full bg-surface-muted">
            <div
              className="h-1.5 rounded-full bg-sky-400"
              style={{ width: `${Math.max(1, Math.min(100, (ms / total) * 100))}%` }}
            />
          </div>
          <span className="w-16 text-right tabular-nums">{ms} ms</span>
        </div>
      ))}
      <p className="pt-1 text-ink-muted">
        Total {total} ms{timings.firstToken !== undefined ? ` · first token after ${timings.firstToken} ms` : ""}
      </p>
    </div>
  );
}
