import { createHash, randomBytes } from "node:crypto";

/**
 * A customer's conversation is reachable only through an unguessable token held in an httpOnly cookie.
 * The database stores its SHA-256, so a leaked database row does not open the conversation.
 */
export const CONVERSATION_COOKIE = "tandem_conversation";
export const CONVERSATION_COOKIE_MAX_AGE = 60 * 60 * 24 * 30; // 30 days

export function newConversationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashConversationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Rejects obviously forged cookies before they reach the database. */
export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
