"use client";

import { useRef } from "react";
import { Button } from "@/components/button";
import { NoteIcon, SendIcon, SparkleIcon, XIcon } from "@/components/icons";
import { useServerAction } from "@/components/use-server-action";
import { addNoteAction, sendReplyAction } from "../actions";
import { useComposer } from "./composer-state";

type Props = { conversationId: string; canReply: boolean; customerFirstName: string };

const MAX_CHARS = 4000;

/**
 * Where the agent writes: a reply to the customer (perhaps an AI draft being edited) or an internal note.
 * ⌘/Ctrl+Enter sends. A failed send keeps the text and its id, so retrying cannot send it twice.
 */
export function Composer({ conversationId, canReply, customerFirstName }: Props) {
  const { text, setText, mode, setMode, editingDraft, setEditingDraft, input } = useComposer();
  const attempt = useRef<{ text: string; id: string } | null>(null);
  const { run, pending } = useServerAction({ report: "toast", refresh: "always" });
  const replying = mode === "reply" && canReply;
  const effectiveMode = canReply ? mode : "note";

  function clientId(body: string) {
    if (attempt.current?.text !== body) attempt.current = { text: body, id: crypto.randomUUID() };
    return attempt.current.id;
  }

  function submit() {
    const body = text.trim();
    if (!body || pending) return;
    const done = () => {
      setText("");
      setEditingDraft(null);
      attempt.current = null;
    };
    if (effectiveMode === "note") return run(() => addNoteAction({ conversationId, body }), done);
    run(
      () =>
        sendReplyAction({
          conversationId,
          body,
          clientMessageId: clientId(body),
          ...(editingDraft ? { draftId: editingDraft } : {}),
        }),
      done,
    );
  }

  return (
    <div>
      <form
        className={`rounded-xl border bg-surface shadow-card focus-within:shadow-focus ${effectiveMode === "note" ? "border-amber-300" : "border-line-strong focus-within:border-brand-400"}`}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="flex items-center gap-1 border-b border-line px-2 pt-1.5">
          <Tab
            active={effectiveMode === "reply"}
            disabled={!canReply}
            onClick={() => setMode("reply")}
            testId="mode-reply"
          >
            <SendIcon className="size-3.5" /> Reply
          </Tab>
          <Tab active={effectiveMode === "note"} onClick={() => setMode("note")} testId="mode-note">
            <NoteIcon className="size-3.5" /> Internal note
          </Tab>
          {editingDraft && replying ? (
            <span
              className="ml-auto inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800"
              data-testid="editing-draft"
            >
              <SparkleIcon className="size-3" /> Editing the AI draft
              <button
                type="button"
                className="ml-0.5 rounded-full hover:text-brand-950"
                aria-label="Stop editing the draft"
                onClick={() => setEditingDraft(null)}
              >
                <XIcon className="size-3" />
              </button>
            </span>
          ) : null}
        </div>
        <textarea
          ref={input}
          data-testid="composer-input"
          value={text}
          maxLength={MAX_CHARS}
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              submit();
            }
          }}
          rows={2}
          placeholder={
            effectiveMode === "note"
              ? "Write a note for your team. The customer never sees it."
              : `Write to ${customerFirstName}…`
          }
          aria-label={effectiveMode === "note" ? "Internal note" : "Reply to the customer"}
          className={`block max-h-64 min-h-16 w-full resize-y bg-transparent px-3.5 py-2.5 text-[15px] leading-relaxed text-ink placeholder:text-ink-subtle focus:outline-none ${effectiveMode === "note" ? "bg-amber-50/40" : ""}`}
        />
        <div className="flex items-center gap-3 px-3 pb-2.5">
          <p className="text-xs text-ink-subtle">
            {!canReply
              ? "Take this conversation to reply. Notes are always open."
              : effectiveMode === "note"
                ? "Only your team sees notes."
                : "⌘/Ctrl + Enter to send"}
          </p>
          <Button
            type="submit"
            size="sm"
            variant={effectiveMode === "note" ? "secondary" : "primary"}
            disabled={pending || !text.trim()}
            className="ml-auto"
            data-testid="composer-send"
          >
            {pending ? "Sending…" : effectiveMode === "note" ? "Add note" : "Send"}
          </Button>
        </div>
      </form>
    </div>
  );
}

function Tab({
  active,
  disabled = false,
  onClick,
  testId,
  children,
}: {
  active: boolean;
  disabled?: boolean;
  onClick: () => void;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      aria-pressed={active}
      data-testid={testId}
      onClick={onClick}
      className={`-mb-px inline-flex items-center gap-1.5 border-b-2 px-2.5 py-1.5 text-[13px] font-medium disabled:cursor-not-allowed disabled:opacity-50 ${
        active ? "border-brand-600 text-ink" : "border-transparent text-ink-muted hover:text-ink"
      }`}
    >
      {children}
    </button>
  );
}
