import { z } from "zod";
import { hashConversationToken, isWellFormedToken } from "@/lib/chat/token";
import { db } from "@/lib/db/client";
import { findConversationByTokenHash } from "@/lib/db/conversations";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/body";
import { log } from "@/lib/log";
import { WorkspaceError } from "@/lib/workspace/errors";
import { csatState, recordCsat } from "@/lib/workspace/resolve";
import { readConversationToken } from "../cookie";

export const dynamic = "force-dynamic";

/**
 * The customer's rating of their resolved conversation: GET says whether it can still be rated, POST stores a
 * 1–5 score and an optional comment, once. Like every customer route, the conversation is the cookie's alone.
 */
const MAX_COMMENT_CHARS = 1000;
const ratingSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().max(MAX_COMMENT_CHARS).optional(),
});

async function callerConversation() {
  const token = await readConversationToken();
  return isWellFormedToken(token) ? findConversationByTokenHash(db(), hashConversationToken(token)) : null;
}

const noConversation = () =>
  Response.json({ error: { code: "no_conversation", message: "There is no conversation to rate." } }, { status: 404 });

export async function GET() {
  const conversation = await callerConversation();
  if (!conversation) return noConversation();
  return Response.json(await csatState(db(), conversation.id), { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const body = await readJsonBody(request, BODY_LIMITS.small);
  if (!body.ok) return body.response;
  const parsed = ratingSchema.safeParse(body.value);
  if (!parsed.success) {
    // Say what is wrong: a long comment is not a missing rating.
    const commentTooLong = parsed.error.issues.some((issue) => issue.path[0] === "comment" && issue.code === "too_big");
    const message = commentTooLong
      ? `Your comment is too long: keep it to ${MAX_COMMENT_CHARS.toLocaleString("en-US")} characters.`
      : "Choose a rating from 1 to 5.";
    return Response.json(
      { error: { code: commentTooLong ? "comment_too_long" : "invalid_request", message } },
      { status: 400 },
    );
  }
  const conversation = await callerConversation();
  if (!conversation) return noConversation();
  try {
    await recordCsat(db(), conversation.id, parsed.data);
    return Response.json({ ok: true });
  } catch (error) {
    if (error instanceof WorkspaceError)
      return Response.json({ error: { code: error.code, message: error.message } }, { status: 409 });
    log.error("chat.csat_failed", { error });
    return Response.json(
      { error: { code: "internal", message: "We couldn't save your rating. Please try again." } },
      { status: 500 },
    );
  }
}
