"use client";

import { useRef, useState } from "react";
import { ArrowDownIcon, CheckCircleIcon, HeadsetIcon, RefreshIcon } from "@/components/icons";
import type { ChatBootstrap, ChatProposalView, ConversationStatus } from "@/lib/views/protocol";
import { ChatComposer } from "./chat-composer";
import { ChatMessage, StreamingReply, TypingIndicator } from "./chat-message";
import { CsatCard } from "./csat-card";
import { useChatSession } from "./use-chat-session";
import { useFollowLatest } from "./use-follow-latest";

// The second half of each line only shows where there is room for it (not on a phone's header).
const STATUS_LINE: Record<ConversationStatus, [string, string]> = {
  ai: ["AI assistant", " · a person is one click away"],
  waiting_human: ["Waiting for a person", " from our team"],
  human: ["With our support team", ""],
  resolved: ["Resolved", " · write again to start a new conversation"],
};

const COMPOSER_TEXT: Record<ConversationStatus, { placeholder: string; hint: string }> = {
  ai: { placeholder: "Ask about an order, shipping, returns…", hint: "AI answers cite our policies" },
  waiting_human: { placeholder: "Add anything the team should know…", hint: "A person will reply here" },
  human: { placeholder: "Write a message…", hint: "You're writing to a person" },
  resolved: { placeholder: "Write to start a new conversation…", hint: "AI answers cite our policies" },
};

const SUGGESTIONS = [
  "Where is my order?",
  "How do I return something?",
  "Do you ship to Canada?",
  "When will I get my refund?",
];

/** The customer's support chat (lib/views/protocol.ts is the contract with the API). */
export function ChatClient({ bootstrap }: { bootstrap: ChatBootstrap }) {
  const chat = useChatSession(bootstrap);
  const [draft, setDraft] = useState("");
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const withPerson = chat.status === "waiting_human" || chat.status === "human";
  const { scrollRef, logRef, behind, follow, jumpToLatest } = useFollowLatest([
    chat.messages,
    chat.streamText,
    chat.typing,
  ]);
  // The AI's last message may hold an offer waiting for the customer's answer.
  const proposal = chat.messages.at(-1)?.proposal ?? null;

  return (
    // Any reach for the chat (focus, tap, key) starts loading the engine that sends and streams.
    <div
      className="flex h-dvh flex-col bg-canvas"
      onFocus={chat.preloadEngine}
      onPointerDown={chat.preloadEngine}
      onKeyDown={chat.preloadEngine}
    >
      {chat.engineElement}
      <header className="shrink-0 border-b border-line bg-surface/95 backdrop-blur">
        <div className="mx-auto flex w-full max-w-3xl items-center gap-2.5 px-4 py-3 sm:gap-3 sm:px-6">
          <StoreMark />
          <div className="min-w-0 flex-1">
            <h1 className="truncate text-[15px] font-semibold leading-tight text-ink">{bootstrap.storeName}</h1>
            <p className="flex items-center gap-1.5 truncate text-xs text-ink-muted" data-testid="chat-status">
              <StatusDot status={chat.status} />
              <span className="truncate">
                {STATUS_LINE[chat.status][0]}
                <span className="hidden sm:inline">{STATUS_LINE[chat.status][1]}</span>
              </span>
            </p>
          </div>
          <button
            type="button"
            data-testid="talk-to-person"
            onClick={() => void chat.requestHuman()}
            disabled={chat.handoffBusy}
            className="inline-flex shrink-0 items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-[13px] font-medium text-ink shadow-card transition-colors hover:bg-surface-muted disabled:opacity-60 sm:px-3 sm:py-2 sm:text-sm"
          >
            <HeadsetIcon className="size-4 text-brand-600" />
            {chat.handoffBusy ? "Asking…" : "Talk to a person"}
          </button>
        </div>
      </header>

      {withPerson ? (
        <Banner testId="handoff-banner" tone="brand" icon={<HeadsetIcon className="size-4" />}>
          <strong className="font-semibold">
            {chat.status !== "human"
              ? "A person from our team will take it from here."
              : chat.agentName
                ? `You're talking with ${chat.agentName} from our support team.`
                : "You're talking with our support team."}
          </strong>{" "}
          {chat.status === "human"
            ? "Replies in this chat now come from a person."
            : "They'll see this whole conversation. You can keep writing while you wait."}
        </Banner>
      ) : null}
      {chat.status === "resolved" ? (
        <Banner testId="resolved-banner" tone="success" icon={<CheckCircleIcon className="size-4" />}>
          <strong className="font-semibold">This conversation is resolved.</strong> Need anything else?{" "}
          <button
            type="button"
            data-testid="start-new"
            onClick={() => {
              chat.startOver();
              inputRef.current?.focus();
            }}
            className="inline-flex items-center gap-1 font-semibold underline underline-offset-2 hover:no-underline"
          >
            <RefreshIcon className="size-3.5" />
            Start a new conversation
          </button>
        </Banner>
      ) : null}

      <main ref={scrollRef} className="flex-1 overflow-y-auto overscroll-contain">
        <ol
          ref={logRef}
          data-testid="chat-transcript"
          role="log"
          aria-live="polite"
          aria-label={`Conversation with ${bootstrap.storeName}`}
          aria-busy={chat.streamText !== null}
          className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 pt-6 pb-4 sm:px-6"
        >
          {chat.messages.map((message) => (
            <ChatMessage
              key={message.localKey ?? message.id}
              message={message}
              assistantName={bootstrap.assistantName}
            />
          ))}
          {proposal && chat.status === "ai" && chat.phase === "idle" ? (
            <ProposalAnswers
              proposal={proposal}
              onAnswer={(answer) => {
                follow();
                void chat.send(answer, () => {});
              }}
            />
          ) : null}
          {chat.streamText !== null ? (
            <StreamingReply text={chat.streamText} assistantName={bootstrap.assistantName} />
          ) : null}
          {chat.typing ? <TypingIndicator assistantName={bootstrap.assistantName} /> : null}
        </ol>
        {chat.status === "resolved" ? <CsatCard /> : null}
        {chat.status === "ai" && chat.phase === "idle" && !chat.messages.some((m) => m.role === "customer") ? (
          <div
            role="group"
            aria-label="Suggested questions"
            className="mx-auto flex w-full max-w-3xl flex-wrap gap-2 px-4 pb-6 pl-15 sm:px-6 sm:pl-[4.25rem]"
          >
            {SUGGESTIONS.map((question) => (
              <button
                key={question}
                type="button"
                onClick={() => {
                  follow();
                  void chat.send(question, () => {});
                }}
                className="rounded-full border border-brand-200 bg-surface px-3.5 py-1.5 text-sm text-brand-700 shadow-card transition-colors hover:border-brand-300 hover:bg-brand-50"
              >
                {question}
              </button>
            ))}
          </div>
        ) : null}
        {behind ? (
          <div className="pointer-events-none sticky bottom-3 flex justify-center">
            <button
              type="button"
              onClick={jumpToLatest}
              className="pointer-events-auto inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-3.5 py-1.5 text-sm font-medium text-ink shadow-raised hover:bg-surface-muted"
            >
              <ArrowDownIcon className="size-4" />
              Latest messages
            </button>
          </div>
        ) : null}
      </main>

      <footer className="shrink-0 border-t border-line bg-canvas/95 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur">
        <ChatComposer
          value={draft}
          onChange={(value) => {
            setDraft(value);
            if (chat.error) chat.clearError();
          }}
          onSubmit={() => {
            follow();
            void chat.send(draft, () => setDraft(""));
          }}
          busy={chat.phase !== "idle"}
          maxChars={bootstrap.maxMessageChars}
          storeName={bootstrap.storeName}
          {...COMPOSER_TEXT[chat.status]}
          error={chat.error}
          inputRef={inputRef}
        />
      </footer>
    </div>
  );
}

/** The answers to a proposal, as buttons under the message that made it; typing "yes" or "no" does the same. */
function ProposalAnswers({ proposal, onAnswer }: { proposal: ChatProposalView; onAnswer: (answer: string) => void }) {
  return (
    <li
      className="flex animate-rise flex-wrap gap-2 pl-12"
      data-testid="proposal-answers"
      role="group"
      aria-label="Answer the proposal"
    >
      <button
        type="button"
        data-testid="proposal-yes"
        onClick={() => onAnswer(proposal.yes)}
        className="inline-flex items-center gap-1.5 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-brand-ink shadow-card transition-colors hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <CheckCircleIcon className="size-4" />
        {proposal.yes}
      </button>
      <button
        type="button"
        data-testid="proposal-no"
        onClick={() => onAnswer(proposal.no)}
        className="inline-flex items-center rounded-lg border border-line-strong bg-surface px-4 py-2 text-sm font-medium text-ink shadow-card transition-colors hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {proposal.no}
      </button>
    </li>
  );
}

function Banner(props: {
  testId: string;
  tone: "brand" | "success";
  icon: React.ReactNode;
  children: React.ReactNode;
}) {
  const tones = {
    brand: "border-brand-100 bg-brand-50 text-brand-900",
    success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  };
  return (
    <div role="status" data-testid={props.testId} className={`shrink-0 border-b ${tones[props.tone]}`}>
      <div className="mx-auto flex w-full max-w-3xl items-start gap-2.5 px-4 py-2.5 text-sm leading-snug sm:px-6">
        <span className="mt-0.5 shrink-0">{props.icon}</span>
        <p>{props.children}</p>
      </div>
    </div>
  );
}

function StatusDot({ status }: { status: ConversationStatus }) {
  const color = {
    ai: "bg-brand-500",
    waiting_human: "bg-amber-500",
    human: "bg-emerald-500",
    resolved: "bg-ink-subtle",
  }[status];
  return <span className={`size-1.5 shrink-0 rounded-full ${color}`} aria-hidden="true" />;
}

/** Northwind's mark (the demo store), a mountain on forest green. */
function StoreMark() {
  return (
    <span className="grid size-9 shrink-0 place-items-center rounded-xl bg-emerald-800 text-white" aria-hidden="true">
      <svg viewBox="0 0 24 24" className="size-5" fill="currentColor">
        <path d="M3 19 9.5 8l3.2 5.4L15 10l6 9Z" />
        <path d="m9.5 8 1.6 2.7-1.6-.9-1.6.9Z" fill="#065f46" />
      </svg>
    </span>
  );
}
