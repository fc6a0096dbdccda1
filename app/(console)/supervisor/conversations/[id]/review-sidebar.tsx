import { Badge } from "@/components/badge";
import { duration, intentName, reasonName } from "@/lib/metrics/format";
import type { Review } from "@/lib/review/detail";
import { RUBRIC } from "@/lib/review/supervision";
import { CsatBadge, PathBadge } from "../../badges";
import { HandoffAssessment } from "./handoff-assessment";
import { QaForm } from "./qa-form";

/** The review page's side column: the facts, the handoff judgement, QA scoring, and what else happened. */
const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });

function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="rounded-xl border border-line bg-surface p-4 shadow-card" data-testid={testId}>
      <h2 className="mb-3 text-sm font-semibold text-ink">{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-1.5 text-[13px]">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="text-right text-ink">{children}</dd>
    </div>
  );
}

export function ReviewSidebar({ review }: { review: Review }) {
  const path = review.resolution?.path ?? (review.resolution ? "ai_only" : "open");
  const handleSeconds =
    review.resolution && review.timing.takenAt
      ? (Date.parse(review.resolution.at) - Date.parse(review.timing.takenAt)) / 1000
      : null;
  return (
    <div className="space-y-4">
      <Card title="Summary" testId="review-summary">
        <dl className="divide-y divide-line">
          <Fact label="Outcome">
            <PathBadge path={path} />
          </Fact>
          <Fact label="Intent">{intentName(review.intent)}</Fact>
          <Fact label="Customer">
            {review.customer ? `${review.customer.name} · ${review.customer.tier}` : "Anonymous"}
            {review.verified ? (
              <Badge tone="success" className="ml-1.5">
                verified
              </Badge>
            ) : null}
          </Fact>
          <Fact label="Started">{when(review.createdAt)}</Fact>
          <Fact label="AI turns">{review.turnCount}</Fact>
          {review.handoff ? (
            <Fact label="Handed over">{`${reasonName(review.handoff.reason)} · ${when(review.handoff.at)}`}</Fact>
          ) : null}
          {review.assignee ? <Fact label="Agent">{review.assignee}</Fact> : null}
          {review.resolution ? (
            <Fact label="Resolved">{`${review.resolution.code?.replace(/_/g, " ") ?? "—"} · ${review.resolution.by ?? "—"}`}</Fact>
          ) : null}
          {handleSeconds !== null ? <Fact label="Handle time">{duration(handleSeconds)}</Fact> : null}
          <Fact label="CSAT">
            <CsatBadge score={review.csat?.score ?? null} />
          </Fact>
          {review.recontacted || review.repeatContact ? (
            <Fact label="Same issue">{review.recontacted ? "came back within 7 days" : "a repeat contact"}</Fact>
          ) : null}
        </dl>
        {review.csat?.comment ? (
          <p className="mt-2 rounded-lg bg-surface-muted px-3 py-2 text-xs text-ink-muted">“{review.csat.comment}”</p>
        ) : null}
      </Card>

      {review.handoff ? (
        <Card title="Was the handoff needed?" testId="handoff-card">
          <HandoffAssessment conversationId={review.id} current={review.handoff.assessment} />
          <p className="mt-2 text-xs text-ink-muted" data-testid="handoff-current">
            {review.handoff.assessment
              ? `Marked ${review.handoff.assessment === "needed" ? "needed" : "not needed"}${review.handoff.assessedBy ? ` by ${review.handoff.assessedBy}` : ""}.`
              : "Not judged yet. This feeds escalation appropriateness on the dashboard."}
          </p>
        </Card>
      ) : null}

      <Card title="QA score" testId="qa-card">
        <QaForm conversationId={review.id} rubric={RUBRIC} />
        {review.qaReviews.length ? (
          <ul className="mt-4 space-y-2 border-t border-line pt-3" data-testid="qa-history">
            {review.qaReviews.map((q) => (
              <li key={q.id} className="text-xs text-ink-muted" data-testid="qa-review">
                <span className="font-medium text-ink">{q.reviewer}</span> · {when(q.createdAt)}
                <span className="block tabular-nums">
                  Policy {q.policyAccuracy} · Tone {q.tone} · Resolution {q.resolution} · Escalation{" "}
                  {q.escalationAppropriate}
                </span>
                {q.notes ? <span className="block text-ink">“{q.notes}”</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      {review.drafts.length || review.actions.length ? (
        <Card title="Drafts and actions">
          <ul className="space-y-2 text-xs">
            {review.drafts.map((d) => (
              <li key={d.id} className="flex items-start justify-between gap-2">
                <span className="line-clamp-2 text-ink-muted">Draft: {d.body}</span>
                <Badge
                  tone={
                    d.status === "discarded"
                      ? "danger"
                      : d.status === "edited"
                        ? "warning"
                        : d.status === "sent"
                          ? "success"
                          : "neutral"
                  }
                >
                  {d.status}
                  {d.editDistance ? ` · ${d.editDistance} edits` : ""}
                </Badge>
              </li>
            ))}
            {review.actions.map((a) => (
              <li key={a.id} className="flex items-start justify-between gap-2">
                <span className="text-ink-muted">
                  {a.tool.replace(/_/g, " ")} ({a.reason.replace(/_/g, " ")}){a.note ? `: “${a.note}”` : ""}
                </span>
                <Badge tone={a.status === "rejected" ? "danger" : a.status === "pending" ? "warning" : "success"}>
                  {a.status}
                  {a.decidedBy ? ` · ${a.decidedBy}` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {review.packets.length ? (
        <Card title="Handoff packet">
          {review.packets.map((p) => (
            <p key={p.id} className="text-xs leading-relaxed whitespace-pre-wrap text-ink-muted">
              {p.summary}
            </p>
          ))}
        </Card>
      ) : null}

      {review.evalCases.length ? (
        <Card title="Evaluation cases from this conversation" testId="eval-cases">
          <ul className="space-y-2 text-xs">
            {review.evalCases.map((c) => (
              <li key={c.id} className="text-ink-muted">
                Turn {c.expected.turn ?? "?"} · {when(c.createdAt)}
                {c.expected.correctedReply ? (
                  <span className="block text-ink line-clamp-2">“{c.expected.correctedReply}”</span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Audit trail" testId="review-audit">
        {review.audit.length ? (
          <ol className="space-y-1.5 text-xs">
            {review.audit.map((a) => (
              <li key={a.id} className="flex justify-between gap-3">
                <span className="text-ink">
                  <code className="font-mono">{a.action}</code>{" "}
                  <span className="text-ink-muted">by {a.actor ?? a.actorType}</span>
                </span>
                <span className="shrink-0 text-ink-subtle tabular-nums">{when(a.createdAt)}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-xs text-ink-muted">No recorded actions.</p>
        )}
      </Card>
    </div>
  );
}
