import "server-only";
import { hitCounter } from "@/lib/db/rate-counters";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { errorResponse } from "./body";

/**
 * Per-client limits for visitors without a staff session (M5): new conversations, messages and "talk to a person"
 * per client address (lib/http/client-ip.ts) in a fixed window. The counters are rows in the database
 * (lib/db/rate-counters.ts), so the limits hold across app instances. These sit on top of the per-conversation
 * burst limit (5 messages in 10 s) that lib/chat/service.ts applies.
 */
export type ClientLimitName = "conversations" | "messages" | "handoffs";
export type ClientLimit = { limit: number; windowSeconds: number };

export const DEFAULT_CLIENT_LIMITS: Record<ClientLimitName, ClientLimit> = {
  conversations: { limit: 10, windowSeconds: 10 * 60 },
  messages: { limit: 30, windowSeconds: 60 },
  handoffs: { limit: 5, windowSeconds: 10 * 60 },
};

const MESSAGES: Record<ClientLimitName, string> = {
  conversations: "You've started a lot of conversations in a short time. Please wait a few minutes and try again.",
  messages: "You're sending messages faster than we can answer them. Please wait a moment and try again.",
  handoffs:
    "You've asked for a person several times already; someone will be with you. Please wait a few minutes before asking again.",
};

export function clientLimits(): Record<ClientLimitName, ClientLimit> {
  return { ...DEFAULT_CLIENT_LIMITS, ...env().TANDEM_CLIENT_LIMITS };
}

/** Counts one use; a 429 response with Retry-After when the client is over the limit, otherwise null. */
export async function enforceClientLimit(
  prisma: PrismaClient,
  name: ClientLimitName,
  client: string,
  now = new Date(),
  limits = clientLimits(),
): Promise<Response | null> {
  const { limit, windowSeconds } = limits[name];
  const hit = await hitCounter(prisma, `client:${name}:${client}`, windowSeconds * 1000, now);
  if (hit.count <= limit) return null;
  const retryAfterSeconds = Math.max(1, Math.ceil((hit.resetAt.getTime() - now.getTime()) / 1000));
  return Response.json(
    { error: { code: "rate_limited", message: MESSAGES[name], retryAfterSeconds } },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}

export { errorResponse };
