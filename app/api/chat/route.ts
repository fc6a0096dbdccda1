import { createUIMessageStream, createUIMessageStreamResponse } from "ai";
import { after } from "next/server";
import type { ChatStreamData } from "@/lib/chat/protocol";
import { type AnswerOutcome, answerCustomerMessage } from "@/lib/chat/answer";
import { acceptCustomerMessage, loadBootstrap } from "@/lib/chat/service";
import { db } from "@/lib/db/client";
import { productNames } from "@/lib/db/products";
import { log } from "@/lib/log";
import { pipelineRuntime } from "@/lib/pipeline/runtime";
import { runDraftTurn } from "@/lib/pipeline/draft";
import { BODY_LIMITS, readJsonBody } from "@/lib/http/body";
import { chatErrorResponse, readConversationToken, writeConversationToken } from "./cookie";
import { customerLimits } from "./guard";

export const dynamic = "force-dynamic";

/** The caller's transcript (the page renders the same data server-side; this serves reconnects and tests). */
export async function GET() {
  try {
    return Response.json(await loadBootstrap(await readConversationToken()), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return chatErrorResponse(error, { route: "GET /api/chat" });
  }
}

/** A customer message: stored first, then answered as a stream (see lib/chat/protocol.ts). */
export async function POST(request: Request) {
  let accepted;
  try {
    // Size and type before anything else: an oversized body is refused before it is buffered (lib/http/body.ts).
    const body = await readJsonBody(request, BODY_LIMITS.chat);
    if (!body.ok) return body.response;
    const token = await readConversationToken();
    const limited = await customerLimits(request, token, "messages");
    if (limited) return limited;
    accepted = await acceptCustomerMessage(token, body.value);
    if (accepted.newToken) await writeConversationToken(accepted.newToken, request);
  } catch (error) {
    return chatErrorResponse(error, { route: "POST /api/chat" });
  }
  const { conversationId, customerMessage, status, duplicate } = accepted;

  const stream = createUIMessageStream({
    // The turn runs to completion even if the browser goes away, so the reply is in the transcript on reload.
    execute: async ({ writer }) => {
      const write = (part: Parameters<typeof writer.write>[0] | ChatStreamData) => {
        try {
          writer.write(part as Parameters<typeof writer.write>[0]);
        } catch {
          // The client disconnected; keep working so the reply is stored.
        }
      };
      write({ type: "data-ack", data: { customerMessageId: customerMessage.id, conversationId } });

      const sink = {
        textStart: (id: string) => write({ type: "text-start", id }),
        textDelta: (id: string, delta: string) => write({ type: "text-delta", id, delta }),
        textEnd: (id: string) => write({ type: "text-end", id }),
      };
      const send = (outcome: AnswerOutcome) => {
        if (outcome.reply) write({ type: "data-reply", data: outcome.reply });
        if (outcome.handoff) {
          const { status, notice } = outcome.handoff;
          write({ type: "data-status", data: { status, ...(notice ? { notice } : {}) } });
        }
      };
      if (duplicate) {
        // A retried send is answered once: the stored reply, or the reply once the turn still running elsewhere has
        // written it, or (that turn died with its server) the turn runs here (lib/chat/answer.ts).
        send(await answerCustomerMessage({ conversationId, customerMessage, status, duplicate, sink }));
        return;
      }
      // A person holds the conversation: the AI stays quiet and drafts a reply for them, after the response.
      if (status === "waiting_human" || status === "human") {
        after(async () => {
          try {
            await runDraftTurn({ prisma: db(), ...pipelineRuntime(), catalog: await productNames(db()), conversationId, customerMessage });
          } catch (error) {
            log.error("chat.draft_failed", { error, conversationId });
          }
        });
        return;
      }
      if (status !== "ai") return;

      // The turn runs under a lease on the message, so a crash mid-reply is answered after a restart.
      send(await answerCustomerMessage({ conversationId, customerMessage, status, duplicate, sink }));
    },
    onError: (error) => {
      log.error("chat.turn_failed", { error, conversationId });
      return "We couldn't finish that reply. Your message is saved; please try again or ask for a person.";
    },
  });
  // no-cache rather than no-store: both keep proxies from caching; no-store also makes Chromium drop the body
  // from its devtools buffer, which the end-to-end tests read.
  return createUIMessageStreamResponse({ stream, headers: { "Cache-Control": "no-cache" } });
}
