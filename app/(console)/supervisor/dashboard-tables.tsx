import Link from "next/link";
import type { CostMetrics } from "@/lib/metrics/cost";
import { PATH_LABELS, type PathKey } from "@/lib/metrics/definitions";
import { count, decimal, duration, intentName, pct, usd } from "@/lib/metrics/format";
import { type Outcomes, outcomeRates } from "@/lib/metrics/outcomes";
import type { QaSummary } from "@/lib/metrics/qa";
import type { KnowledgeGap } from "@/lib/metrics/quality";
import { PATH_COLORS } from "./colors";
import { EmptyNote } from "./panel";

/** The dashboard's tables: the paths side by side, model cost, knowledge gaps, QA averages. Server components. */
const th = "px-3 py-2 text-left text-xs font-medium tracking-wide text-ink-subtle uppercase";
const td = "px-3 py-2.5 tabular-nums";

export function PathsTable({
  outcomes,
  cost,
  reviewHref,
}: {
  outcomes: Outcomes;
  cost: CostMetrics;
  reviewHref: (path: PathKey) => string;
}) {
  const paths: PathKey[] = ["ai_only", "ai_then_human", "human_only", "abandoned", "open"];
  return (
    <div className="-mx-5 overflow-x-auto">
      <table className="w-full text-sm" data-testid="paths-table">
        <thead className="border-y border-line bg-surface-muted/60">
          <tr>
            <th className={`${th} pl-5`}>Path</th>
            <th className={`${th} text-right`}>Conversations</th>
            <th className={`${th} text-right`}>Durable</th>
            <th className={`${th} text-right`}>Re-contact</th>
            <th className={`${th} text-right`}>CSAT</th>
            <th className={`${th} text-right`}>Turns</th>
            <th className={`${th} text-right`}>Handle time</th>
            <th className={`${th} pr-5 text-right`}>Cost / resolution</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {paths.map((path) => {
            const row = outcomes.byPath[path];
            const rates = outcomeRates(row);
            const spend = cost.byPath[path];
            return (
              <tr key={path} data-testid={`path-row-${path}`}>
                <td className="py-2.5 pr-3 pl-5">
                  <Link
                    href={reviewHref(path)}
                    className="flex items-center gap-2 font-medium text-ink hover:text-brand-700 hover:underline"
                  >
                    <span
                      className="size-2.5 rounded-full"
                      style={{ background: PATH_COLORS[path] }}
                      aria-hidden="true"
                    />
                    {PATH_LABELS[path]}
                  </Link>
                </td>
                <td className={`${td} text-right`}>{count(row.total)}</td>
                <td className={`${td} text-right font-medium text-ink`}>
                  {path === "open" ? "—" : pct(rates.durableRate)}
                </td>
                <td className={`${td} text-right`}>
                  {path === "open" || path === "abandoned" ? "—" : pct(rates.recontactRate)}
                </td>
                <td className={`${td} text-right`}>{row.rated ? `${decimal(row.csatAvg)} (${row.rated})` : "—"}</td>
                <td className={`${td} text-right`}>{decimal(row.turnsAvg)}</td>
                <td className={`${td} text-right`}>{duration(row.handleSeconds ?? row.resolveSeconds)}</td>
                <td className={`${td} pr-5 text-right`}>{row.durable ? usd(spend.costUsd / row.durable) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="px-5 pt-3 text-xs text-ink-muted">
        Handle time is from a person taking the conversation to its resolution; for the AI alone, from the first
        message. Abandoned conversations never count as resolved.
      </p>
    </div>
  );
}

export function CostTable({ cost }: { cost: CostMetrics }) {
  if (cost.byModel.length === 0) return <EmptyNote>No AI turns in this range.</EmptyNote>;
  return (
    <div className="-mx-5 overflow-x-auto">
      <table className="w-full text-sm" data-testid="cost-table">
        <thead className="border-y border-line bg-surface-muted/60">
          <tr>
            <th className={`${th} pl-5`}>Engine and model</th>
            <th className={`${th} text-right`}>AI turns</th>
            <th className={`${th} text-right`}>Tokens in / out</th>
            <th className={`${th} pr-5 text-right`}>Cost</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {cost.byModel.map((m) => (
            <tr key={`${m.engine}-${m.model}`}>
              <td className="py-2.5 pr-3 pl-5 text-ink">{m.model ?? "Local engine"}</td>
              <td className={`${td} text-right`}>{count(m.turns)}</td>
              <td className={`${td} text-right`}>
                {count(m.inputTokens)} / {count(m.outputTokens)}
              </td>
              <td className={`${td} pr-5 text-right`}>{m.costUsd === null ? "no price" : usd(m.costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cost.unpricedModels.length ? (
        <p className="px-5 pt-3 text-xs text-amber-800">
          No price configured for {cost.unpricedModels.join(", ")}: add it to TANDEM_MODEL_PRICES to include it in the
          cost.
        </p>
      ) : null}
    </div>
  );
}

export function GapsList({ gaps, threshold }: { gaps: KnowledgeGap[]; threshold: number }) {
  if (gaps.length === 0) return <EmptyNote>No answers below a retrieval score of {threshold} in this range.</EmptyNote>;
  const max = Math.max(...gaps.map((g) => g.count));
  return (
    <ul className="divide-y divide-line" data-testid="gaps-list">
      {gaps.map((gap) => (
        <li key={`${gap.intent}-${gap.articleId}`} className="py-3 first:pt-0 last:pb-0">
          <div className="flex items-baseline justify-between gap-3">
            <p className="text-sm font-medium text-ink">
              {intentName(gap.intent)}
              <span className="font-normal text-ink-muted">
                {" "}
                · {gap.articleTitle ? `nearest article: ${gap.articleTitle}` : "no article came close"}
              </span>
            </p>
            <span className="shrink-0 text-xs text-ink-muted tabular-nums">
              {count(gap.count)} answers · score {gap.avgScore.toFixed(2)}
            </span>
          </div>
          <div className="mt-1.5 h-1.5 rounded-full bg-surface-muted" aria-hidden="true">
            <div
              className="h-1.5 rounded-full bg-amber-400"
              style={{ width: `${Math.max(4, (gap.count / max) * 100)}%` }}
            />
          </div>
          <ul className="mt-2 space-y-1">
            {gap.examples.map((example, i) => (
              <li key={i} className="truncate text-xs text-ink-muted" title={example}>
                “{example}”
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function QaScores({ qa }: { qa: QaSummary }) {
  if (qa.reviews === 0) return <EmptyNote>No QA reviews of conversations in this range yet.</EmptyNote>;
  const rows = [
    ["Policy accuracy", qa.policyAccuracy],
    ["Tone", qa.tone],
    ["Resolution", qa.resolution],
    ["Escalation appropriate", qa.escalationAppropriate],
  ] as const;
  return (
    <div data-testid="qa-summary">
      <dl className="grid grid-cols-2 gap-3">
        {rows.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-surface-muted/70 px-3 py-2.5">
            <dt className="text-xs text-ink-muted">{label}</dt>
            <dd className="mt-0.5 text-lg font-semibold text-ink tabular-nums">
              {decimal(value)}
              <span className="text-xs font-normal text-ink-subtle"> / 5</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-ink-muted">
        {count(qa.reviews)} reviews of {count(qa.conversations)} conversations.
      </p>
    </div>
  );
}
