import { Badge } from "@/components/badge";
import { AlertIcon, ArrowRightIcon, DocumentIcon, SparkleIcon } from "@/components/icons";
import { conversationTone } from "@/lib/pipeline/conversation-tone";
import type { ConversationView } from "@/lib/workspace/conversation";
import { SENTIMENT } from "../presentation";
import { TREND } from "./sentiment-trend";

type Packet = NonNullable<ConversationView["packet"]>;

/**
 * What the AI learned before it handed over, read first: the issue in the customer's words, what was tried and why
 * it did not resolve it, the knowledge used, the recommended next step and the tone to take. Open until the agent
 * has replied; then folded to one line.
 */
export function HandoffPacketCard({
  packet,
  defaultOpen,
  sentiments,
}: {
  packet: Packet;
  defaultOpen: boolean;
  sentiments: Array<string | null>;
}) {
  // The conversation's tone now, read as the side panel reads it; the packet's own is the tone at the handoff.
  const now = conversationTone(sentiments);
  const tone = now.analysed ? { sentiment: now.sentiment, trend: now.trend } : packet.tone;
  const sentiment = SENTIMENT[tone.sentiment];
  const trend = TREND[tone.trend];
  const changed = now.analysed > 0 && packet.tone.sentiment !== now.sentiment;
  return (
    <details
      open={defaultOpen}
      className="group rounded-xl border border-brand-200 bg-surface shadow-card"
      data-testid="handoff-packet"
    >
      <summary className="flex cursor-pointer list-none items-center gap-3 rounded-xl px-4 py-2.5 [&::-webkit-details-marker]:hidden">
        <span className="grid size-7 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-600">
          <SparkleIcon className="size-4" />
        </span>
        <span className="min-w-0 flex-1">
          <span className="block text-sm font-semibold text-ink">Handoff from the AI</span>
          <span className="block truncate text-xs text-ink-muted" data-testid="packet-reason">
            {packet.reasonLabel}
          </span>
        </span>
        <span className="hidden flex-wrap items-center gap-1.5 sm:flex">
          {sentiment ? (
            <Badge tone={sentiment.tone} data-testid="packet-sentiment">
              {sentiment.label}
            </Badge>
          ) : null}
          {trend ? <Badge tone={trend.tone}>Trend {trend.label.toLowerCase()}</Badge> : null}
          {changed ? (
            <span className="text-xs text-ink-subtle">
              {SENTIMENT[packet.tone.sentiment]?.label.toLowerCase() ?? packet.tone.sentiment} at handoff
            </span>
          ) : null}
          {packet.tone.sensitive ? <Badge tone="danger">Sensitive</Badge> : null}
        </span>
        <span className="text-xs text-ink-subtle group-open:hidden">Show</span>
        <span className="hidden text-xs text-ink-subtle group-open:inline">Hide</span>
      </summary>
      <div className="grid gap-x-6 gap-y-3 border-t border-line px-4 py-3 text-sm md:grid-cols-2 xl:grid-cols-3">
        <Section title="Issue, in their words" className="md:col-span-2 xl:col-span-3">
          <blockquote className="border-l-2 border-brand-300 pl-3 text-ink italic" data-testid="packet-issue">
            {packet.issue}
          </blockquote>
        </Section>
        {packet.trigger && !packet.issue.includes(packet.trigger.text) ? (
          <Section title="What they said when it came to you" className="md:col-span-2 xl:col-span-3">
            <blockquote className="border-l-2 border-brand-300 pl-3 text-ink italic" data-testid="packet-trigger">
              {packet.trigger.text}
            </blockquote>
          </Section>
        ) : null}
        <Section title="What the AI tried">
          {packet.tried.length ? (
            <ul className="list-disc space-y-0.5 pl-4 text-ink">
              {packet.tried.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          ) : (
            <p className="text-ink-muted">Nothing yet: the customer asked for a person straight away.</p>
          )}
        </Section>
        <Section title="Why it came to you">
          <p className="text-ink">{packet.whyUnresolved}</p>
          <p className="mt-0.5 text-xs text-ink-muted">
            Urgency {packet.tone.urgency}
            {packet.customer.tier ? ` · ${packet.customer.tier} tier` : ""} ·{" "}
            {packet.customer.verified ? "identity verified" : "identity not verified"}
          </p>
        </Section>
        <Section title="Knowledge used">
          {packet.knowledge.length ? (
            <ul className="flex flex-wrap gap-1.5">
              {packet.knowledge.map((article) => (
                <li
                  key={article.id}
                  className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${article.stale ? "border-amber-300 bg-amber-50 text-amber-900" : "border-line bg-surface-muted text-ink"}`}
                >
                  {article.stale ? (
                    <AlertIcon className="size-3" />
                  ) : (
                    <DocumentIcon className="size-3 text-ink-muted" />
                  )}
                  {article.title} <span className="text-ink-muted">v{article.version}</span>
                  {article.stale ? " · may be out of date" : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-ink-muted">None: no policy article was used.</p>
          )}
        </Section>
        <div
          className="flex items-start gap-2 rounded-lg bg-brand-50 px-3 py-2 text-brand-900 md:col-span-2 xl:col-span-3"
          data-testid="packet-next-step"
        >
          <ArrowRightIcon className="mt-0.5 size-4 shrink-0" />
          <p>
            <span className="font-semibold">Recommended next step: </span>
            {packet.nextStep}
          </p>
        </div>
      </div>
    </details>
  );
}

function Section({
  title,
  className = "",
  children,
}: {
  title: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section className={className}>
      <h3 className="mb-1 text-xs font-medium tracking-wide text-ink-subtle uppercase">{title}</h3>
      {children}
    </section>
  );
}
