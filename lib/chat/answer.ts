import "server-only";
import type { ChatMessageView, ConversationStatus } from "@/lib/views/protocol";
import { db } from "@/lib/db/client";
import { toMessageView } from "@/lib/views/message-view";
import { productNames } from "@/lib/commerce/catalog-names";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import {
  claimStaleMessage,
  type ClaimedMessage,
  renewLease,
  replyStateRow,
  unansweredMessageIds,
} from "@/lib/db/turn-leases";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { handOff } from "@/lib/pipeline/handoff";
import { type PipelineRuntime, pipelineRuntime } from "@/lib/pipeline/runtime";
import { runAiTurn, type TurnSink } from "@/lib/pipeline/turn";

/**
 * Every customer message the AI should answer is answered once, even across a crash and across instances (M3 and
 * L3, issue 11).
 *
 * A message's turn is held by a lease: `Message.turnClaimedAt` (the message's own time until someone renews it),
 * renewed every few seconds by whoever runs the turn. A message with no turn trace whose lease has gone stale (the
 * instance that held it stopped: SIGKILL, OOM, a deploy) is claimed again by one conditional UPDATE (on PostgreSQL
 * the second of two instances waits for the first's row lock, then sees the fresh lease and claims nothing), then
 * answered, or handed to a person when it is too old to answer now or its turn already failed again. This runs:
 * - when the server starts (instrumentation-node.ts), and again once the dead process's leases have run out;
 * - when the customer reads the conversation (loadBootstrap), for that conversation;
 * - when the customer retries the send (the same clientMessageId): the retry waits for the reply of a turn still
 *   running elsewhere (ten parallel retries all get the one reply) or, if that turn died, runs it itself.
 * Only the conversation's latest message counts: a later message's turn saw the earlier one in its history.
 */
export const TURN_LEASE_MS = 15_000;
/** An unanswered message older than this goes to a person: an AI answer an hour late helps nobody. */
export const ANSWER_WINDOW_MS = 60 * 60_000;
/** Recovered attempts before a person takes over: the turn itself may be what crashes. */
export const MAX_RECOVERIES = 1;
/** How long a retried send waits for a reply another request is producing (a model reply's total deadline, and some). */
const MAX_WAIT_MS = 90_000;
const POLL_MS = 150;
/** Only conversations with activity this recent are swept on start. */
const SWEEP_HORIZON_MS = 7 * 24 * 60 * 60_000;

export type AnswerOutcome = {
  reply: ChatMessageView | null;
  /** The conversation's status when it is no longer the AI's (a handoff this turn, or a person already holds it). */
  handoff: { status: ConversationStatus; notice: ChatMessageView | null } | null;
};

export type AnswerOptions = {
  prisma?: PrismaClient;
  runtime?: PipelineRuntime;
  leaseMs?: number;
  answerWindowMs?: number;
  maxWaitMs?: number;
  signal?: AbortSignal;
  /** A simulation's clock, for the turn (proposal expiry, dates in answers). */
  now?: () => Date;
  catalog?: () => Promise<string[]>;
};

/** The store's product names (cached per process), or the caller's own catalog: a test's, a simulation's. */
export function readCatalog(options: { prisma: PrismaClient; catalog?: () => Promise<string[]> }): Promise<string[]> {
  return options.catalog ? options.catalog() : productNames(prismaCommerceStore(options.prisma));
}

const NO_SINK: TurnSink = { textStart() {}, textDelta() {}, textEnd() {} };
const NOTHING: AnswerOutcome = { reply: null, handoff: null };

/**
 * Answers an accepted message (see acceptCustomerMessage). A new message in an AI conversation: its turn runs here,
 * under its lease. A retried send: the stored reply, or the reply once the turn running elsewhere has written it,
 * or, when that turn died, this request runs it.
 */
export async function answerCustomerMessage(
  input: {
    conversationId: string;
    customerMessage: { id: string; text: string };
    status: ConversationStatus;
    duplicate: boolean;
    sink: TurnSink;
  },
  options: AnswerOptions = {},
): Promise<AnswerOutcome> {
  const prisma = options.prisma ?? db();
  if (!input.duplicate) {
    if (input.status !== "ai") return NOTHING;
    return runLeasedTurn(prisma, options, input.conversationId, input.customerMessage, input.sink);
  }
  const leaseMs = options.leaseMs ?? TURN_LEASE_MS;
  const deadline = Date.now() + (options.maxWaitMs ?? MAX_WAIT_MS);
  for (;;) {
    const state = await replyState(prisma, input.conversationId, input.customerMessage.id);
    if (!state) return NOTHING;
    if (state.traced)
      return { reply: state.reply, handoff: state.status === "ai" ? null : { status: state.status, notice: null } };
    if (state.status !== "ai") return { reply: null, handoff: { status: state.status, notice: null } };
    if (state.leaseAt.getTime() < Date.now() - leaseMs) {
      const claimed = await claimStaleMessage(prisma, input.customerMessage.id, new Date(), leaseMs);
      if (claimed) return answerClaimed(prisma, options, claimed, input.sink);
      // Not the latest message any more, or someone else claimed it a moment ago: look again.
      if (!state.latest) return NOTHING;
    }
    if (Date.now() > deadline || options.signal?.aborted) return NOTHING;
    await sleep(POLL_MS);
  }
}

/**
 * Answers (or hands over) the messages left without a turn: every AI conversation's latest message with no trace
 * and a stale lease, or only those of one conversation. Safe to run on several instances at once.
 */
export async function recoverUnanswered(
  options: AnswerOptions & { conversationId?: string; limit?: number } = {},
): Promise<{ answered: number; handedOff: number }> {
  const prisma = options.prisma ?? db();
  const leaseMs = options.leaseMs ?? TURN_LEASE_MS;
  const now = Date.now();
  const candidates = await unansweredMessageIds(prisma, {
    ...(options.conversationId ? { conversationId: options.conversationId } : {}),
    activeSince: new Date(now - SWEEP_HORIZON_MS),
    staleBefore: new Date(now - leaseMs),
    limit: options.limit ?? 100,
  });
  const result = { answered: 0, handedOff: 0 };
  for (const id of candidates) {
    const claimed = await claimStaleMessage(prisma, id, new Date(), leaseMs);
    if (!claimed) continue;
    try {
      const outcome = await answerClaimed(prisma, options, claimed, NO_SINK);
      if (outcome.reply || !outcome.handoff || outcome.handoff.notice === null) result.answered++;
      else result.handedOff++;
      log.info("chat.recovered", {
        conversationId: claimed.conversationId,
        messageId: id,
        outcome: outcome.reply ? "answered" : (outcome.handoff?.status ?? "none"),
      });
    } catch (error) {
      log.error("chat.recovery_failed", { error, conversationId: claimed.conversationId, messageId: id });
    }
  }
  return result;
}

/** Recovery for one conversation, in the background (a customer's read must not wait for a model). */
export function recoverConversationInBackground(conversationId: string, options: AnswerOptions = {}): Promise<void> {
  return recoverUnanswered({ ...options, conversationId, limit: 1 }).then(
    () => undefined,
    (error: unknown) => log.error("chat.recovery_failed", { error, conversationId }),
  );
}

async function answerClaimed(
  prisma: PrismaClient,
  options: AnswerOptions,
  claimed: ClaimedMessage,
  sink: TurnSink,
): Promise<AnswerOutcome> {
  const tooOld = claimed.createdAt.getTime() < Date.now() - (options.answerWindowMs ?? ANSWER_WINDOW_MS);
  if (tooOld || claimed.turnAttempts > MAX_RECOVERIES) {
    const runtime = options.runtime ?? pipelineRuntime();
    const handoff = await handOff(prisma, {
      conversationId: claimed.conversationId,
      reason: "reply_interrupted",
      policy: runtime.policySet.policy,
    });
    return { reply: null, handoff: { status: handoff.status, notice: handoff.notice } };
  }
  return runLeasedTurn(prisma, options, claimed.conversationId, { id: claimed.id, text: claimed.body }, sink);
}

/** Runs the turn while renewing the message's lease, so no one else takes it over while it is alive. */
async function runLeasedTurn(
  prisma: PrismaClient,
  options: AnswerOptions,
  conversationId: string,
  customerMessage: { id: string; text: string },
  sink: TurnSink,
): Promise<AnswerOutcome> {
  const leaseMs = options.leaseMs ?? TURN_LEASE_MS;
  const renew = () =>
    renewLease(prisma, customerMessage.id).catch((error: unknown) =>
      log.warn("chat.lease_renew_failed", { error, conversationId }),
    );
  const timer = setInterval(() => void renew(), Math.max(50, Math.floor(leaseMs / 3)));
  try {
    const runtime = options.runtime ?? pipelineRuntime();
    const outcome = await runAiTurn({
      prisma,
      ...runtime,
      catalog: await readCatalog({ ...options, prisma }),
      conversationId,
      customerMessage,
      sink,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    return { reply: outcome.reply, handoff: outcome.handoff };
  } finally {
    clearInterval(timer);
  }
}

type ReplyState = {
  status: ConversationStatus;
  traced: boolean;
  reply: ChatMessageView | null;
  leaseAt: Date;
  latest: boolean;
};

async function replyState(prisma: PrismaClient, conversationId: string, messageId: string): Promise<ReplyState | null> {
  const row = await replyStateRow(prisma, conversationId, messageId);
  return row ? { ...row, reply: row.reply ? toMessageView(row.reply) : null } : null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
