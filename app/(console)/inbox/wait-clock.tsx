"use client";

import { formatDuration, useNow } from "@/components/relative-time";

/**
 * How long the customer has waited, against the first-response target for the conversation's urgency: neutral,
 * amber from half the target, red once it is missed. Ticks while the page is open.
 */
export function WaitClock({ since, targetMinutes, label }: { since: string; targetMinutes: number; label: string }) {
  const now = useNow(15_000);
  if (now === null) return <span className="text-xs text-ink-subtle">{label}</span>;
  const minutes = (now - new Date(since).getTime()) / 60_000;
  const tone = minutes >= targetMinutes ? "text-red-700" : minutes >= targetMinutes / 2 ? "text-amber-700" : "text-ink";
  const state = minutes >= targetMinutes ? "late" : minutes >= targetMinutes / 2 ? "soon" : "ok";
  return (
    <span
      className="flex flex-col items-end leading-tight"
      data-sla={state}
      title={`First-response target: ${targetMinutes} min`}
    >
      <span className={`text-sm font-semibold tabular-nums ${tone}`}>
        {formatDuration(now - new Date(since).getTime())}
      </span>
      <span className="text-xs text-ink-subtle">{label}</span>
    </span>
  );
}
