import { z } from "zod";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventStreamResponse } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";

const conversationParam = z.uuid();

/**
 * The console's live feed (Server-Sent Events) for signed-in, active staff: every conversation's events for the
 * inbox, or one conversation's with `?conversation=<id>`. Staff see everything, drafts and notes included.
 * Reconnects resume with Last-Event-ID, once and in order (lib/realtime/sse.ts).
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return Response.json({ error: { code: "unauthenticated", message: "Sign in to the console first." } }, { status: 401 });
  const raw = new URL(request.url).searchParams.get("conversation");
  if (raw !== null && !conversationParam.safeParse(raw).success) {
    return Response.json({ error: { code: "invalid_request", message: "That is not a conversation id." } }, { status: 400 });
  }
  return eventStreamResponse({ request, prisma: db(), scope: raw ? { conversationId: raw } : { staff: true } });
}
