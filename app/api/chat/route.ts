import { after } from "next/server";
import { sendMessage } from "@/lib/chat/send";
import { loadBootstrap } from "@/lib/chat/service";
import { chatStreamResponse } from "@/lib/chat/ui-stream";
import { log } from "@/lib/log";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/body";
import { chatErrorResponse, readConversationToken, writeConversationToken } from "./cookie";
import { customerLimits } from "./guard";

export const dynamic = "force-dynamic";

/** The caller's transcript (the page renders the same data server-side; this serves reconnects and tests). */
export async function GET() {
  try {
    return Response.json(await loadBootstrap(await readConversationToken()), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return chatErrorResponse(error, { route: "GET /api/chat" });
  }
}

/** A customer message: stored first, then answered as a stream (lib/chat/send.ts, lib/views/protocol.ts). */
export async function POST(request: Request) {
  let sent;
  try {
    // Size and type before anything else: an oversized body is refused before it is buffered (lib/http/body.ts).
    const body = await readJsonBody(request, BODY_LIMITS.chat);
    if (!body.ok) return body.response;
    const token = await readConversationToken();
    const limited = await customerLimits(request, token, "messages");
    if (limited) return limited;
    sent = await sendMessage(token, body.value);
    if (sent.newToken) await writeConversationToken(sent.newToken, request);
  } catch (error) {
    return chatErrorResponse(error, { route: "POST /api/chat" });
  }
  const { conversationId } = sent;
  // The turn runs to completion even if the browser goes away, so the reply is in the transcript on reload.
  return chatStreamResponse((write) => sent.answer(write, { defer: after }), {
    onError: (error) => {
      log.error("chat.turn_failed", { error, conversationId });
      return "We couldn't finish that reply. Your message is saved; please try again or ask for a person.";
    },
  });
}
