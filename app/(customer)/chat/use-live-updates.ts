"use client";

import { useEffect, useRef } from "react";
import type { ChatMessageView, ConversationStatus } from "@/lib/views/protocol";

/** What the page acts on from GET /api/chat/events (the customer's view of lib/realtime/events.ts). */
export type LiveEvent =
  | { type: "message.created"; message: ChatMessageView }
  | { type: "conversation.status"; status: ConversationStatus }
  | { type: "conversation.assigned"; agentName: string | null };

const STATUSES: readonly string[] = ["ai", "waiting_human", "human", "resolved"];

/**
 * Follows the conversation live (Server-Sent Events), so a person's replies and status changes appear without a
 * reload. `conversationId` null means there is nothing to follow; a new id reconnects. The browser resumes a
 * dropped connection itself with Last-Event-ID.
 */
export function useLiveUpdates(conversationId: string | null, onEvent: (event: LiveEvent) => void) {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });

  useEffect(() => {
    if (!conversationId || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/chat/events");
    const payloadOf = (event: MessageEvent): Record<string, unknown> | null => {
      try {
        const parsed = JSON.parse(String(event.data)) as { payload?: unknown };
        return typeof parsed.payload === "object" && parsed.payload !== null
          ? (parsed.payload as Record<string, unknown>)
          : null;
      } catch {
        return null;
      }
    };
    source.addEventListener("message.created", (event) => {
      const message = messageOf(payloadOf(event));
      if (message) handler.current({ type: "message.created", message });
    });
    source.addEventListener("conversation.status", (event) => {
      const status = payloadOf(event)?.status;
      if (typeof status === "string" && STATUSES.includes(status)) {
        handler.current({ type: "conversation.status", status: status as ConversationStatus });
      }
    });
    source.addEventListener("conversation.assigned", (event) => {
      const name = payloadOf(event)?.agentName;
      handler.current({ type: "conversation.assigned", agentName: typeof name === "string" ? name : null });
    });
    return () => source.close();
  }, [conversationId]);
}

const ROLES: readonly string[] = ["customer", "ai", "agent", "system"];

/** The message in a `message.created` payload, or null for an internal note or anything malformed. */
function messageOf(payload: Record<string, unknown> | null): ChatMessageView | null {
  if (!payload || payload.internal === true) return null;
  const { id, role, body, sources, createdAt, authorName } = payload;
  if (typeof id !== "string" || typeof role !== "string" || !ROLES.includes(role) || typeof body !== "string")
    return null;
  return {
    id,
    role: role as ChatMessageView["role"],
    body,
    sources: Array.isArray(sources) ? (sources as ChatMessageView["sources"]) : [],
    createdAt: typeof createdAt === "string" ? createdAt : new Date().toISOString(),
    ...(typeof authorName === "string" ? { authorName } : {}),
  };
}
