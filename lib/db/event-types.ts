/**
 * The kinds of real-time event, shared by the server (lib/db/events.ts) and the pages that listen for them.
 * No server-only imports here: client components import this list.
 */
export const EVENT_TYPES = [
  "message.created",
  "conversation.status",
  "conversation.assigned",
  "draft.created",
  "draft.decided",
  "action.requested",
  "action.decided",
  "csat.recorded",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
