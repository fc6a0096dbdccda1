import "server-only";
import { clearCounter, hasMarker, hitCounter, setMarker } from "@/lib/db/rate-counters";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Sign-in limits (H2, M8), counted in the database (lib/db/rate-counters.ts) so they hold across instances.
 *
 * Every attempt is counted BEFORE its password is checked, in one atomic statement: of 60 parallel attempts only
 * the first 5 reach the password check, whatever their timing.
 * - Per account AND client (the client's address, lib/http/client-ip.ts): 5 attempts in 15 minutes, then that
 *   client is locked out of that account for the rest of the window. A success clears the count. Someone guessing
 *   from elsewhere locks only themselves, never the account's owner.
 * - Per account, from clients that have not signed in to it before: 20 attempts an hour in all. This slower,
 *   account-wide throttle bounds guessing spread over many addresses; the owner, at a place they have signed in from
 *   in the last 30 days, is not subject to it, so an attacker cannot use it to keep them out either.
 */
const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const SIGN_IN_MAX_ATTEMPTS = 5;
const ACCOUNT_WINDOW_MS = 60 * 60 * 1000;
const ACCOUNT_MAX_ATTEMPTS = 20;
const KNOWN_CLIENT_TTL_MS = 30 * 24 * 60 * 60 * 1000;

type SignInGate = { allowed: true } | { allowed: false; scope: "client" | "account"; retryAfterSeconds: number };

const keys = (email: string, client: string) => ({
  pair: `signin:client:${email}:${client}`,
  account: `signin:account:${email}`,
  known: `signin:known:${email}:${client}`,
});

const secondsUntil = (at: Date, now: Date) => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));

/** Counts this attempt and says whether its password may be checked at all. */
export async function admitSignInAttempt(
  prisma: PrismaClient,
  email: string,
  client: string,
  now = new Date(),
): Promise<SignInGate> {
  const key = keys(email, client);
  const pair = await hitCounter(prisma, key.pair, SIGN_IN_WINDOW_MS, now);
  if (pair.count > SIGN_IN_MAX_ATTEMPTS)
    return { allowed: false, scope: "client", retryAfterSeconds: secondsUntil(pair.resetAt, now) };
  if (await hasMarker(prisma, key.known, now)) return { allowed: true };
  const account = await hitCounter(prisma, key.account, ACCOUNT_WINDOW_MS, now);
  if (account.count > ACCOUNT_MAX_ATTEMPTS)
    return { allowed: false, scope: "account", retryAfterSeconds: secondsUntil(account.resetAt, now) };
  return { allowed: true };
}

/** A correct password: this client starts afresh on this account and counts as known for 30 days. */
export async function signInSucceeded(
  prisma: PrismaClient,
  email: string,
  client: string,
  now = new Date(),
): Promise<void> {
  const key = keys(email, client);
  await clearCounter(prisma, key.pair);
  await setMarker(prisma, key.known, KNOWN_CLIENT_TTL_MS, now);
}
