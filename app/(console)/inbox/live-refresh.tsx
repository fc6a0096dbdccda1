"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

// The event names of lib/realtime/events.ts (a server module): each one means the page's data changed.
const EVENT_TYPES = [
  "message.created",
  "conversation.status",
  "conversation.assigned",
  "draft.created",
  "draft.decided",
  "action.requested",
  "action.decided",
  "handoff.created",
  "csat.recorded",
];

type LiveState = "connecting" | "live" | "reconnecting";

/**
 * Keeps a console page current: follows /api/console/events and re-renders the page's server data when anything
 * changes (a few events in a burst make one refresh). `after` is the last event id the page was rendered with,
 * so nothing between the render and the connection is missed; the browser resumes with Last-Event-ID after that.
 */
export function LiveRefresh({ after, conversationId }: { after: string; conversationId?: string }) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>("connecting");
  // The first render's cursor: later renders bring newer values, but the open stream already follows them.
  const [from] = useState(after);

  useEffect(() => {
    const params = new URLSearchParams({ after: from });
    if (conversationId) params.set("conversation", conversationId);
    const source = new EventSource(`/api/console/events?${params}`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        router.refresh();
      }, 60);
    };
    source.onopen = () => setState("live");
    source.onerror = () => setState("reconnecting");
    for (const type of EVENT_TYPES) source.addEventListener(type, refresh);
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
      title={state === "live" ? "Updates appear as they happen" : "Trying to reach the server; the page catches up when it's back"}
    >
      <span className={`relative flex size-2 ${state === "live" ? "" : "opacity-60"}`} aria-hidden="true">
        {state === "live" ? <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60" /> : null}
        <span className={`relative inline-flex size-2 rounded-full ${state === "live" ? "bg-emerald-500" : "bg-amber-500"}`} />
      </span>
      {label}
    </span>
  );
}
