import "server-only";
import { log } from "@/lib/log";
import { runDraftTurn } from "@/lib/pipeline/draft";
import type { TurnSink } from "@/lib/pipeline/turn";
import { answerCustomerMessage, readCatalog } from "./answer";
import { type AcceptedMessage, acceptCustomerMessage, type ChatDeps, chatDeps } from "./service";
import type { ChatStreamWriter } from "./ui-stream";

/**
 * A customer's message, from the request body to the last streamed word: accept (validate, screen, store once),
 * choose (a retried send, a conversation a person holds, an AI conversation) and run. The route handler keeps only
 * the cookie and the stream; the conversation driver behind the pipeline's tests and `npm run simulate` sends through
 * here too, so the choice is tested below the browser.
 *
 * Sending has two steps because the cookie must be set before the stream starts: `sendMessage` accepts (and throws
 * ChatError for anything the customer must fix: the route answers those with a status code), and the returned
 * `answer` runs the chosen branch, writing the stream's parts.
 */
export type SentMessage = AcceptedMessage & {
  answer(write: ChatStreamWriter, options?: AnswerRunOptions): Promise<void>;
};

export type AnswerRunOptions = {
  /**
   * Runs work the customer does not wait for (the draft a person gets when they hold the conversation). The route
   * hands it to Next.js's `after`; without it, the work runs before `answer` returns.
   */
  defer?: (task: () => Promise<void>) => void;
};

export async function sendMessage(
  token: string | undefined,
  body: unknown,
  deps: ChatDeps = chatDeps(),
): Promise<SentMessage> {
  const accepted = await acceptCustomerMessage(token, body, deps);
  return { ...accepted, answer: (write, options = {}) => answer(accepted, write, deps, options) };
}

async function answer(
  accepted: AcceptedMessage,
  write: ChatStreamWriter,
  deps: ChatDeps,
  options: AnswerRunOptions,
): Promise<void> {
  const { conversationId, customerMessage, status, duplicate } = accepted;
  write({ type: "data-ack", data: { customerMessageId: customerMessage.id, conversationId } });

  // A person holds the conversation: the AI stays quiet and drafts a reply for them.
  if (!duplicate && (status === "waiting_human" || status === "human")) {
    const draft = () => draftForAgent(accepted, deps);
    if (options.defer) options.defer(draft);
    else await draft();
    return;
  }
  if (!duplicate && status !== "ai") return;

  // A new message runs its turn under a lease, so a crash mid-reply is answered after a restart; a retried send is
  // answered once: the stored reply, the reply of the turn still running elsewhere, or (that turn died) a turn here.
  const outcome = await answerCustomerMessage(
    { conversationId, customerMessage, status, duplicate, sink: textSink(write) },
    deps,
  );
  if (outcome.reply) write({ type: "data-reply", data: outcome.reply });
  if (outcome.handoff) {
    const { status: next, notice } = outcome.handoff;
    write({ type: "data-status", data: { status: next, ...(notice ? { notice } : {}) } });
  }
}

async function draftForAgent({ conversationId, customerMessage }: AcceptedMessage, deps: ChatDeps): Promise<void> {
  try {
    await runDraftTurn({
      prisma: deps.prisma,
      ...deps.runtime,
      catalog: await readCatalog(deps),
      conversationId,
      customerMessage,
      ...(deps.now ? { now: deps.now } : {}),
    });
  } catch (error) {
    log.error("chat.draft_failed", { error, conversationId });
  }
}

function textSink(write: ChatStreamWriter): TurnSink {
  return {
    textStart: (id) => write({ type: "text-start", id }),
    textDelta: (id, delta) => write({ type: "text-delta", id, delta }),
    textEnd: (id) => write({ type: "text-end", id }),
  };
}
