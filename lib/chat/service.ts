import "server-only";
import { withPendingProposal } from "@/lib/pipeline/proposal-view";
import { z } from "zod";
import type { ChatBootstrap, ChatErrorCode } from "@/lib/views/protocol";
import { recoverConversationInBackground } from "@/lib/chat/answer";
import { hashConversationToken, isWellFormedToken, newConversationToken } from "@/lib/chat/token";
import { db } from "@/lib/db/client";
import {
  createConversation,
  findConversationByTokenHash,
  findSendContext,
  insertMessage,
  unsafeCustomerTranscript,
} from "@/lib/db/conversations";
import { toMessageView } from "@/lib/views/message-view";
import { UserFacingError } from "@/lib/errors";
import { handOff } from "@/lib/pipeline/handoff";
import { maskForStorage } from "@/lib/signals/pii";
import { type PipelineRuntime, pipelineRuntime } from "@/lib/pipeline/runtime";
import { findMessageByClientId } from "@/lib/db/turn-leases";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { screenMessage } from "@/lib/pipeline/screen";

/**
 * What a customer can do with their conversation. Access is the cookie token and nothing else: a customer never
 * names a conversation id, so they cannot name somebody else's.
 */
export class ChatError extends UserFacingError<ChatErrorCode> {}

export async function loadBootstrap(token: string | undefined): Promise<ChatBootstrap> {
  const { policySet } = pipelineRuntime();
  const { policy } = policySet;
  const base = {
    greeting: policy.disclosure.greeting,
    storeName: policy.brand.store_name,
    assistantName: policy.brand.assistant_name,
    maxMessageChars: policy.limits.max_message_chars,
  };
  const conversation = isWellFormedToken(token)
    ? await findConversationByTokenHash(db(), hashConversationToken(token))
    : null;
  if (!conversation) return { ...base, conversationId: null, status: "ai", messages: [] };
  // A message left unanswered by a crash is answered (or handed over) now; the reply arrives on the live feed.
  if (conversation.status === "ai") void recoverConversationInBackground(conversation.id);
  const messages = await withPendingProposal(
    db(),
    conversation.id,
    (await unsafeCustomerTranscript(db(), conversation.id)).map(toMessageView),
  );
  return { ...base, conversationId: conversation.id, status: conversation.status, messages };
}

export const sendRequestSchema = z.object({
  // The screen stage enforces the policy limit with a friendly message; this bound only stops absurd bodies.
  text: z.string().max(200_000),
  clientMessageId: z.uuid(),
});

export type AcceptedMessage = {
  conversationId: string;
  status: "ai" | "waiting_human" | "human" | "resolved";
  customerMessage: { id: string; text: string };
  /** Set when this request started a conversation: the route handler sets it as the cookie. */
  newToken?: string;
  /** The same clientMessageId was sent before: the message is stored once and not answered twice. */
  duplicate: boolean;
};

const REUSED_ID =
  "This message's id was already used for a different message. Please reload the page and send it again.";

/**
 * What the chat services run on: the process's database and pipeline runtime, or a test's or a simulation's own
 * (a PGlite database, a fake model server, a clock in the past for seeded history).
 */
export type ChatDeps = {
  prisma: PrismaClient;
  runtime: PipelineRuntime;
  now?: () => Date;
  /** The store's product names, for reading "the boots" in a request; cached per process unless given. */
  catalog?: () => Promise<string[]>;
};

export function chatDeps(): ChatDeps {
  return { prisma: db(), runtime: pipelineRuntime() };
}

/** Validates, rate-limits and stores a customer message. Throws ChatError for anything the customer must fix. */
export async function acceptCustomerMessage(
  token: string | undefined,
  body: unknown,
  deps: ChatDeps = chatDeps(),
): Promise<AcceptedMessage> {
  const parsed = sendRequestSchema.safeParse(body);
  if (!parsed.success) throw new ChatError("invalid_request", "That message could not be read. Please try again.", 400);
  const { policy } = deps.runtime.policySet;
  const screened = screenMessage(parsed.data.text, policy.limits);
  if (!screened.ok)
    throw new ChatError(screened.code, screened.message, screened.code === "message_too_long" ? 413 : 400);
  // What is stored, and what the turn reads: card numbers and government ids masked (the last four kept).
  const text = maskForStorage(screened.text);
  const { clientMessageId } = parsed.data;

  const { prisma } = deps;
  const windowMs = policy.limits.burst_window_seconds * 1000;
  const known = isWellFormedToken(token)
    ? await findSendContext(prisma, {
        accessTokenHash: hashConversationToken(token),
        clientMessageId: parsed.data.clientMessageId,
        since: new Date((deps.now?.() ?? new Date()).getTime() - windowMs),
      })
    : null;
  // A resolved conversation is closed; writing again starts a new one, as a new visit would.
  const open = known && known.conversation.status !== "resolved" ? known : null;
  const { conversation, newToken } = open
    ? { conversation: open.conversation, newToken: undefined }
    : await startConversation(deps);

  const duplicateOf = (existing: { id: string; body: string }): AcceptedMessage => {
    // The same id with other words is a client bug (or a replay), not a retry: say so rather than answer the old one.
    if (existing.body !== text) throw new ChatError("client_message_id_reused", REUSED_ID, 409);
    return {
      conversationId: conversation.id,
      status: conversation.status,
      customerMessage: { id: existing.id, text: existing.body },
      duplicate: true,
    };
  };
  if (open?.existingMessageId) return duplicateOf({ id: open.existingMessageId, body: open.existingBody ?? "" });

  if (open && open.recentCustomerMessages >= policy.limits.burst_messages) {
    throw new ChatError(
      "rate_limited",
      `You're sending messages faster than we can read them. Please wait a few seconds and send again; your text is still in the box.`,
      429,
      { retryAfterSeconds: policy.limits.burst_window_seconds },
    );
  }

  let message;
  try {
    message = await insertMessage(prisma, {
      conversationId: conversation.id,
      role: "customer",
      body: text,
      clientMessageId,
    });
  } catch (error) {
    // Parallel sends of one message: all read "not stored yet", one insert wins, the others are its duplicates.
    const existing = isUniqueViolation(error)
      ? await findMessageByClientId(prisma, conversation.id, clientMessageId)
      : null;
    if (!existing) throw error;
    return duplicateOf(existing);
  }
  return {
    conversationId: conversation.id,
    status: conversation.status,
    customerMessage: { id: message.id, text: message.body },
    duplicate: false,
    ...(newToken ? { newToken } : {}),
  };
}

/** PostgreSQL's unique_violation, however the driver adapter wraps it. */
function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === "object" && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, meta, message } = e as {
      code?: unknown;
      meta?: { code?: unknown; driverAdapterError?: unknown };
      message?: unknown;
    };
    if (code === "P2002" || code === "23505" || meta?.code === "23505") return true;
    if (typeof message === "string" && /unique constraint|UniqueConstraintViolation|23505/i.test(message)) return true;
  }
  return false;
}

/** The caller's open conversation, or a new one. */
async function openConversation(token: string | undefined) {
  const existing = isWellFormedToken(token)
    ? await findConversationByTokenHash(db(), hashConversationToken(token))
    : null;
  // A resolved conversation is closed; writing again starts a new one, as a new visit would.
  if (existing && existing.status !== "resolved") return { conversation: existing, newToken: undefined };
  return startConversation();
}

/** A new conversation, with the AI disclosure as its first message, and the token that opens it. */
export async function startConversation(deps: ChatDeps = chatDeps()) {
  const newToken = newConversationToken();
  const conversation = await createConversation(deps.prisma, {
    accessTokenHash: hashConversationToken(newToken),
    greeting: deps.runtime.policySet.policy.disclosure.greeting,
  });
  return { conversation, newToken };
}

/** "Talk to a person": works at any turn, even before the first message. */
export async function requestHuman(token: string | undefined) {
  const { conversation, newToken } = await openConversation(token);
  const result = await handOff(db(), {
    conversationId: conversation.id,
    reason: "customer_request",
    policy: pipelineRuntime().policySet.policy,
    by: "customer",
  });
  return { ...result, conversationId: conversation.id, newToken };
}
