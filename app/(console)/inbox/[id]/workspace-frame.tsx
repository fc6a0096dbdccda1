"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { ArrowDownIcon } from "@/components/icons";

/**
 * The conversation view fills the window below the console's header on wide screens, so the transcript and the
 * side panel scroll on their own and the composer stays in reach. The header's height varies (the engine banner
 * comes and goes), so it is measured rather than assumed. Narrow screens keep the normal page flow.
 */
export function WorkspaceFrame({ className, children }: { className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () =>
      element.style.setProperty(
        "--frame-top",
        `${Math.max(0, element.getBoundingClientRect().top + window.scrollY)}px`,
      );
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, []);
  return (
    <div ref={ref} className={className} style={{ "--frame-top": "6rem" } as React.CSSProperties}>
      {children}
    </div>
  );
}

/**
 * A scroll area that opens at its end (the latest message) or, with `startAtEnd` false, at its start. It follows
 * new content while the reader is at the end (or everything fitted), and otherwise leaves them where they are and
 * offers a "New messages" button.
 */
export function FollowLatest({
  className,
  count,
  startAtEnd,
  children,
}: {
  className: string;
  count: number;
  startAtEnd: boolean;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const atEnd = useRef(startAtEnd);
  const lastHeight = useRef(0);
  const seen = useRef(count);
  const [unseen, setUnseen] = useState(false);
  const toEnd = () => {
    const element = ref.current;
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    atEnd.current = true;
    setUnseen(false);
  };
  const startedAtEnd = useRef(startAtEnd);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The agent has just answered: from now on the view is about the latest message.
    if (startAtEnd && !startedAtEnd.current) atEnd.current = true;
    startedAtEnd.current = startAtEnd;
    const fitted = lastHeight.current > 0 && lastHeight.current <= element.clientHeight;
    if (atEnd.current || fitted) element.scrollTop = element.scrollHeight;
    else if (count > seen.current) setUnseen(true);
    seen.current = count;
    lastHeight.current = element.scrollHeight;
  }, [count, startAtEnd]);
  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      <div
        ref={ref}
        className={className}
        onScroll={(event) => {
          const element = event.currentTarget;
          atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < 120;
          if (atEnd.current) setUnseen(false);
        }}
      >
        {children}
      </div>
      {unseen ? (
        <button
          type="button"
          onClick={toEnd}
          data-testid="new-messages"
          className="absolute bottom-3 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full border border-line bg-surface px-3.5 py-1.5 text-sm font-medium text-ink shadow-raised hover:bg-surface-muted"
        >
          <ArrowDownIcon className="size-4" /> New messages
        </button>
      ) : null}
    </div>
  );
}
