import "server-only";
import { z } from "zod";
import type { ChatBootstrap, ChatErrorCode } from "@/lib/chat/protocol";
import { hashConversationToken, isWellFormedToken, newConversationToken } from "@/lib/chat/token";
import { db } from "@/lib/db/client";
import {
  createConversation,
  findConversationByTokenHash,
  findSendContext,
  insertMessage,
  unsafeCustomerTranscript,
} from "@/lib/db/conversations";
import { UserFacingError } from "@/lib/errors";
import { handOff } from "@/lib/pipeline/handoff";
import { pipelineRuntime } from "@/lib/pipeline/runtime";
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
  const messages = await unsafeCustomerTranscript(db(), conversation.id);
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

/** Validates, rate-limits and stores a customer message. Throws ChatError for anything the customer must fix. */
export async function acceptCustomerMessage(token: string | undefined, body: unknown): Promise<AcceptedMessage> {
  const parsed = sendRequestSchema.safeParse(body);
  if (!parsed.success) throw new ChatError("invalid_request", "That message could not be read. Please try again.", 400);
  const { policy } = pipelineRuntime().policySet;
  const screened = screenMessage(parsed.data.text, policy.limits);
  if (!screened.ok) throw new ChatError(screened.code, screened.message, screened.code === "message_too_long" ? 413 : 400);

  const prisma = db();
  const windowMs = policy.limits.burst_window_seconds * 1000;
  const known = isWellFormedToken(token)
    ? await findSendContext(prisma, {
        accessTokenHash: hashConversationToken(token),
        clientMessageId: parsed.data.clientMessageId,
        since: new Date(Date.now() - windowMs),
      })
    : null;
  // A resolved conversation is closed; writing again starts a new one, as a new visit would.
  const open = known && known.conversation.status !== "resolved" ? known : null;
  const { conversation, newToken } = open ? { conversation: open.conversation, newToken: undefined } : await startConversation();

  if (open?.existingMessageId) {
    return {
      conversationId: conversation.id,
      status: conversation.status,
      customerMessage: { id: open.existingMessageId, text: screened.text },
      duplicate: true,
    };
  }

  if (open && open.recentCustomerMessages >= policy.limits.burst_messages) {
    throw new ChatError(
      "rate_limited",
      `You're sending messages faster than we can read them. Please wait a few seconds and send again; your text is still in the box.`,
      429,
      { retryAfterSeconds: policy.limits.burst_window_seconds },
    );
  }

  const message = await insertMessage(prisma, {
    conversationId: conversation.id,
    role: "customer",
    body: screened.text,
    clientMessageId: parsed.data.clientMessageId,
  });
  return {
    conversationId: conversation.id,
    status: conversation.status,
    customerMessage: { id: message.id, text: screened.text },
    duplicate: false,
    ...(newToken ? { newToken } : {}),
  };
}

/** The caller's open conversation, or a new one. */
async function openConversation(token: string | undefined) {
  const existing = isWellFormedToken(token) ? await findConversationByTokenHash(db(), hashConversationToken(token)) : null;
  // A resolved conversation is closed; writing again starts a new one, as a new visit would.
  if (existing && existing.status !== "resolved") return { conversation: existing, newToken: undefined };
  return startConversation();
}

/** A new conversation, with the AI disclosure as its first message, and the token that opens it. */
async function startConversation() {
  const newToken = newConversationToken();
  const conversation = await createConversation(db(), {
    accessTokenHash: hashConversationToken(newToken),
    greeting: pipelineRuntime().policySet.policy.disclosure.greeting,
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
