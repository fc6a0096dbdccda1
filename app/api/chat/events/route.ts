import { findConversationByTokenHash } from "@/lib/db/conversations";
import { db } from "@/lib/db/client";
import { hashConversationToken, isWellFormedToken } from "@/lib/chat/token";
import { customerEventView } from "@/lib/realtime/events";
import { eventStreamResponse } from "@/lib/realtime/sse";
import { readConversationToken } from "../cookie";

export const dynamic = "force-dynamic";

/**
 * The customer's live view of their own conversation (Server-Sent Events): a person's replies and status changes
 * arrive without a reload. The conversation is the cookie's and nothing else; staff-only events are filtered out.
 */
export async function GET(request: Request) {
  const token = await readConversationToken();
  const conversation = isWellFormedToken(token)
    ? await findConversationByTokenHash(db(), hashConversationToken(token))
    : null;
  if (!conversation)
    return Response.json(
      { error: { code: "no_conversation", message: "There is no conversation to follow yet." } },
      { status: 404 },
    );
  return eventStreamResponse({
    request,
    prisma: db(),
    scope: { conversationId: conversation.id },
    view: customerEventView,
  });
}
