import { Badge, type BadgeTone } from "@/components/badge";
import { LocalTime } from "@/components/relative-time";
import type { ConversationView } from "@/lib/workspace/conversation";
import { describeRequest } from "@/lib/workspace/describe";

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  approved: { label: "Approved", tone: "info" },
  executed: { label: "Done", tone: "success" },
  rejected: { label: "Rejected", tone: "danger" },
  failed: { label: "Failed", tone: "warning" },
};

/** Decided action requests: what, the outcome, who decided and when, and what went wrong when it failed. */
export function RequestHistory({ actions }: { actions: ConversationView["actions"] }) {
  const decided = actions.filter((a) => a.status !== "pending");
  if (decided.length === 0) return null;
  return (
    <section className="rounded-xl border border-line bg-surface p-4 text-sm shadow-card" data-testid="request-history">
      <h2 className="mb-3 text-xs font-medium tracking-wide text-ink-subtle uppercase">Decisions</h2>
      <ul className="flex flex-col gap-2.5">
        {decided.map((action) => {
          const status = STATUS[action.status] ?? { label: action.status, tone: "neutral" as const };
          return (
            <li key={action.id} data-testid="decision" data-status={action.status}>
              <p className="flex items-center gap-2">
                <span className="flex-1 text-ink first-letter:uppercase">
                  {describeRequest(action.tool, action.input)}
                </span>
                <Badge tone={status.tone}>{status.label}</Badge>
              </p>
              <p className="mt-0.5 text-xs text-ink-muted">
                {action.decidedBy?.name ?? "Someone"}
                {action.decidedAt ? (
                  <>
                    {" · "}
                    <LocalTime at={action.decidedAt.toISOString()} />
                  </>
                ) : null}
                {action.decisionNote ? <span className="block italic">&ldquo;{action.decisionNote}&rdquo;</span> : null}
                {action.status === "failed" ? (
                  <span className="block text-amber-800">{failureText(action.result)}</span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function failureText(result: unknown): string {
  const message = (result as { customerMessage?: unknown } | null)?.customerMessage;
  return typeof message === "string" ? `Not carried out: ${message}` : "Not carried out. Nothing was changed.";
}
