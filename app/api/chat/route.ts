import { createUIMessageStream, createUIMessageStreamResponse } from "ai";
import { after } from "next/server";
import type { ChatStreamData } from "@/lib/chat/protocol";
import { acceptCustomerMessage, loadBootstrap } from "@/lib/chat/service";
import { db } from "@/lib/db/client";
import { unsafeReplyFor } from "@/lib/db/conversations";
import { productNames } from "@/lib/db/products";
import { log } from "@/lib/log";
import { pipelineRuntime } from "@/lib/pipeline/runtime";
import { runDraftTurn } from "@/lib/pipeline/draft";
import { runAiTurn } from "@/lib/pipeline/turn";
import { chatErrorResponse, readConversationToken, writeConversationToken } from "./cookie";

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
    const body: unknown = await request.json().catch(() => null);
    accepted = await acceptCustomerMessage(await readConversationToken(), body);
    if (accepted.newToken) await writeConversationToken(accepted.newToken);
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

      if (duplicate) {
        // A retried send: answer with what was already stored rather than answering twice.
        const reply = await unsafeReplyFor(db(), customerMessage.id);
        if (reply) write({ type: "data-reply", data: reply });
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

      const runtime = pipelineRuntime();
      const outcome = await runAiTurn({
        prisma: db(),
        ...runtime,
        catalog: await productNames(db()),
        conversationId,
        customerMessage,
        sink: {
          textStart: (id) => write({ type: "text-start", id }),
          textDelta: (id, delta) => write({ type: "text-delta", id, delta }),
          textEnd: (id) => write({ type: "text-end", id }),
        },
      });
      if (outcome.reply) write({ type: "data-reply", data: outcome.reply });
      if (outcome.handoff) {
        const { status, notice } = outcome.handoff;
        write({ type: "data-status", data: { status, ...(notice ? { notice } : {}) } });
      }
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
