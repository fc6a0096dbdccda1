/**
 * A Server-Sent Events reader for tests and the benchmark: parses `id:`, `event:` and `data:` fields from a
 * response body and hands out events as they arrive. No `server-only`, no DOM: works on any fetch Response.
 */
export type SseEvent = { id: string | null; event: string; data: string };

export class SseReader {
  private buffer = "";
  private queue: SseEvent[] = [];
  private waiters: Array<() => void> = [];
  private done = false;
  readonly closed: Promise<void>;

  /** `onEvent` sees every event as it is parsed (the benchmark times arrivals with it). */
  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly onEvent?: (event: SseEvent) => void,
  ) {
    this.closed = this.pump(body);
  }

  private async pump(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf("\n\n")) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          const event = parseBlock(block);
          if (event) {
            this.onEvent?.(event);
            this.queue.push(event);
          }
        }
        this.wake();
      }
    } catch {
      // aborted
    } finally {
      this.done = true;
      this.wake();
    }
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** The next event that matches, waiting up to `timeoutMs`. Events that do not match are dropped. */
  async next(match: (event: SseEvent) => boolean = () => true, timeoutMs = 10_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.queue.findIndex(match);
      if (index >= 0) {
        const [event] = this.queue.splice(0, index + 1).slice(-1);
        return event!;
      }
      this.queue = [];
      if (this.done) throw new Error("the event stream ended");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no matching event in time");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Everything received so far, without waiting. */
  drain(): SseEvent[] {
    return this.queue.splice(0);
  }
}

function parseBlock(block: string): SseEvent | null {
  let id: string | null = null;
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "id") id = value;
    else if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return data.length ? { id, event, data: data.join("\n") } : null;
}
