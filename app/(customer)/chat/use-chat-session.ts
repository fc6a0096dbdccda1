"use client";

import { useCallback, useRef, useState } from "react";
import type {
  ChatBootstrap,
  ChatErrorBody,
  ChatHandoffResponse,
  ChatMessageView,
  ConversationStatus,
} from "@/lib/chat/protocol";
import { checkMessage } from "./check-message";
import { readChatStream } from "./read-chat-stream";
import { type LiveEvent, useLiveUpdates } from "./use-live-updates";

export type LocalMessage = ChatMessageView & {
  /** Sent but not yet stored. */
  pending?: boolean;
  /** The React key of an optimistic message, kept after the server gives it its id so it doesn't re-mount. */
  localKey?: string;
};

/** What the page is doing right now: nothing, waiting for the server to store a message, or reading the reply. */
export type Phase = "idle" | "sending" | "replying";

const GREETING_ID = "greeting";
const NETWORK_ERROR = "We couldn't reach our support team. Check your connection and try again; your message is still in the box.";
const DROPPED_ERROR = "The connection dropped before the reply finished. Your message was saved: reload the page to see the reply.";
const GENERIC_ERROR = "Something went wrong on our side. Your message was not lost: please try again.";

/**
 * The customer's side of a conversation: the transcript, sending with a streamed reply, asking for a person.
 * The server's rows are the truth; local state only adds the optimistic bubble and the reply being streamed.
 */
export function useChatSession(bootstrap: ChatBootstrap) {
  const [messages, setMessages] = useState<LocalMessage[]>(() => initialMessages(bootstrap));
  const [status, setStatus] = useState<ConversationStatus>(bootstrap.status);
  const [conversationId, setConversationId] = useState(bootstrap.conversationId);
  /** The person who took the conversation, once the live stream says so. */
  const [agentName, setAgentName] = useState<string | null>(null);
  const [phase, setPhaseState] = useState<Phase>("idle");
  const [awaitingReply, setAwaitingReply] = useState(false);
  const [streamText, setStreamText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [handoffBusy, setHandoffBusy] = useState(false);
  // A send that failed before the server answered keeps its id, so resending the same text cannot store it twice.
  const retry = useRef<{ text: string; id: string } | null>(null);
  // Read by callbacks and the poller, which must not act on a render's stale phase.
  const phaseRef = useRef<Phase>("idle");
  const setPhase = useCallback((next: Phase) => {
    phaseRef.current = next;
    setPhaseState(next);
  }, []);

  const append = useCallback((message: LocalMessage) => {
    setMessages((list) => (list.some((m) => m.id === message.id) ? list : [...list, message]));
  }, []);

  // Live events that arrive while a message is being sent wait until its stream is done, so the stream's own
  // parts (the acknowledgement, the reply) land first and nothing shows twice.
  const heldEvents = useRef<LiveEvent[]>([]);
  const applyLive = useCallback(
    (event: LiveEvent) => {
      if (event.type === "message.created") append(event.message);
      else if (event.type === "conversation.status") setStatus(event.status);
      else setAgentName(event.agentName);
    },
    [append],
  );
  useLiveUpdates(status === "resolved" ? null : conversationId, (event) => {
    if (phaseRef.current === "idle") applyLive(event);
    else heldEvents.current.push(event);
  });

  /** A resolved conversation is closed: the next message or handoff starts a new one on the server. */
  const startOver = useCallback(() => {
    setMessages(initialMessages({ ...bootstrap, messages: [] }));
    setStatus("ai");
    setConversationId(null);
    setAgentName(null);
    setError(null);
  }, [bootstrap]);

  const send = useCallback(
    async (raw: string, onAccepted: () => void) => {
      if (phaseRef.current !== "idle") return;
      const checked = checkMessage(raw, bootstrap.maxMessageChars);
      if (!checked.ok) return setError(checked.message);
      setError(null);
      if (status === "resolved") startOver();

      const clientMessageId = retry.current?.text === raw ? retry.current.id : crypto.randomUUID();
      const localId = `local-${clientMessageId}`;
      const removeLocal = () => setMessages((list) => list.filter((m) => m.id !== localId));
      const createdAt = new Date().toISOString();
      append({ id: localId, localKey: localId, role: "customer", body: checked.text, sources: [], createdAt, pending: true });
      setPhase("sending");
      setAwaitingReply(status === "ai" || status === "resolved");

      let acknowledged = false;
      try {
        const response = await fetch("/api/chat", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ text: raw, clientMessageId }),
        });
        if (!response.ok || !response.body) {
          removeLocal();
          setError(await errorMessageOf(response));
          return;
        }
        for await (const part of readChatStream(response.body)) {
          switch (part.type) {
            case "data-ack":
              acknowledged = true;
              retry.current = null;
              setConversationId(part.data.conversationId);
              setMessages((list) =>
                list.map((m) => (m.id === localId ? { ...m, id: part.data.customerMessageId, pending: false } : m)),
              );
              setPhase("replying");
              onAccepted();
              break;
            case "text-start":
              setStreamText("");
              break;
            case "text-delta":
              setStreamText((text) => (text ?? "") + part.delta);
              break;
            // Each of these settles the turn: no typing indicator from here to the end of the stream.
            case "data-reply":
              setAwaitingReply(false);
              setStreamText(null);
              append(part.data);
              break;
            case "data-status":
              setAwaitingReply(false);
              setStatus(part.data.status);
              if (part.data.notice) append(part.data.notice);
              break;
            case "error":
              setAwaitingReply(false);
              setError(part.errorText);
              break;
          }
        }
        if (!acknowledged) {
          removeLocal();
          setError(GENERIC_ERROR);
        }
      } catch {
        if (acknowledged) {
          setError(DROPPED_ERROR);
        } else {
          removeLocal();
          retry.current = { text: raw, id: clientMessageId };
          setError(NETWORK_ERROR);
        }
      } finally {
        setStreamText(null);
        setAwaitingReply(false);
        setPhase("idle");
        for (const event of heldEvents.current.splice(0)) applyLive(event);
      }
    },
    [append, applyLive, bootstrap.maxMessageChars, setPhase, startOver, status],
  );

  const requestHuman = useCallback(async () => {
    setHandoffBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/chat/handoff", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
      if (!response.ok) return setError(await errorMessageOf(response));
      const body = (await response.json()) as ChatHandoffResponse;
      if (status === "resolved") startOver();
      setStatus(body.status);
      if (body.message) append(body.message);
      // Asking for a person can start the conversation; its id lets the page follow it live.
      setConversationId(body.conversationId);
    } catch {
      setError("We couldn't reach our support team to ask for a person. Check your connection and try again.");
    } finally {
      setHandoffBusy(false);
    }
  }, [append, startOver, status]);

  return {
    messages,
    status,
    agentName,
    phase,
    /** The AI reply as it streams in; null before the first token and after the stored reply replaced it. */
    streamText,
    /** A reply is expected but no token has arrived yet: show the typing indicator. */
    typing: awaitingReply && streamText === null && phase !== "idle",
    error,
    clearError: () => setError(null),
    handoffBusy,
    send,
    requestHuman,
    startOver,
  };
}

function initialMessages(bootstrap: ChatBootstrap): LocalMessage[] {
  if (bootstrap.messages.length > 0) return bootstrap.messages;
  // No conversation yet: the disclosure is shown locally; the server stores it when the conversation starts.
  return [{ id: GREETING_ID, role: "ai", body: bootstrap.greeting, sources: [], createdAt: "" }];
}

async function errorMessageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ChatErrorBody>;
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not our JSON (a proxy's error page, say): fall through to the generic message.
  }
  return GENERIC_ERROR;
}
