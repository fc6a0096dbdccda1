import { UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from "ai";
import type { ChatStreamData } from "@/lib/views/protocol";

/**
 * The AI SDK's UI message stream (server-sent events, one JSON part per event, then `[DONE]`), written straight
 * into one byte stream. The SDK's own `createUIMessageStream` + `createUIMessageStreamResponse` pass every part
 * through four web-stream stages and hand Node one socket write per part; a turn streams some sixty parts, and under
 * load that framing cost more CPU than the turn itself. Here parts written in the same tick of the event loop leave
 * in one write, and parts written later leave when they are written, so the customer still sees the reply word by
 * word as it is produced and validated. The browser reads it with the AI SDK's own parser (useChat).
 *
 * `no-transform` keeps Next.js's gzip off this response: compressing and flushing every few words cost more than
 * the bytes it saved.
 */
export type ChatStreamPart = UIMessageChunk | ChatStreamData;
export type ChatStreamWriter = (part: ChatStreamPart) => void;

export const CHAT_STREAM_HEADERS: Record<string, string> = {
  ...UI_MESSAGE_STREAM_HEADERS,
  "cache-control": "no-cache, no-transform",
};

const encoder = new TextEncoder();

export function chatStreamResponse(
  execute: (write: ChatStreamWriter) => Promise<void>,
  options: { onError: (error: unknown) => string },
): Response {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let pending = "";
  let scheduled = false;
  let open = true;
  const flush = () => {
    scheduled = false;
    if (!open || pending === "") return;
    const bytes = encoder.encode(pending);
    pending = "";
    try {
      controller.enqueue(bytes);
    } catch {
      // The client went away; the turn goes on so the reply is stored.
      open = false;
    }
  };
  const write: ChatStreamWriter = (part) => {
    if (!open) return;
    pending += `data: ${JSON.stringify(part)}\n\n`;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      void execute(write)
        .catch((error: unknown) => write({ type: "error", errorText: options.onError(error) }))
        .finally(() => {
          pending += "data: [DONE]\n\n";
          flush();
          if (!open) return;
          open = false;
          try {
            controller.close();
          } catch {
            // already cancelled by the client
          }
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, { headers: CHAT_STREAM_HEADERS });
}
