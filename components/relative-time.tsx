"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/**
 * "4 min", "2 h 5 min", "3 d": how long ago `since` was, kept current while the page is open (a queue's waits
 * grow without a reload). Renders nothing on the server, whose clock and time zone are not the reader's.
 */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

const noop = () => () => {};

export function useNow(intervalMs = 30_000): number | null {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return hydrated ? now : null;
}

export function RelativeTime({
  since,
  className = "",
  prefix = "",
}: {
  since: string;
  className?: string;
  prefix?: string;
}) {
  const now = useNow();
  if (now === null) return null;
  const date = new Date(since);
  return (
    <time dateTime={since} title={date.toLocaleString()} className={className} suppressHydrationWarning>
      {prefix}
      {formatDuration(now - date.getTime())}
    </time>
  );
}

/** A clock time in the reader's zone ("14:05"), or the date too when it is not today. */
export function LocalTime({ at, className = "" }: { at: string; className?: string }) {
  const now = useNow(60_000);
  if (now === null) return null;
  const date = new Date(at);
  const today = new Date(now).toDateString() === date.toDateString();
  const text = today
    ? date.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" })
    : date.toLocaleString(undefined, { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
  return (
    <time dateTime={at} title={date.toLocaleString()} className={className}>
      {text}
    </time>
  );
}
