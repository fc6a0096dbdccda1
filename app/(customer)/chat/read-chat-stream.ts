import type { ChatStreamData } from "@/lib/chat/protocol";

/**
 * The parts of POST /api/chat's stream the page acts on (lib/chat/protocol.ts); the AI SDK's framing parts
 * (`start`, `finish`, `text-end`, …) pass through as `other` and are ignored.
 */
export type ChatStreamPart =
  | ChatStreamData
  | { type: "text-start"; id: string }
  | { type: "text-delta"; id: string; delta: string }
  | { type: "error"; errorText: string }
  | { type: "other" };

/** Reads the SSE body (`data: {json}` events, ending with `data: [DONE]`) part by part as it arrives. */
export async function* readChatStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ChatStreamPart> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      // SSE events are separated by a blank line; the last piece may be incomplete, so it waits for more.
      const events = buffer.split(/\r?\n\r?\n/);
      buffer = events.pop() ?? "";
      for (const event of events) {
        const data = dataOf(event);
        if (data === null) continue;
        if (data === "[DONE]") return;
        yield toPart(data);
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function dataOf(event: string): string | null {
  const lines = event.split(/\r?\n/).filter((line) => line.startsWith("data:"));
  if (lines.length === 0) return null;
  return lines.map((line) => line.slice(5).replace(/^ /, "")).join("\n");
}

function toPart(data: string): ChatStreamPart {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return { type: "other" };
  }
  if (typeof parsed !== "object" || parsed === null || !("type" in parsed)) return { type: "other" };
  const part = parsed as { type: unknown };
  switch (part.type) {
    case "data-ack":
    case "data-reply":
    case "data-status":
    case "text-start":
    case "text-delta":
    case "error":
      return parsed as ChatStreamPart;
    default:
      return { type: "other" };
  }
}
