import { APICallError, DefaultChatTransport, type UIMessage, type UIMessageChunk } from "ai";
import type { ChatSendRequest, ChatStreamData } from "@/lib/views/protocol";
import { refusalMessage } from "./chat-errors";

/** The data parts of POST /api/chat's stream by name (`ack`, `reply`, `status`), as the AI SDK types them. */
export type ChatDataTypes = {
  [Part in ChatStreamData as Part["type"] extends `data-${infer Name}` ? Name : never]: Part["data"];
};

/** What useChat holds: the customer's message (its id is the clientMessageId) and the answer streaming in. */
export type TandemUIMessage = UIMessage<never, ChatDataTypes>;

/** The server refused the message before storing it (400/409/413/429); `message` is its words for the customer. */
export class ChatRefusedError extends Error {}

/** The message was stored but its reply failed (the stream's `error` part); `message` is the server's words. */
export class ChatReplyError extends Error {}

/**
 * Tandem's side of the AI SDK's transport. The SDK's SSE reading is kept; what differs is the request: the server
 * takes one message as `ChatSendRequest` (it holds the history itself), and refuses with a `ChatErrorBody`.
 */
export class TandemChatTransport extends DefaultChatTransport<TandemUIMessage> {
  constructor(options: { fetch?: typeof fetch } = {}) {
    super({
      api: "/api/chat",
      fetch: options.fetch,
      prepareSendMessagesRequest: ({ messages }) => ({ body: sendRequestOf(messages.at(-1)) }),
    });
  }

  override async sendMessages(options: Parameters<DefaultChatTransport<TandemUIMessage>["sendMessages"]>[0]) {
    try {
      return await super.sendMessages(options);
    } catch (error) {
      if (APICallError.isInstance(error)) throw new ChatRefusedError(refusalMessage(error.responseBody));
      throw error;
    }
  }

  // An `error` part ends the answer with the server's words, told apart from a dropped connection.
  protected override processResponseStream(stream: ReadableStream<Uint8Array>) {
    return super.processResponseStream(stream).pipeThrough(
      new TransformStream<UIMessageChunk, UIMessageChunk>({
        transform(chunk, controller) {
          if (chunk.type === "error") controller.error(new ChatReplyError(chunk.errorText));
          else controller.enqueue(chunk);
        },
      }),
    );
  }

  // POST /api/chat has no stream to rejoin: the page catches up through /api/chat/events (Last-Event-ID), and a
  // retried send with the same clientMessageId is answered with the stored reply.
  override async reconnectToStream() {
    return null;
  }
}

function sendRequestOf(message: TandemUIMessage | undefined): ChatSendRequest {
  const text = message?.parts.map((part) => (part.type === "text" ? part.text : "")).join("") ?? "";
  return { text, clientMessageId: message?.id ?? "" };
}
