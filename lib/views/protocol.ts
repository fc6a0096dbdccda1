/**
 * The contract between the customer chat page and its API. Shared by the route handlers, the page and the
 * e2e tests and benchmark, so that none of them guesses field names.
 *
 * POST /api/chat            body ChatSendRequest → a UI message stream (AI SDK SSE protocol, see below), or a
 *                           ChatErrorBody with status 400/409/413/429 when the message is refused before any work.
 * POST /api/chat/handoff    → ChatHandoffResponse: the conversation waits for a person.
 * GET  /api/chat            → ChatBootstrap for the caller's cookie (the page renders this server-side too).
 * GET  /api/chat/events     → Server-Sent Events for the caller's conversation (404 before it exists). Each event
 *                           has `id:` (its seq; reconnect with Last-Event-ID to resume), `event:` (its type) and
 *                           `data:` (JSON: { seq, conversationId, type, payload, createdAt }). The customer sees:
 *                             message.created        payload: ChatMessageView (public messages only)
 *                             conversation.status    payload: { status }
 *                             conversation.assigned  payload: { agentName }
 *                           Drafts, action requests, handoff packets and internal notes are never sent here.
 *
 * Stream parts on POST /api/chat (each an SSE `data:` line holding JSON, ending with `data: [DONE]`):
 *   { type: "start" }
 *   { type: "data-ack", data: { customerMessageId, conversationId } }   the message is stored
 *   { type: "text-start", id } { type: "text-delta", id, delta } … { type: "text-end", id }   the AI reply
 *   { type: "data-reply", data: ChatMessageView }                         the stored reply with its sources
 *   { type: "data-status", data: { status, notice? } }                    when the conversation changes state
 *   { type: "error", errorText }                                          the reply failed; the customer message is kept
 *   { type: "finish" }
 */

export type ConversationStatus = "ai" | "waiting_human" | "human" | "resolved";
export type MessageRole = "customer" | "ai" | "agent" | "system";

export type ChatSource = { id: string; title: string; version: number; stale: boolean; score: number };

export type ChatMessageView = {
  id: string;
  role: MessageRole;
  body: string;
  sources: ChatSource[];
  createdAt: string;
  /** Display name for agent messages. */
  authorName?: string;
  /**
   * On the AI message that put a proposal to the customer, while it waits for their answer: the page shows these
   * two answers as buttons, and sends the chosen one as the customer's message (typing it works the same).
   */
  proposal?: ChatProposalView;
};

export type ChatProposalView = { yes: string; no: string; expiresAt: string };

export type ChatBootstrap = {
  /** null until the customer sends a first message (no row is created for a visit alone). */
  conversationId: string | null;
  status: ConversationStatus;
  messages: ChatMessageView[];
  /** The AI disclosure, shown as the first message of a new conversation. */
  greeting: string;
  storeName: string;
  assistantName: string;
  maxMessageChars: number;
};

export type ChatSendRequest = {
  text: string;
  /** A UUID the browser makes per message, so a retried send is stored once. */
  clientMessageId: string;
};

export const CHAT_ERROR_CODES = [
  "invalid_request",
  "empty_message",
  "message_too_long",
  "rate_limited",
  "conversation_closed",
  /** 409: a retried send (same clientMessageId) carried different text. */
  "client_message_id_reused",
  "internal",
] as const;
export type ChatErrorCode = (typeof CHAT_ERROR_CODES)[number];

export type ChatErrorBody = {
  error: { code: ChatErrorCode; message: string; retryAfterSeconds?: number };
};

/** `message` is null when the conversation was already with a person (no second notice). */
export type ChatHandoffResponse = {
  conversationId: string;
  status: ConversationStatus;
  message: ChatMessageView | null;
};

export type ChatStreamData =
  | { type: "data-ack"; data: { customerMessageId: string; conversationId: string } }
  | { type: "data-reply"; data: ChatMessageView }
  | { type: "data-status"; data: { status: ConversationStatus; notice?: ChatMessageView } };
