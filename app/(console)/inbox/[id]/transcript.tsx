import { Avatar } from "@/components/avatar";
import { Badge } from "@/components/badge";
import { AlertIcon, DocumentIcon, NoteIcon, SparkleIcon } from "@/components/icons";
import { LocalTime } from "@/components/relative-time";
import type { ChatSource } from "@/lib/views/protocol";
import type { WorkspaceMessage } from "@/lib/workspace/conversation";
import { ORDER_NUMBER_PATTERN } from "@/lib/workspace/labels";
import { SENTIMENT } from "../presentation";

/**
 * The conversation as staff see it: the customer on the left with a sentiment tag on each message, the team's side
 * (the AI with its sources, people) on the right, internal notes marked as such, and order numbers linked to the
 * order in the side panel.
 */
export function Transcript({
  messages,
  customerName,
  orderNumbers,
}: {
  messages: WorkspaceMessage[];
  customerName: string;
  orderNumbers: Set<string>;
}) {
  return (
    <ol className="flex flex-col gap-4" data-testid="transcript" aria-label="Transcript">
      {messages.map((message) => (
        <MessageItem key={message.id} message={message} customerName={customerName} orderNumbers={orderNumbers} />
      ))}
    </ol>
  );
}

function MessageItem({
  message,
  customerName,
  orderNumbers,
}: {
  message: WorkspaceMessage;
  customerName: string;
  orderNumbers: Set<string>;
}) {
  const at = message.createdAt.toISOString();
  const body = <Linked text={message.body} orderNumbers={orderNumbers} />;
  if (message.role === "system") {
    return (
      <li className="flex items-center gap-3 py-1 text-xs text-ink-subtle" data-testid="ws-message" data-role="system">
        <span className="h-px flex-1 bg-line" aria-hidden="true" />
        <span className="max-w-[70%] text-center">{message.body}</span>
        <span className="h-px flex-1 bg-line" aria-hidden="true" />
      </li>
    );
  }
  if (message.role === "customer") {
    const sentiment = message.sentiment ? SENTIMENT[message.sentiment] : null;
    return (
      <li className="flex items-start gap-3 pr-12" data-testid="ws-message" data-role="customer">
        <Avatar name={customerName} />
        <div className="min-w-0">
          <p className="mb-1 flex flex-wrap items-center gap-2 text-xs">
            <span className="font-medium text-ink">{customerName}</span>
            <LocalTime at={at} className="text-ink-subtle" />
            {sentiment ? (
              <Badge tone={sentiment.tone} data-testid="sentiment-tag" title="Sentiment of this message">
                {sentiment.label}
              </Badge>
            ) : (
              <span className="text-ink-subtle" data-testid="sentiment-pending">
                analysing…
              </span>
            )}
          </p>
          <div className="rounded-2xl rounded-tl-md border border-line bg-surface px-4 py-2.5 text-[15px] leading-relaxed whitespace-pre-wrap break-words text-ink shadow-card">
            {body}
          </div>
        </div>
      </li>
    );
  }
  if (message.internal) {
    return (
      <li className="flex flex-col items-end pl-12" data-testid="ws-message" data-role="note">
        <p className="mb-1 flex items-center gap-2 text-xs">
          <span className="inline-flex items-center gap-1 font-medium text-amber-800">
            <NoteIcon className="size-3.5" /> Internal note · {message.authorName ?? "Staff"}
          </span>
          <LocalTime at={at} className="text-ink-subtle" />
        </p>
        <div className="max-w-full rounded-2xl rounded-tr-md border border-dashed border-amber-300 bg-amber-50 px-4 py-2.5 text-sm leading-relaxed whitespace-pre-wrap break-words text-amber-950">
          {body}
        </div>
        <p className="mt-1 text-[11px] text-amber-800/80">Only your team sees this</p>
      </li>
    );
  }
  const ai = message.role === "ai";
  return (
    <li className="flex flex-col items-end pl-12" data-testid="ws-message" data-role={message.role}>
      <p className="mb-1 flex items-center gap-2 text-xs">
        {ai ? (
          <span className="inline-flex items-center gap-1 font-medium text-brand-700">
            <SparkleIcon className="size-3.5" /> AI assistant
          </span>
        ) : (
          <span className="font-medium text-ink">{message.authorName ?? "Support team"}</span>
        )}
        <LocalTime at={at} className="text-ink-subtle" />
      </p>
      <div
        className={`max-w-full rounded-2xl rounded-tr-md px-4 py-2.5 text-[15px] leading-relaxed whitespace-pre-wrap break-words shadow-card ${
          ai ? "border border-brand-100 bg-brand-50 text-ink" : "bg-brand-600 text-brand-ink"
        }`}
      >
        {body}
      </div>
      {message.sources.length > 0 ? <Sources sources={message.sources} /> : null}
    </li>
  );
}

export function Sources({ sources }: { sources: ChatSource[] }) {
  return (
    <ul className="mt-1.5 flex flex-wrap justify-end gap-1.5" aria-label="Sources" data-testid="ws-sources">
      {sources.map((source) => (
        <li
          key={source.id}
          title={`${source.title}, version ${source.version}${source.stale ? " (may be out of date)" : ""}`}
          className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${
            source.stale ? "border-amber-300 bg-amber-50 text-amber-900" : "border-line bg-surface text-ink-muted"
          }`}
        >
          {source.stale ? <AlertIcon className="size-3" /> : <DocumentIcon className="size-3" />}
          <span className="font-medium text-ink">{source.title}</span> v{source.version}
        </li>
      ))}
    </ul>
  );
}

/** Order numbers become links to the order's card in the side panel. */
function Linked({ text, orderNumbers }: { text: string; orderNumbers: Set<string> }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(ORDER_NUMBER_PATTERN))) {
    const number = `NW-${match[1]}`;
    if (!orderNumbers.has(number)) continue;
    parts.push(text.slice(last, match.index));
    parts.push(
      <a
        key={match.index}
        href={`#order-${number}`}
        data-testid="order-link"
        className="font-medium underline decoration-dotted underline-offset-2 hover:decoration-solid"
      >
        {match[0]}
      </a>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
