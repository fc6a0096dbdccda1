import { z } from "zod";
import { hashConversationToken, isWellFormedToken } from "@/lib/chat/token";
import { db } from "@/lib/db/client";
import { findConversationByTokenHash } from "@/lib/db/conversations";
import { log } from "@/lib/log";
import { WorkspaceError } from "@/lib/workspace/errors";
import { csatState, recordCsat } from "@/lib/workspace/resolve";
import { readConversationToken } from "../cookie";

export const dynamic = "force-dynamic";

/**
 * The customer's rating of their resolved conversation: GET says whether it can still be rated, POST stores a
 * 1–5 score and an optional comment, once. Like every customer route, the conversation is the cookie's alone.
 */
const ratingSchema = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(1000).optional() });

async function callerConversation() {
  const token = await readConversationToken();
  return isWellFormedToken(token) ? findConversationByTokenHash(db(), hashConversationToken(token)) : null;
}

const noConversation = () => Response.json({ error: { code: "no_conversation", message: "There is no conversation to rate." } }, { status: 404 });

export async function GET() {
  const conversation = await callerConversation();
  if (!conversation) return noConversation();
  return Response.json(await csatState(db(), conversation.id), { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const parsed = ratingSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: { code: "invalid_request", message: "Choose a rating from 1 to 5." } }, { status: 400 });
  const conversation = await callerConversation();
  if (!conversation) return noConversation();
  try {
    await recordCsat(db(), conversation.id, parsed.data);
    return Response.json({ ok: true });
  } catch (error) {
    if (error instanceof WorkspaceError) return Response.json({ error: { code: error.code, message: error.message } }, { status: 409 });
    log.error("chat.csat_failed", { error });
    return Response.json({ error: { code: "internal", message: "We couldn't save your rating. Please try again." } }, { status: 500 });
  }
}
