import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Avatar } from "@/components/avatar";
import { Badge } from "@/components/badge";
import { ArrowLeftIcon } from "@/components/icons";
import { RelativeTime } from "@/components/relative-time";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { latestSeq } from "@/lib/db/events";
import { money } from "@/lib/tools/format";
import { loadConversationView, type ConversationView } from "@/lib/workspace/conversation";
import { describeRequest, requestReason } from "@/lib/workspace/describe";
import { isSupervisor } from "@/lib/workspace/scope";
import { LiveRefresh } from "../live-refresh";
import { customerName, STATUS_BADGE, TIER } from "../presentation";
import { Approvals, type PendingRequest } from "./approvals";
import { Composer } from "./composer";
import { ComposerProvider } from "./composer-state";
import { DraftCard, type DraftView } from "./draft-card";
import { ConversationActions, type Permissions } from "./conversation-actions";
import { HandoffPacketCard } from "./handoff-packet";
import { RequestHistory } from "./request-history";
import { customerSentiments } from "./sentiment-trend";
import { SidePanel } from "./side-panel";
import { Transcript } from "./transcript";
import { FollowLatest, WorkspaceFrame } from "./workspace-frame";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Conversation · Tandem" };

const conversationId = z.uuid();

/** One conversation: the packet on top, the transcript, the AI's draft and the composer; the customer beside it. */
export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!conversationId.safeParse(id).success) notFound();
  const staff = await requireStaffPage("agent", `/inbox/${id}`);
  const prisma = db();
  const after = await latestSeq(prisma);
  const view = await loadConversationView(prisma, id);
  if (!view) notFound();

  const mine = view.assignee?.id === staff.id;
  const supervisor = isSupervisor(staff);
  const open = view.status === "waiting_human" || view.status === "human" || view.status === "ai";
  const permissions: Permissions = {
    canAct: view.status === "human" && (mine || supervisor),
    canTake: open && !view.assignee,
    canAssign: open && (!view.assignee || mine || supervisor),
  };
  const name = customerName(view.customer);
  const tier = TIER[view.customer?.tier ?? ""];
  const status = STATUS_BADGE[view.status] ?? STATUS_BADGE.ai!;
  const pending = view.actions.filter((a) => a.status === "pending");
  const orderNumbers = new Set(view.orders.map((o) => o.number));

  const replied = view.messages.some((m) => m.role === "agent" && !m.internal);
  const draft = latestDraft(view);
  return (
    <WorkspaceFrame className="flex flex-col lg:h-[calc(100dvh-var(--frame-top))]">
      <header
        className="flex shrink-0 flex-wrap items-center gap-3 border-b border-line bg-surface px-4 py-3 sm:px-6"
        data-testid="conversation"
        data-status={view.status}
      >
        <Link
          href="/inbox"
          className="rounded-md p-1 text-ink-muted hover:bg-surface-muted hover:text-ink"
          aria-label="Back to the inbox"
        >
          <ArrowLeftIcon className="size-5" />
        </Link>
        <Avatar name={view.customer?.name ?? null} className="size-9 text-sm" />
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-lg leading-tight font-semibold text-ink">
            <span className="truncate">{name}</span>
            {tier ? <Badge tone={tier.tone}>{tier.label}</Badge> : null}
            <Badge tone={status.tone} data-testid="conversation-status">
              {status.label}
            </Badge>
          </h1>
          <p className="mt-0.5 text-xs text-ink-muted" data-testid="conversation-holder">
            {view.assignee
              ? mine
                ? "You have this conversation"
                : `${view.assignee.name} has this conversation`
              : view.status === "resolved"
                ? "Resolved"
                : "Nobody has taken it yet"}
            {view.handoffAt && view.status === "waiting_human" ? (
              <RelativeTime since={view.handoffAt.toISOString()} prefix=" · waiting " />
            ) : null}
          </p>
        </div>
        <div className="ml-auto flex items-center gap-3">
          <LiveRefresh after={after.toString()} conversationId={view.id} />
          <ConversationActions
            conversationId={view.id}
            permissions={permissions}
            staffId={staff.id}
            assigneeId={view.assignee?.id ?? null}
            colleagues={view.colleagues}
            pendingApprovals={pending.length}
            aiAnswered={view.messages.filter((m) => m.role === "ai").length > 1}
          />
        </div>
      </header>

      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <ComposerProvider>
          <section className="flex min-w-0 flex-1 flex-col" aria-label="Conversation">
            {pending.length ? (
              <div className="shrink-0 space-y-3 overflow-y-auto border-b border-line px-4 py-3 sm:px-6 lg:max-h-[40%]">
                <div className="mx-auto max-w-3xl">
                  <Approvals requests={pending.map((a) => pendingRequest(a, view))} canAct={permissions.canAct} />
                </div>
              </div>
            ) : null}
            {/* Until the agent has answered, the view opens on the packet; after that, on the latest message. */}
            <FollowLatest
              count={view.messages.length + (draft ? 1 : 0)}
              startAtEnd={replied || !view.packet}
              className="min-h-0 flex-1 overflow-y-auto px-4 py-5 sm:px-6"
            >
              <div className="mx-auto max-w-3xl">
                {view.packet ? (
                  <div className="mb-6">
                    <HandoffPacketCard
                      packet={view.packet}
                      defaultOpen={!replied}
                      sentiments={customerSentiments(view)}
                    />
                  </div>
                ) : null}
                <Transcript messages={view.messages} customerName={name} orderNumbers={orderNumbers} />
                {draft && permissions.canAct ? (
                  <div className="mt-4">
                    <DraftCard conversationId={view.id} draft={draft} />
                  </div>
                ) : null}
              </div>
            </FollowLatest>
            <div className="shrink-0 border-t border-line bg-surface-muted/50 px-4 py-3 sm:px-6">
              <div className="mx-auto max-w-3xl">
                {view.status === "resolved" ? (
                  <p
                    className="rounded-xl border border-line bg-surface px-4 py-3 text-center text-sm text-ink-muted"
                    data-testid="resolved-note"
                  >
                    Resolved
                    {view.csatScore !== null
                      ? ` · the customer rated it ${view.csatScore}/5`
                      : " · waiting for the customer's rating"}
                  </p>
                ) : (
                  <Composer
                    conversationId={view.id}
                    canReply={permissions.canAct}
                    customerFirstName={view.customer?.name.split(" ")[0] ?? "the customer"}
                  />
                )}
              </div>
            </div>
          </section>
        </ComposerProvider>
        <aside
          className="flex shrink-0 flex-col gap-4 overflow-y-auto border-line bg-canvas p-4 lg:w-[360px] lg:border-l xl:w-[400px]"
          aria-label="Customer and orders"
        >
          <SidePanel view={view} />
          <RequestHistory actions={view.actions} />
        </aside>
      </div>
    </WorkspaceFrame>
  );
}

function latestDraft(view: ConversationView): DraftView | null {
  const draft = view.drafts[0];
  if (!draft) return null;
  const forMessage = view.messages.find((m) => m.id === draft.forMessageId)?.body ?? null;
  return {
    id: draft.id,
    body: draft.body,
    sources: draft.sources,
    forMessage: forMessage && forMessage.length > 90 ? `${forMessage.slice(0, 90)}…` : forMessage,
  };
}

function pendingRequest(action: ConversationView["actions"][number], view: ConversationView): PendingRequest {
  const what = describeRequest(action.tool, action.input);
  const orderNumber = (action.input as { orderNumber?: unknown } | null)?.orderNumber;
  const order = view.orders.find((o) => o.number === orderNumber);
  const day = (date: Date | null) =>
    date ? date.toLocaleDateString("en-US", { month: "short", day: "numeric" }) : null;
  return {
    id: action.id,
    title: what.charAt(0).toUpperCase() + what.slice(1),
    reason: action.reason,
    customerReason: requestReason(action.input),
    approveLabel: action.tool === "refund" ? "Approve refund" : "Approve",
    verified: Boolean(view.verifiedAt),
    order: order
      ? {
          number: order.number,
          status: order.status,
          total: money(order.totalCents, order.currency),
          refunded: order.refundedCents > 0 ? money(order.refundedCents, order.currency) : null,
          delivered: day(order.deliveredAt),
          belongsToCustomer: order.belongsToCustomer,
        }
      : null,
  };
}
