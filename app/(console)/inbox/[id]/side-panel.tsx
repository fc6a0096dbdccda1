import { Avatar } from "@/components/avatar";
import { Badge, type BadgeTone } from "@/components/badge";
import { AlertIcon, PackageIcon, ShieldIcon } from "@/components/icons";
import { LocalTime, RelativeTime } from "@/components/relative-time";
import { money } from "@/lib/tools/format";
import type { ConversationView, WorkspaceOrder } from "@/lib/workspace/conversation";
import { intentLabel } from "@/lib/workspace/labels";
import { customerName, reasonLabel, TIER, urgencyOf } from "../presentation";
import { customerSentiments, SentimentTrend } from "./sentiment-trend";

const ORDER_TONE: Record<string, BadgeTone> = {
  pending: "neutral",
  processing: "info",
  shipped: "brand",
  delivered: "success",
  cancelled: "neutral",
  returned: "warning",
};

/** Who the customer is, whether they proved it, how they feel over time, and their orders. */
export function SidePanel({ view }: { view: ConversationView }) {
  const customer = view.customer;
  const tier = TIER[customer?.tier ?? ""];
  const sentiments = customerSentiments(view);
  return (
    <div className="flex flex-col gap-4 text-sm">
      <Card title="Customer" testId="customer-card">
        <div className="flex items-start gap-3">
          <Avatar name={customer?.name ?? null} className="size-10 text-sm" />
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-center gap-1.5 font-semibold text-ink">
              {customerName(customer)} {tier ? <Badge tone={tier.tone}>{tier.label}</Badge> : null}
            </p>
            {customer ? (
              <>
                <p className="truncate text-ink-muted">{customer.email}</p>
                {customer.phone ? <p className="text-ink-muted">{customer.phone}</p> : null}
                <p className="mt-0.5 text-xs text-ink-subtle">
                  Customer since {customer.createdAt.toLocaleDateString("en-US", { month: "short", year: "numeric" })}
                </p>
              </>
            ) : (
              <p className="text-ink-muted">
                Not identified yet: they haven&apos;t verified with an email and order number.
              </p>
            )}
          </div>
        </div>
        <Verification view={view} />
        {view.recentContacts > 0 ? (
          <p className="mt-2 flex items-center gap-1.5 text-xs text-amber-800">
            <AlertIcon className="size-3.5" /> {view.recentContacts} other{" "}
            {view.recentContacts === 1 ? "conversation" : "conversations"} in the last 7 days
          </p>
        ) : null}
      </Card>

      <Card title="Sentiment" testId="sentiment-card">
        <SentimentTrend sentiments={sentiments} />
      </Card>

      <Card title="Conversation">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
          <Fact label="Reason">{reasonLabel(view.handoffReason)}</Fact>
          {view.intent ? <Fact label="Topic">{intentLabel(view.intent)}</Fact> : null}
          <Fact label="Urgency">
            {urgencyOf(view.urgency).label} <span className="text-ink-subtle">· priority {view.priority}</span>
          </Fact>
          <Fact label="Started">
            <LocalTime at={view.createdAt.toISOString()} />
          </Fact>
          {view.handoffAt ? (
            <Fact label={view.status === "waiting_human" ? "Waiting since" : "Handed over"}>
              <LocalTime at={view.handoffAt.toISOString()} />
              {view.status === "waiting_human" ? (
                <RelativeTime since={view.handoffAt.toISOString()} className="text-ink-subtle" prefix=" · " />
              ) : null}
            </Fact>
          ) : null}
          {view.takenAt && view.assignee ? (
            <Fact label="Taken">
              <LocalTime at={view.takenAt.toISOString()} />{" "}
              <span className="text-ink-subtle">· {view.assignee.name}</span>
            </Fact>
          ) : null}
          {view.language && view.language !== "en" ? <Fact label="Language">{view.language}</Fact> : null}
          {view.csatScore !== null ? (
            <Fact label="Rating">
              {view.csatScore}/5
              {view.csatComment ? (
                <span className="block text-ink-muted italic">&ldquo;{view.csatComment}&rdquo;</span>
              ) : null}
            </Fact>
          ) : null}
        </dl>
      </Card>

      <Card title={`Orders${view.orders.length ? ` (${view.orders.length})` : ""}`} testId="orders-card">
        {view.orders.length === 0 ? (
          <p className="text-ink-muted">
            No orders to show. Once the customer verifies or names an order, it appears here.
          </p>
        ) : (
          <ul className="-mx-1 flex flex-col gap-2">
            {view.orders.map((order) => (
              <OrderItem key={order.id} order={order} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function Verification({ view }: { view: ConversationView }) {
  if (view.verifiedAt && view.customer) {
    return (
      <p
        className="mt-3 flex items-center gap-1.5 rounded-lg bg-emerald-50 px-2.5 py-1.5 text-xs font-medium text-emerald-800"
        data-testid="verification"
      >
        <ShieldIcon className="size-3.5" /> Identity verified at <LocalTime at={view.verifiedAt.toISOString()} />
      </p>
    );
  }
  return (
    <p
      className="mt-3 flex items-center gap-1.5 rounded-lg bg-amber-50 px-2.5 py-1.5 text-xs font-medium text-amber-900"
      data-testid="verification"
    >
      <AlertIcon className="size-3.5" /> Not verified
      {view.verificationAttempts > 0
        ? ` · ${view.verificationAttempts} failed ${view.verificationAttempts === 1 ? "attempt" : "attempts"}`
        : ""}
      . Verify before account changes.
    </p>
  );
}

function OrderItem({ order }: { order: WorkspaceOrder }) {
  return (
    <li
      id={`order-${order.number}`}
      data-testid="order"
      className="scroll-mt-24 rounded-lg border border-line px-3 py-2.5 transition-shadow target:border-brand-400 target:shadow-focus"
    >
      <div className="flex items-center gap-2">
        <PackageIcon className="size-4 text-ink-muted" />
        <span className="font-semibold text-ink">{order.number}</span>
        <Badge tone={ORDER_TONE[order.status] ?? "neutral"}>{order.status}</Badge>
        <span className="ml-auto font-medium text-ink tabular-nums">{money(order.totalCents, order.currency)}</span>
      </div>
      <p className="mt-1 truncate text-xs text-ink-muted">
        {order.items.map((item) => `${item.quantity > 1 ? `${item.quantity}× ` : ""}${item.name}`).join(", ")}
      </p>
      <p className="mt-0.5 text-xs text-ink-subtle">
        Placed {order.placedAt.toLocaleDateString("en-US", { month: "short", day: "numeric" })}
        {order.deliveredAt
          ? ` · delivered ${order.deliveredAt.toLocaleDateString("en-US", { month: "short", day: "numeric" })}`
          : ""}
        {order.refundedCents > 0 ? ` · refunded ${money(order.refundedCents, order.currency)}` : ""}
        {order.trackingNumber ? ` · ${order.carrier ?? "tracking"} ${order.trackingNumber}` : ""}
      </p>
      {!order.belongsToCustomer ? (
        <p className="mt-1.5 flex items-center gap-1 text-xs font-medium text-amber-800">
          <AlertIcon className="size-3.5" /> Mentioned by the customer, not on their verified account
        </p>
      ) : null}
    </li>
  );
}

function Card({ title, testId, children }: { title: string; testId?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-line bg-surface p-4 shadow-card" data-testid={testId}>
      <h2 className="mb-3 text-xs font-medium tracking-wide text-ink-subtle uppercase">{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-ink-muted">{label}</dt>
      <dd className="text-ink">{children}</dd>
    </>
  );
}
