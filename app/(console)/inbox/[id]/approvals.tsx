"use client";

import { useState } from "react";
import { Badge } from "@/components/badge";
import { Button } from "@/components/button";
import { AlertIcon } from "@/components/icons";
import { useServerAction } from "@/components/use-server-action";
import { approveActionRequestAction, rejectActionRequestAction } from "../actions";

export type PendingRequest = {
  id: string;
  title: string;
  /** Why the AI could not do it alone. */
  reason: string;
  customerReason: string | null;
  approveLabel: string;
  order: {
    number: string;
    status: string;
    total: string;
    refunded: string | null;
    delivered: string | null;
    belongsToCustomer: boolean;
  } | null;
  verified: boolean;
};

/**
 * Actions the AI asked a person to decide. Approve runs the same tool with the same checks (only the AI's cap is
 * lifted); reject needs a reason written to the customer, who reads it in the conversation.
 */
export function Approvals({ requests, canAct }: { requests: PendingRequest[]; canAct: boolean }) {
  return (
    <section aria-label="Waiting for your decision" className="flex flex-col gap-3">
      {requests.map((request) => (
        <ApprovalCard key={request.id} request={request} canAct={canAct} />
      ))}
    </section>
  );
}

function ApprovalCard({ request, canAct }: { request: PendingRequest; canAct: boolean }) {
  const { run, pending } = useServerAction({ report: "toast", refresh: "always" });
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");

  const decide = canAct && !rejecting;
  return (
    <article
      className="rounded-xl border border-amber-300 bg-amber-50/70 px-4 py-3 shadow-card"
      data-testid="approval"
      data-request-id={request.id}
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <span className="grid size-8 shrink-0 place-items-center rounded-lg bg-amber-100 text-amber-800">
          <AlertIcon className="size-4" />
        </span>
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium tracking-wide text-amber-800 uppercase">Needs your approval</p>
          <h3 className="text-[15px] font-semibold text-ink" data-testid="approval-title">
            {request.title}
          </h3>
          <p className="mt-0.5 text-sm text-ink-muted">{request.reason}</p>
          {request.customerReason ? (
            <p className="mt-0.5 text-sm text-ink">Customer&apos;s reason: &ldquo;{request.customerReason}&rdquo;</p>
          ) : null}
          {request.order ? (
            <p className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-ink-muted">
              <a
                href={`#order-${request.order.number}`}
                className="font-medium text-ink underline decoration-dotted underline-offset-2"
              >
                {request.order.number}
              </a>
              <Badge>{request.order.status}</Badge>
              <span>total {request.order.total}</span>
              {request.order.refunded ? <span>· already refunded {request.order.refunded}</span> : null}
              {request.order.delivered ? <span>· delivered {request.order.delivered}</span> : null}
              <span className={request.verified ? "" : "font-semibold text-red-700"}>
                · {request.verified ? "customer verified" : "customer NOT verified"}
              </span>
            </p>
          ) : null}
        </div>
        {decide ? (
          <div className="flex gap-2 self-center">
            <Button
              size="sm"
              variant="danger"
              disabled={pending}
              onClick={() => setRejecting(true)}
              data-testid="reject"
            >
              Reject…
            </Button>
            <Button
              size="sm"
              variant="success"
              disabled={pending}
              onClick={() => run(() => approveActionRequestAction({ actionRequestId: request.id }))}
              data-testid="approve"
            >
              {pending ? "Approving…" : request.approveLabel}
            </Button>
          </div>
        ) : null}
        {!canAct ? <p className="self-center text-xs text-ink-muted">Take the conversation to decide.</p> : null}
      </div>
      {canAct && rejecting ? (
        <form
          className="mt-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) run(() => rejectActionRequestAction({ actionRequestId: request.id, reason }));
          }}
        >
          <label htmlFor={`reject-${request.id}`} className="block text-sm font-medium text-ink">
            Why not?{" "}
            <span className="font-normal text-ink-muted">
              The customer reads this, so write it to them in plain words.
            </span>
          </label>
          <textarea
            id={`reject-${request.id}`}
            data-testid="reject-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={2}
            maxLength={1000}
            autoFocus
            placeholder="For example: the item was used outdoors for a season, so it's outside our return policy. I can offer a repair instead."
            className="mt-1.5 block w-full resize-y rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm focus:border-brand-400 focus:shadow-focus focus:outline-none"
          />
          <div className="mt-2 flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
            <Button
              size="sm"
              type="submit"
              variant="danger"
              disabled={pending || !reason.trim()}
              data-testid="reject-confirm"
            >
              {pending ? "Sending…" : "Reject and tell the customer"}
            </Button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
