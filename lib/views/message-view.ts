import type { MessageRow } from "@/lib/db/conversations";
import type { ChatMessageView, ChatSource } from "./protocol";

/** A stored message as the chat page and the console show it (and as its `message.created` event carries it). */
export function toMessageView(row: MessageRow): ChatMessageView {
  return {
    id: row.id,
    role: row.role,
    body: row.body,
    sources: (row.sources as ChatSource[] | null) ?? [],
    createdAt: row.createdAt.toISOString(),
    ...(row.author ? { authorName: row.author.name } : {}),
  };
}
