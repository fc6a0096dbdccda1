"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { EVENT_TYPES } from "@/lib/db/event-types";

type LiveState = "connecting" | "live" | "reconnecting";

/**
 * Keeps a console page current: follows /api/console/events and re-renders the page's server data when something
 * it shows changes. `after` is the last event id the page was rendered with, so nothing between the render and the
 * connection is missed; the browser resumes with Last-Event-ID after that. On the queue, changes of status,
 * holder or approvals always count, messages only for the rows on screen (the AI's own chats elsewhere do not), and
 * refreshes are spaced out so a busy afternoon does not re-render the page many times a second.
 */
// Events that change what the queue shows, whichever conversation they belong to.
const QUEUE_EVENTS = new Set([
  "conversation.status",
  "conversation.assigned",
  "action.requested",
  "action.decided",
  "csat.recorded",
]);

type Props = {
  after: string;
  /** Follow one conversation (every event counts); without it, the whole queue. */
  conversationId?: string;
  /** On the queue: the conversations on screen, whose messages count. */
  visible?: string[];
};

export function LiveRefresh({ after, conversationId, visible = [] }: Props) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>("connecting");
  // The first render's cursor: later renders bring newer values, but the open stream already follows them.
  const [from] = useState(after);
  const shown = useRef(new Set<string>());
  useEffect(() => {
    shown.current = new Set(visible);
  });

  useEffect(() => {
    const params = new URLSearchParams({ after: from });
    if (conversationId) params.set("conversation", conversationId);
    const source = new EventSource(`/api/console/events?${params}`);
    const spacing = conversationId ? 0 : 500;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const refresh = () => {
      timer ??= setTimeout(
        () => {
          timer = null;
          last = Date.now();
          router.refresh();
        },
        Math.max(50, last + spacing - Date.now()),
      );
    };
    const onEvent = (event: MessageEvent) => {
      if (conversationId || QUEUE_EVENTS.has(event.type)) return refresh();
      try {
        const { conversationId: id } = JSON.parse(String(event.data)) as { conversationId?: string };
        if (id && shown.current.has(id)) refresh();
      } catch {
        refresh();
      }
    };
    source.onopen = () => setState("live");
    source.onerror = () => setState("reconnecting");
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [conversationId, from, router]);

  const label = state === "live" ? "Live" : state === "connecting" ? "Connecting…" : "Reconnecting…";
  return (
    <span
      data-testid="live-status"
      data-state={state}
      className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 py-1 text-xs font-medium text-ink-muted"
      title={
        state === "live"
          ? "Updates appear as they happen"
          : "Trying to reach the server; the page catches up when it's back"
      }
    >
      <span className={`relative flex size-2 ${state === "live" ? "" : "opacity-60"}`} aria-hidden="true">
        {state === "live" ? (
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60" />
        ) : null}
        <span
          className={`relative inline-flex size-2 rounded-full ${state === "live" ? "bg-emerald-500" : "bg-amber-500"}`}
        />
      </span>
      {label}
    </span>
  );
}
