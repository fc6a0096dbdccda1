import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { onWake } from "@/lib/db/bus";
import { latestSeq } from "@/lib/db/events";
import { type ConversationEventView, type EventScope, parseEventId, readEventsAfter } from "./events";

/**
 * A Server-Sent Events response over the committed event rows of a scope. A client that reconnects with
 * `Last-Event-ID` (browsers do this themselves) gets every event after that id, once and in order; a new client
 * starts from `?after=` or from now. Wake-ups trigger reads at once; a slow poll covers a lost wake-up.
 */
const POLL_MS = 5_000;
const HEARTBEAT_MS = 15_000;

export async function eventStreamResponse(options: {
  request: Request;
  prisma: PrismaClient;
  scope: EventScope;
  /** Used when the client sends neither Last-Event-ID nor ?after=. */
  defaultAfter?: bigint;
  /** What this audience may see of an event: a (possibly reduced) event, or null to skip it. */
  view?: (event: ConversationEventView) => ConversationEventView | null;
}): Promise<Response> {
  const { request, prisma, scope } = options;
  const url = new URL(request.url);
  const resumeFrom = parseEventId(request.headers.get("last-event-id")) ?? parseEventId(url.searchParams.get("after"));
  const latest = await latestSeq(prisma);
  // An id ahead of every event there is (a client of a restored or reset database, or a made-up one) would wait
  // for events that never come: start from now instead, like a new client. Not from 0, which would replay the
  // whole history of the scope (every conversation, for the console) to a header anyone can write.
  let cursor = resumeFrom !== null && resumeFrom <= latest ? resumeFrom : (options.defaultAfter ?? latest);
  const encoder = new TextEncoder();
  let closed = false;
  let reading = false;
  let again = false;
  const cleanups: Array<() => void> = [];

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const close = () => {
        if (closed) return;
        closed = true;
        for (const cleanup of cleanups) cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the runtime
        }
      };
      const pump = async () => {
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          do {
            again = false;
            const events = await readEventsAfter(prisma, scope, cursor);
            for (const event of events) {
              cursor = BigInt(event.seq);
              const visible = options.view ? options.view(event) : event;
              if (visible) send(`id: ${visible.seq}\nevent: ${visible.type}\ndata: ${JSON.stringify(visible)}\n\n`);
            }
            if (events.length === 200) again = true;
          } while (again && !closed);
        } catch (error) {
          log.warn("realtime.read_failed", { error });
        } finally {
          reading = false;
        }
      };

      send(`retry: 2000\n: connected\n\n`);
      const conversationFilter = "conversationId" in scope ? scope.conversationId : null;
      cleanups.push(
        onWake((conversationId) => {
          if (conversationFilter === null || conversationId === null || conversationId === conversationFilter)
            void pump();
        }),
      );
      const poll = setInterval(() => void pump(), POLL_MS);
      const heartbeat = setInterval(() => send(`: keep-alive\n\n`), HEARTBEAT_MS);
      cleanups.push(
        () => clearInterval(poll),
        () => clearInterval(heartbeat),
      );
      request.signal.addEventListener("abort", close);
      void pump();
    },
    cancel() {
      closed = true;
      for (const cleanup of cleanups) cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
