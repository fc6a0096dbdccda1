"use client";

import { useCallback, useRef, useState } from "react";
import type { ChatBootstrap, ChatHandoffResponse, ChatMessageView, ConversationStatus } from "@/lib/views/protocol";
import type { TurnHandlers } from "./chat-engine";
import { CHAT_ERRORS, refusalMessage } from "./chat-errors";
import { checkMessage } from "./check-message";
import { useChatEngine } from "./use-chat-engine";
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

const OUTCOME_ERRORS: Record<"answered" | "unreachable" | "dropped" | "unacknowledged", string | null> = {
  answered: null,
  unreachable: CHAT_ERRORS.network,
  dropped: CHAT_ERRORS.dropped,
  unacknowledged: CHAT_ERRORS.generic,
};

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

  const engine = useChatEngine(setStreamText);
  const engineReady = engine.ready;

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
      append({
        id: localId,
        localKey: localId,
        role: "customer",
        body: checked.text,
        sources: [],
        createdAt,
        pending: true,
      });
      setPhase("sending");
      setAwaitingReply(status === "ai" || status === "resolved");

      let acknowledged = false;
      const handlers: TurnHandlers = {
        onAck: (ack) => {
          acknowledged = true;
          retry.current = null;
          setConversationId(ack.conversationId);
          setMessages((list) =>
            list.map((m) => (m.id === localId ? { ...m, id: ack.customerMessageId, pending: false } : m)),
          );
          setPhase("replying");
          onAccepted();
        },
        // Each of these settles the turn: no typing indicator from here to the end of the stream.
        onReply: (reply) => {
          setAwaitingReply(false);
          setStreamText(null);
          append(reply);
        },
        onStatus: (change) => {
          setAwaitingReply(false);
          setStatus(change.status);
          if (change.notice) append(change.notice);
        },
      };
      try {
        const outcome = await (await engineReady())({ text: raw, clientMessageId }, handlers);
        if (!acknowledged) removeLocal();
        if (outcome.kind === "unreachable") retry.current = { text: raw, id: clientMessageId };
        const message =
          outcome.kind === "refused" || outcome.kind === "failed" ? outcome.message : OUTCOME_ERRORS[outcome.kind];
        if (message) setError(message);
      } catch {
        // The engine itself could not be downloaded: nothing was sent.
        removeLocal();
        retry.current = { text: raw, id: clientMessageId };
        setError(CHAT_ERRORS.network);
      } finally {
        setStreamText(null);
        setAwaitingReply(false);
        setPhase("idle");
        for (const event of heldEvents.current.splice(0)) applyLive(event);
      }
    },
    [append, applyLive, bootstrap.maxMessageChars, engineReady, setPhase, startOver, status],
  );

  const requestHuman = useCallback(async () => {
    setHandoffBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/chat/handoff", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      if (!response.ok) return setError(refusalMessage(await response.text()));
      const body = (await response.json()) as ChatHandoffResponse;
      if (status === "resolved") startOver();
      setStatus(body.status);
      if (body.message) append(body.message);
      // Asking for a person can start the conversation; its id lets the page follow it live.
      setConversationId(body.conversationId);
    } catch {
      setError(CHAT_ERRORS.handoffNetwork);
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
    /** Starts downloading the chat engine: called when the customer first reaches for the chat. */
    preloadEngine: engine.preload,
    engineElement: engine.element,
  };
}

function initialMessages(bootstrap: ChatBootstrap): LocalMessage[] {
  if (bootstrap.messages.length > 0) return bootstrap.messages;
  // No conversation yet: the disclosure is shown locally; the server stores it when the conversation starts.
  return [{ id: GREETING_ID, role: "ai", body: bootstrap.greeting, sources: [], createdAt: "" }];
}
