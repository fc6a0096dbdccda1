import { Badge } from "@/components/badge";
import type { ReviewMessage } from "@/lib/review/detail";
import { EvalCaseForm } from "./eval-case-form";
import { TraceView } from "./trace-view";

/**
 * The transcript as the supervisor reviews it: every message (internal notes marked), each customer message
 * followed by the trace of the AI turn it started, and under each AI answer the way to correct it into a test.
 */
const time = (iso: string) =>
  new Date(iso).toLocaleString("en-US", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });

export function Transcript({
  conversationId,
  messages,
  reasons,
}: {
  conversationId: string;
  messages: ReviewMessage[];
  reasons: Array<{ value: string; label: string }>;
}) {
  let turn = 0;
  return (
    <ol className="space-y-3" data-testid="transcript">
      {messages.map((m) => {
        if (m.role === "customer" && !m.internal) turn++;
        return (
          <li key={m.id} id={`m-${m.id}`} className="scroll-mt-20" data-testid={`message-${m.role}`}>
            {m.role === "system" ? (
              <p className="mx-auto max-w-lg text-center text-xs text-ink-muted">
                {m.body} <span className="text-ink-subtle">· {time(m.createdAt)}</span>
              </p>
            ) : (
              <Bubble message={m} />
            )}
            {m.role === "ai" && m.turn !== null ? (
              <div className="pl-3">
                <EvalCaseForm conversationId={conversationId} messageId={m.id} original={m.body} reasons={reasons} />
              </div>
            ) : null}
            {m.trace ? (
              <div className="mt-2">
                <TraceView trace={m.trace} turn={turn} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function Bubble({ message: m }: { message: ReviewMessage }) {
  const styles = {
    customer: "border-line bg-surface",
    ai: "border-brand-200 bg-brand-50/60",
    agent: m.internal ? "border-amber-200 bg-amber-50" : "border-emerald-200 bg-emerald-50/60",
    system: "",
  }[m.role];
  const who =
    m.role === "customer"
      ? "Customer"
      : m.role === "ai"
        ? "AI"
        : m.internal
          ? `Internal note · ${m.author ?? "staff"}`
          : (m.author ?? "Agent");
  return (
    <div className={`rounded-xl border px-4 py-3 ${styles}`}>
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-ink-muted">
        <span className="font-semibold text-ink">{who}</span>
        <span>{time(m.createdAt)}</span>
        {m.sentiment && m.sentiment !== "neutral" ? (
          <Badge tone={m.sentiment === "frustrated" ? "danger" : "success"}>{m.sentiment}</Badge>
        ) : null}
      </div>
      <p className="text-sm leading-relaxed whitespace-pre-wrap text-ink">{m.body}</p>
      {m.sources.length ? (
        <div className="mt-2 flex flex-wrap gap-1.5">
          {m.sources.map((s) => (
            <Badge key={s.id} tone={s.stale ? "warning" : "neutral"}>
              {s.title} v{s.version}
              {s.stale ? " · stale" : ""}
            </Badge>
          ))}
        </div>
      ) : null}
    </div>
  );
}
