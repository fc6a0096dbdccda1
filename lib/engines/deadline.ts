/**
 * An abort signal for one model call that fires when the call makes no progress for `timeoutMs`
 * (OPENAI_TIMEOUT_MS) or when the caller gives up. `touch()` restarts the clock: a long answer that keeps
 * streaming is fine; a stalled one is not. Knowing which of the two aborted is what lets the fallback engine
 * answer a timeout locally but stay silent for a customer who has gone.
 */
export type Deadline = {
  signal: AbortSignal;
  timedOut(): boolean;
  callerAborted(): boolean;
  touch(): void;
  /** Stops the timer; call when the work is done. */
  clear(): void;
  /** Cancels the call (a consumer stopped listening). */
  abort(): void;
};

export function createDeadline(timeoutMs: number, caller?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      expired = true;
      controller.abort(new DOMException(`No progress within ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);
  };
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener("abort", onCallerAbort, { once: true });
  arm();
  return {
    signal: controller.signal,
    timedOut: () => expired,
    callerAborted: () => Boolean(caller?.aborted),
    touch: () => {
      if (!controller.signal.aborted) arm();
    },
    clear: () => {
      if (timer) clearTimeout(timer);
      caller?.removeEventListener("abort", onCallerAbort);
    },
    abort: () => controller.abort(new DOMException("The reply was abandoned", "AbortError")),
  };
}
