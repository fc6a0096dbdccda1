"use client";

import { useSyncExternalStore } from "react";
import { AlertIcon, DocumentIcon, HeadsetIcon, SparkleIcon } from "@/components/icons";
import type { ChatSource } from "@/lib/views/protocol";
import type { LocalMessage } from "./use-chat-session";

/** One transcript entry. `data-role` is part of the e2e contract, as is `data-testid="message"`. */
export function ChatMessage({ message, assistantName }: { message: LocalMessage; assistantName: string }) {
  switch (message.role) {
    case "customer":
      return (
        <li className="flex animate-rise flex-col items-end" data-testid="message" data-role="customer">
          <p className="sr-only">You said:</p>
          <div
            className={`max-w-[85%] rounded-bubble rounded-br-md bg-brand-600 px-4 py-2.5 text-[15px] leading-relaxed whitespace-pre-wrap break-words text-brand-ink shadow-card sm:max-w-[75%] ${message.pending ? "opacity-70" : ""}`}
          >
            {message.body}
          </div>
          <p className="mt-1 px-1 text-xs text-ink-subtle">
            {message.pending ? "Sending…" : <MessageTime iso={message.createdAt} />}
          </p>
        </li>
      );
    case "system":
      return (
        <li className="flex animate-rise justify-center py-1" data-testid="message" data-role="system">
          <div className="flex max-w-md items-start gap-3 rounded-xl border border-dashed border-line-strong bg-surface-muted/60 px-4 py-3 text-sm leading-relaxed text-ink-muted">
            <HeadsetIcon className="mt-0.5 size-4 shrink-0 text-brand-600" />
            <p>
              <span className="sr-only">Notice: </span>
              {message.body}
            </p>
          </div>
        </li>
      );
    case "agent":
      return (
        <ReplyFrame
          role="agent"
          avatar={<span className="text-xs font-semibold">{initials(message.authorName)}</span>}
          avatarClass="bg-emerald-100 text-emerald-800"
          label={
            <>
              <span className="font-medium text-ink">{message.authorName ?? "Support team"}</span>
              <span className="text-ink-muted"> · Support team</span>
            </>
          }
          time={message.createdAt}
          bubbleClass="border-emerald-200 bg-emerald-50/60"
        >
          {message.body}
        </ReplyFrame>
      );
    case "ai":
      return (
        <ReplyFrame
          role="ai"
          avatar={<SparkleIcon className="size-4" />}
          avatarClass="bg-brand-50 text-brand-600"
          label={<AiLabel assistantName={assistantName} />}
          time={message.createdAt}
          footer={message.sources.length > 0 ? <SourceList sources={message.sources} /> : null}
        >
          {message.body}
        </ReplyFrame>
      );
  }
}

/** The reply while it streams in. Not a stored message yet, so it has its own test id. */
export function StreamingReply({ text, assistantName }: { text: string; assistantName: string }) {
  return (
    <ReplyFrame
      role="ai"
      testId="message-streaming"
      avatar={<SparkleIcon className="size-4" />}
      avatarClass="bg-brand-50 text-brand-600"
      label={<AiLabel assistantName={assistantName} />}
    >
      {text}
      <span className="ml-0.5 inline-block h-4 w-0.5 translate-y-0.5 animate-pulse bg-brand-500" aria-hidden="true" />
    </ReplyFrame>
  );
}

export function TypingIndicator({ assistantName }: { assistantName: string }) {
  return (
    <li className="flex animate-rise items-end gap-3" data-testid="typing-indicator">
      <Avatar className="bg-brand-50 text-brand-600">
        <SparkleIcon className="size-4" />
      </Avatar>
      <div className="flex items-center gap-1 rounded-bubble rounded-bl-md border border-line bg-surface px-4 py-3.5 shadow-card">
        {[0, 150, 300].map((delay) => (
          <span
            key={delay}
            className="size-1.5 animate-typing rounded-full bg-ink-muted"
            style={{ animationDelay: `${delay}ms` }}
            aria-hidden="true"
          />
        ))}
        <span className="sr-only">{assistantName} is writing a reply</span>
      </div>
    </li>
  );
}

function ReplyFrame(props: {
  role: "ai" | "agent";
  testId?: string;
  avatar: React.ReactNode;
  avatarClass: string;
  label: React.ReactNode;
  time?: string;
  bubbleClass?: string;
  footer?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <li className="flex items-start gap-3" data-testid={props.testId ?? "message"} data-role={props.role}>
      <Avatar className={props.avatarClass}>{props.avatar}</Avatar>
      <div className="flex min-w-0 max-w-[85%] flex-col items-start sm:max-w-[75%]">
        <p className="mb-1 flex flex-wrap items-baseline gap-x-2 px-1 text-xs">
          <span>{props.label}</span>
          {props.time ? <MessageTime iso={props.time} className="text-ink-subtle" /> : null}
        </p>
        <div
          className={`rounded-bubble rounded-tl-md border px-4 py-2.5 text-[15px] leading-relaxed whitespace-pre-wrap break-words text-ink shadow-card ${props.bubbleClass ?? "border-line bg-surface"}`}
        >
          {props.children}
        </div>
        {props.footer}
      </div>
    </li>
  );
}

function AiLabel({ assistantName }: { assistantName: string }) {
  return (
    <>
      <span className="font-medium text-ink">{assistantName}</span>
      <span className="text-ink-muted"> · AI assistant</span>
    </>
  );
}

function SourceList({ sources }: { sources: ChatSource[] }) {
  // One wrapping row, label first, so the chips flow after it instead of dropping below it.
  return (
    <div role="list" aria-label="Sources" className="mt-2 flex flex-wrap items-center gap-1.5 px-1">
      <span className="mr-0.5 text-xs text-ink-muted" aria-hidden="true">
        Sources
      </span>
      {sources.map((source) => (
        <span
          role="listitem"
          key={source.id}
          data-testid="message-source"
          data-stale={source.stale ? "true" : undefined}
          title={`${source.title}, version ${source.version}${source.stale ? ". This article may be out of date." : ""}`}
          className={`inline-flex max-w-full items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs ${
            source.stale ? "border-amber-300 bg-amber-50 text-amber-900" : "border-line bg-surface text-ink"
          }`}
        >
          {source.stale ? (
            <AlertIcon className="size-3.5 shrink-0" />
          ) : (
            <DocumentIcon className="size-3.5 shrink-0 text-ink-muted" />
          )}
          <span className="truncate font-medium">{source.title}</span>
          <span className={source.stale ? "text-amber-800" : "text-ink-muted"}>v{source.version}</span>
          {source.stale ? <span className="font-medium">· may be out of date</span> : null}
        </span>
      ))}
    </div>
  );
}

function Avatar({ className, children }: { className: string; children: React.ReactNode }) {
  return (
    <span className={`grid size-8 shrink-0 place-items-center rounded-full ${className}`} aria-hidden="true">
      {children}
    </span>
  );
}

// The server renders in its own time zone; times appear once the browser can show them in the customer's.
const noop = () => () => {};
function MessageTime({ iso, className = "" }: { iso: string; className?: string }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!iso || !hydrated) return null;
  const date = new Date(iso);
  return (
    <time dateTime={iso} className={className}>
      {date.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" })}
    </time>
  );
}

function initials(name: string | undefined): string {
  const parts = (name ?? "Support").trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}
