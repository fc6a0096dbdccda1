/** The dashboard's building blocks: a headline figure, and a titled panel that holds a chart or a table. */
export function KpiCard({
  label,
  value,
  detail,
  tone = "neutral",
  testId,
  definition,
}: {
  label: string;
  value: string;
  detail: string;
  tone?: "neutral" | "good" | "warn";
  testId: string;
  definition: string;
}) {
  const accent = tone === "good" ? "bg-emerald-500" : tone === "warn" ? "bg-amber-500" : "bg-brand-500";
  return (
    <div
      className="relative overflow-hidden rounded-xl border border-line bg-surface p-4 shadow-card"
      data-testid={testId}
      title={definition}
    >
      <span className={`absolute inset-y-0 left-0 w-1 ${accent}`} aria-hidden="true" />
      <p className="text-xs font-medium tracking-wide text-ink-subtle uppercase">{label}</p>
      <p className="mt-1.5 text-2xl font-semibold tracking-tight text-ink tabular-nums" data-testid={`${testId}-value`}>
        {value}
      </p>
      <p className="mt-1 text-xs leading-snug text-ink-muted">{detail}</p>
    </div>
  );
}

export function Panel({
  title,
  description,
  children,
  testId,
  className = "",
  aside,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
  testId: string;
  className?: string;
  aside?: React.ReactNode;
}) {
  return (
    <section
      className={`rounded-xl border border-line bg-surface p-5 shadow-card ${className}`}
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
    >
      <div className="mb-4 flex items-start justify-between gap-4">
        <div>
          <h2 id={`${testId}-title`} className="text-sm font-semibold text-ink">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-xs leading-relaxed text-ink-muted">{description}</p> : null}
        </div>
        {aside}
      </div>
      {children}
    </section>
  );
}

export function EmptyNote({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-line-strong px-4 py-8 text-center text-sm text-ink-muted">
      {children}
    </p>
  );
}
