"use client";

import { useId, useRef } from "react";
import { AlertIcon, ArrowUpIcon } from "@/components/icons";
import { countChars } from "./check-message";

type Props = {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** A reply is on its way: the customer can type the next message but not send it yet. */
  busy: boolean;
  maxChars: number;
  storeName: string;
  placeholder: string;
  /** One line under the box about who answers. */
  hint: string;
  error: string | null;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
};

/** The message box: Enter sends, Shift+Enter adds a line; a counter appears near the limit. */
export function ChatComposer(props: Props) {
  const { value, onChange, onSubmit, busy, maxChars, storeName, placeholder, hint, error, inputRef } = props;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const chars = countChars(value);
  const nearLimit = chars >= maxChars * 0.8;
  const over = chars > maxChars;
  const describedBy = [error ? `${id}-error` : null, nearLimit ? `${id}-count` : null, `${id}-hint`]
    .filter(Boolean)
    .join(" ");

  return (
    <form
      ref={formRef}
      className="mx-auto w-full max-w-3xl px-3 sm:px-6"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          data-testid="chat-error"
          className="mb-2 flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
      <div
        className={`flex items-end gap-2 rounded-2xl border bg-surface p-2 shadow-card transition-colors focus-within:shadow-focus ${
          over ? "border-red-400" : "border-line-strong focus-within:border-brand-400"
        }`}
      >
        <label htmlFor={`${id}-input`} className="sr-only">
          Message {storeName}
        </label>
        <textarea
          ref={inputRef}
          id={`${id}-input`}
          data-testid="chat-input"
          rows={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition is neither.
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            if (!busy) formRef.current?.requestSubmit();
          }}
          placeholder={placeholder}
          aria-describedby={describedBy}
          aria-invalid={over || undefined}
          enterKeyHint="send"
          autoComplete="off"
          className="max-h-32 min-h-10 sm:max-h-48 flex-1 resize-none bg-transparent px-2.5 py-2 text-base leading-6 text-ink field-sizing-content placeholder:text-ink-subtle focus:outline-none sm:text-[15px]"
        />
        <button
          type="submit"
          data-testid="chat-send"
          disabled={busy}
          className="grid size-10 shrink-0 place-items-center rounded-xl bg-brand-600 text-brand-ink transition-colors hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-brand-300"
        >
          <ArrowUpIcon className="size-5" />
          <span className="sr-only">{busy ? "Sending…" : "Send message"}</span>
        </button>
      </div>
      <div className="mt-1.5 flex items-center justify-between gap-3 px-1 text-xs text-ink-muted">
        <p id={`${id}-hint`}>
          <span className="hidden sm:inline">Enter to send · Shift+Enter for a new line · </span>
          {hint}
        </p>
        {nearLimit ? (
          <p id={`${id}-count`} className={over ? "font-medium text-red-700" : ""}>
            {chars.toLocaleString("en-US")} / {maxChars.toLocaleString("en-US")}
            <span className="sr-only"> characters</span>
          </p>
        ) : null}
      </div>
    </form>
  );
}
