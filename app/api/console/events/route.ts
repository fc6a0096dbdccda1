import { z } from "zod";
import { staffRoute } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { eventStreamResponse } from "@/lib/realtime/sse";

export const dynamic = "force-dynamic";

const conversationParam = z.uuid();

/**
 * The console's live feed (Server-Sent Events) for signed-in, active staff: every conversation's events for the
 * inbox, or one conversation's with `?conversation=<id>`. Staff see everything, drafts and notes included.
 * Reconnects resume with Last-Event-ID, once and in order (lib/realtime/sse.ts).
 */
export const GET = staffRoute(
  { role: "agent", messages: { unauthenticated: "Sign in to the console first." } },
  async (_staff, request: Request) => {
    const raw = new URL(request.url).searchParams.get("conversation");
    if (raw !== null && !conversationParam.safeParse(raw).success) {
      return Response.json(
        { error: { code: "invalid_request", message: "That is not a conversation id." } },
        { status: 400 },
      );
    }
    return eventStreamResponse({ request, prisma: db(), scope: raw ? { conversationId: raw } : { staff: true } });
  },
);
