/**
 * An abort signal for one model call, with two clocks (M2, issue 11):
 * - idle: fires when the call makes no progress for `idleMs` (OPENAI_IDLE_TIMEOUT_MS); `touch()` restarts it, so a
 *   long answer that keeps streaming is fine and a stalled one is not;
 * - total: fires `totalMs` (OPENAI_TOTAL_TIMEOUT_MS) after the call started, whatever arrives, so a stream that
 *   drips one token every few seconds cannot keep the customer waiting for minutes.
 * It also follows the caller's signal. Knowing which of them aborted is what lets the fallback engine answer a
 * timeout locally but stay silent for a customer who has gone.
 */
export type Deadline = {
  signal: AbortSignal;
  timedOut(): boolean;
  /** Which clock fired, if one did. */
  expired(): "idle" | "total" | null;
  callerAborted(): boolean;
  touch(): void;
  /** Stops the timers; call when the work is done. */
  clear(): void;
  /** Cancels the call (a consumer stopped listening). */
  abort(): void;
};

export function createDeadline(idleMs: number, caller?: AbortSignal, totalMs?: number): Deadline {
  const controller = new AbortController();
  let expired: "idle" | "total" | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const fire = (which: "idle" | "total") => {
    if (controller.signal.aborted) return;
    expired = which;
    const message = which === "idle" ? `No progress within ${idleMs} ms` : `Not finished within ${totalMs} ms`;
    controller.abort(new DOMException(message, "TimeoutError"));
  };
  const arm = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => fire("idle"), idleMs);
  };
  const total = totalMs !== undefined && totalMs > 0 ? setTimeout(() => fire("total"), totalMs) : undefined;
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener("abort", onCallerAbort, { once: true });
  arm();
  return {
    signal: controller.signal,
    timedOut: () => expired !== null,
    expired: () => expired,
    callerAborted: () => Boolean(caller?.aborted),
    touch: () => {
      if (!controller.signal.aborted) arm();
    },
    clear: () => {
      if (idle) clearTimeout(idle);
      if (total) clearTimeout(total);
      caller?.removeEventListener("abort", onCallerAbort);
    },
    abort: () => controller.abort(new DOMException("The reply was abandoned", "AbortError")),
  };
}
