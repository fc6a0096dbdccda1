"use client";

import { useChat } from "@ai-sdk/react";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ChatMessageView, ChatSendRequest } from "@/lib/views/protocol";
import {
  type ChatDataTypes,
  ChatRefusedError,
  ChatReplyError,
  TandemChatTransport,
  type TandemUIMessage,
} from "./chat-transport";

/** What the page does with the parts of one answer as they arrive. */
export type TurnHandlers = {
  onAck: (ack: ChatDataTypes["ack"]) => void;
  onReply: (reply: ChatMessageView) => void;
  onStatus: (change: ChatDataTypes["status"]) => void;
};

/**
 * How a send ended. `unreachable`: no acknowledgement came, so the same clientMessageId may be sent again;
 * `dropped`: the message was stored and the connection went before the end; `unacknowledged`: the stream ended
 * without storing the message.
 */
export type TurnOutcome =
  | { kind: "answered" }
  | { kind: "refused" | "failed"; message: string }
  | { kind: "unreachable" | "dropped" | "unacknowledged" };

export type SendTurn = (request: ChatSendRequest, handlers: TurnHandlers) => Promise<TurnOutcome>;

type Turn = { handlers: TurnHandlers; acknowledged: boolean; error?: Error };

/**
 * The AI SDK's `useChat` over Tandem's transport, loaded when the customer first reaches for the chat (see
 * use-chat-engine.tsx) so that reading a transcript costs none of it. It renders nothing: the transcript is the
 * page's, built from stored rows; the SDK's list only ever holds the message in flight and its answer.
 */
export function ChatEngine({
  onReady,
  onText,
}: {
  onReady: (send: SendTurn) => void;
  onText: (text: string | null) => void;
}) {
  const [transport] = useState(() => new TandemChatTransport());
  const turn = useRef<Turn | null>(null);
  const { messages, status, sendMessage, setMessages } = useChat<TandemUIMessage>({
    transport,
    onData: (part) => {
      const current = turn.current;
      if (!current) return;
      if (part.type === "data-ack") {
        current.acknowledged = true;
        current.handlers.onAck(part.data);
      } else if (part.type === "data-reply") current.handlers.onReply(part.data);
      else current.handlers.onStatus(part.data);
    },
    onError: (error) => {
      if (turn.current) turn.current.error = error;
    },
  });

  const text = status === "streaming" ? streamedText(messages.at(-1)) : null;
  // Before paint, in the same render as the chunk: a passive effect would lag a render behind, and a fast stream
  // would reach its stored reply before any of its words were shown.
  useLayoutEffect(() => onText(text), [onText, text]);

  const send = useCallback<SendTurn>(
    async (request, handlers) => {
      const current: Turn = { handlers, acknowledged: false };
      turn.current = current;
      setMessages([]);
      // The message's id is its clientMessageId, which the transport sends (chat-transport.ts).
      await sendMessage({ id: request.clientMessageId, role: "user", parts: [{ type: "text", text: request.text }] });
      turn.current = null;
      return outcomeOf(current);
    },
    [sendMessage, setMessages],
  );
  useEffect(() => onReady(send), [onReady, send]);
  return null;
}

/** The AI reply as it streams in: null before its first token and once the stored reply has arrived. */
function streamedText(message: TandemUIMessage | undefined): string | null {
  if (message?.role !== "assistant" || message.parts.some((part) => part.type === "data-reply")) return null;
  const texts = message.parts.flatMap((part) => (part.type === "text" ? [part.text] : []));
  return texts.length > 0 ? texts.join("") : null;
}

function outcomeOf({ acknowledged, error }: Turn): TurnOutcome {
  if (error instanceof ChatRefusedError) return { kind: "refused", message: error.message };
  if (error instanceof ChatReplyError) return { kind: "failed", message: error.message };
  if (error) return acknowledged ? { kind: "dropped" } : { kind: "unreachable" };
  return acknowledged ? { kind: "answered" } : { kind: "unacknowledged" };
}
