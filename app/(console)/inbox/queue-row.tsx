import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { Badge } from "@/components/badge";
import { CheckCircleIcon, ShieldIcon } from "@/components/icons";
import { RelativeTime } from "@/components/relative-time";
import { intentLabel, resolutionLabel, responseTarget } from "@/lib/workspace/labels";
import type { InboxRow } from "@/lib/workspace/queue";
import { customerName, reasonLabel, SENTIMENT, TIER, urgencyOf } from "./presentation";
import { TakeButton } from "./take-button";
import { WaitClock } from "./wait-clock";

/** One conversation in the queue. The whole row opens it; Take works in place. */
export function QueueRow({ row, staffId }: { row: InboxRow; staffId: string }) {
  const urgency = urgencyOf(row.urgency);
  const tier = TIER[row.customer?.tier ?? ""];
  const sentiment = row.sentiment === "frustrated" || row.sentiment === "positive" ? SENTIMENT[row.sentiment] : null;
  const waitingSince = (row.handoffAt ?? row.createdAt).toISOString();
  const name = customerName(row.customer);

  return (
    <li
      data-testid="queue-row"
      data-conversation-id={row.id}
      data-status={row.status}
      className="group relative flex items-stretch gap-4 bg-surface pr-4 transition-colors hover:bg-surface-muted/60"
    >
      <span className={`w-1 shrink-0 ${row.status === "resolved" ? "bg-line" : urgency.bar}`} aria-hidden="true" />
      <Link
        href={`/inbox/${row.id}`}
        className="absolute inset-0 z-0"
        aria-label={`Open the conversation with ${name}`}
      />
      <div className="min-w-0 flex-1 py-3.5">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="truncate font-semibold text-ink" data-testid="queue-customer">
            {name}
          </span>
          {tier ? <Badge tone={tier.tone}>{tier.label}</Badge> : null}
          {row.verifiedAt ? (
            <span className="inline-flex items-center gap-0.5 text-xs text-emerald-700" title="Identity verified">
              <ShieldIcon className="size-3.5" /> Verified
            </span>
          ) : null}
          {row.status !== "resolved" && row.urgency && row.urgency !== "normal" ? (
            <Badge tone={urgency.tone}>{urgency.label}</Badge>
          ) : null}
          {sentiment ? <Badge tone={sentiment.tone}>{sentiment.label}</Badge> : null}
          {row.pendingApprovals > 0 ? (
            <Badge tone="warning" data-testid="queue-approvals">
              {row.pendingApprovals === 1 ? "Approval needed" : `${row.pendingApprovals} approvals`}
            </Badge>
          ) : null}
        </div>
        <p className="mt-1 truncate text-sm text-ink-muted" data-testid="queue-preview">
          {row.preview ? <>&ldquo;{row.preview.body}&rdquo;</> : <span className="italic">No message yet</span>}
        </p>
        <p className="mt-1 text-xs text-ink-subtle">
          {row.status === "resolved" ? (
            <span className="inline-flex items-center gap-1 text-emerald-700">
              <CheckCircleIcon className="size-3.5" /> {resolutionLabel(row.resolutionCode) ?? "Resolved"}
            </span>
          ) : (
            reasonLabel(row.handoffReason)
          )}
          {intentLabel(row.intent) ? ` · ${intentLabel(row.intent)}` : ""}
        </p>
      </div>
      <div className="hidden w-40 shrink-0 items-center gap-2 text-sm md:flex">
        {row.assignee ? (
          <>
            <Avatar name={row.assignee.name} className="size-6 text-[10px]" />
            <span className="truncate text-ink" data-testid="queue-assignee">
              {row.assignee.id === staffId ? "You" : row.assignee.name}
            </span>
          </>
        ) : (
          <span className="text-ink-subtle" data-testid="queue-assignee">
            Unassigned
          </span>
        )}
      </div>
      <div className="flex w-28 shrink-0 items-center justify-end">
        {row.status === "resolved" && row.resolvedAt ? (
          <span className="flex flex-col items-end leading-tight">
            <CsatScore score={row.csatScore} />
            <RelativeTime since={row.resolvedAt.toISOString()} className="text-xs text-ink-subtle" />
          </span>
        ) : row.status === "waiting_human" ? (
          <WaitClock since={waitingSince} targetMinutes={responseTarget(row.urgency)} label="waiting" />
        ) : row.awaitingReply && row.preview ? (
          <WaitClock
            since={row.preview.at.toISOString()}
            targetMinutes={responseTarget(row.urgency)}
            label="awaiting reply"
          />
        ) : (
          <span className="flex flex-col items-end leading-tight">
            <RelativeTime
              since={row.lastMessageAt.toISOString()}
              className="text-sm font-medium text-ink-muted tabular-nums"
            />
            <span className="text-xs text-ink-subtle">answered</span>
          </span>
        )}
      </div>
      <div className="flex w-20 shrink-0 items-center justify-end">
        {row.status === "waiting_human" && !row.assignee ? <TakeButton conversationId={row.id} /> : null}
      </div>
    </li>
  );
}

function CsatScore({ score }: { score: number | null }) {
  if (score === null) return <span className="text-xs text-ink-subtle">No rating</span>;
  const tone = score >= 4 ? "text-emerald-700" : score === 3 ? "text-amber-700" : "text-red-700";
  return (
    <span className={`text-sm font-semibold ${tone}`} title={`Customer rating: ${score} of 5`}>
      {score}/5 CSAT
    </span>
  );
}
