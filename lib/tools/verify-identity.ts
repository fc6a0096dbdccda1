import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import {
  claimThrottleHandoff,
  conversationExists,
  conversationHandoffReason,
  forgetIdleThrottleKeys,
  lockExhaustedKeys,
  markVerified,
  releaseThrottleKeys,
  reserveConversationAttempt,
  reserveThrottleKey,
  type ThrottleLimits,
  throttleLockedUntil,
  verificationAttempts,
} from "@/lib/db/verification";
import {
  allow,
  deny,
  nowOf,
  orderNumberSchema,
  type ToolContext,
  ToolContextError,
  type ToolDecision,
} from "./authorize";
import { runTool } from "./run-tool";
import { maskEmail } from "./format";

/**
 * Identity is proven by knowledge of two facts the store holds together: the account's email and one of its
 * order numbers. Every failure reads the same whichever fact was wrong, so the tool never reveals whether an
 * email has an account. Failed attempts are limited twice over: per conversation (the policy's max_attempts; the
 * conversation locks and, the first time, goes to a person) and across conversations per email and per order number
 * (VERIFICATION_THROTTLE, counted in the database): a guesser who starts a new conversation every few tries is locked
 * out of that email or order until a stated time, each lock twice as long as the one before. A locked key hands the
 * conversation to a person once per lock window, so a guesser cannot fill the human queue either.
 */
export const verifyIdentityInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()).describe("The email address the customer gave"),
    orderNumber: orderNumberSchema,
  })
  .strict();

type VerifyIdentityResult = { verified: true; firstName: string };

export const verifyIdentityDescription =
  "Verify the customer's identity. Required before looking up or changing any order. Pass the email address on " +
  "their account and one of their order numbers, both exactly as the customer wrote them; never guess or complete " +
  "them yourself. The answer says only whether the two match. Attempts are limited; when they are used up, " +
  "verification locks and the conversation goes to a person.";

const LOCKED =
  "I wasn't able to verify your identity, and for your account's safety I can't try again here. I'm bringing in a member of our team who can help you verify another way.";

/** Locked, without a handover (a person was already brought in for these details within the lock window). */
const LOCKED_QUIETLY =
  "I wasn't able to verify your identity, and for your account's safety I can't try again here. If you need help with an order, choose \"Talk to a person\" and a member of our team will help you verify another way.";

function failedMessage(remaining: number): string {
  const left = remaining === 1 ? "1 more attempt" : `${remaining} more attempts`;
  return `I couldn't verify those details. Please check the email address and order number and try again (${left}).`;
}

function throttledMessage(until: Date, now: Date): string {
  const time = until.toISOString().slice(11, 16);
  const sameDay = until.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  const when = sameDay
    ? `${time} UTC`
    : `${until.toLocaleDateString("en-US", { timeZone: "UTC", month: "short", day: "numeric" })}, ${time} UTC`;
  return `For your account's safety I can't check those details again right now: there have been too many unsuccessful attempts. Please try again after ${when}, or choose "Talk to a person" if you need help sooner.`;
}

/**
 * Limits across conversations. `maxFailures` failed attempts on one key (an email or an order number) within
 * `windowMs` lock it for `baseLockMs`, doubling with each further lock up to `maxLockMs`; the count of locks is
 * forgotten `forgetLocksAfterMs` after the last one ended. Deliberately a constant, not policy: it is a security
 * limit, not a support rule.
 */
export const VERIFICATION_THROTTLE = {
  maxFailures: 5,
  windowMs: 60 * 60_000,
  baseLockMs: 15 * 60_000,
  maxLockMs: 24 * 60 * 60_000,
  forgetLocksAfterMs: 24 * 60 * 60_000,
  /** A lock on a key goes to the human queue at most once per this long. */
  handoffWindowMs: 60 * 60_000,
} as const satisfies ThrottleLimits;

/** The keys an attempt counts against. The email is hashed: attempted addresses are not kept in clear. */
function throttleKeys(input: { email: string; orderNumber: string }): string[] {
  return [
    `email:${createHash("sha256").update(input.email.trim().toLowerCase()).digest("hex")}`,
    `order:${input.orderNumber}`,
  ];
}

/** The audit keeps a masked email: enough to recognise a pattern of attempts, not a list of addresses. */
function auditInput(raw: unknown): { email: string | null; orderNumber: string | null } {
  const input = (raw ?? {}) as { email?: unknown; orderNumber?: unknown };
  return {
    email: typeof input.email === "string" ? maskEmail(input.email.trim()) : null,
    orderNumber: typeof input.orderNumber === "string" ? input.orderNumber.slice(0, 40) : null,
  };
}

export function verifyIdentity(ctx: ToolContext, raw: unknown): Promise<ToolDecision<VerifyIdentityResult>> {
  return runTool(
    ctx,
    "verify_identity",
    verifyIdentityInputSchema,
    raw,
    async (input) => {
      const max = ctx.policy.tools.verification.max_attempts;
      const now = nowOf(ctx);
      const keys = throttleKeys(input);

      // Across conversations first: a locked email or order is refused before anything is checked.
      const reserved: string[] = [];
      for (const key of keys) {
        if (await reserveThrottleKey(ctx.prisma, key, now, VERIFICATION_THROTTLE)) {
          reserved.push(key);
          continue;
        }
        await releaseThrottleKeys(ctx.prisma, reserved, now);
        await requireConversation(ctx);
        return throttled(ctx, keys, now);
      }

      // Then the conversation's own limit, reserved atomically too.
      if (!(await reserveConversationAttempt(ctx.prisma, ctx.conversationId, max))) {
        await releaseThrottleKeys(ctx.prisma, reserved, now);
        await requireConversation(ctx);
        return lockedHere(ctx, keys, now, false);
      }

      // Both lookups always run, so success and each kind of failure cost the same.
      const [customer, order] = await Promise.all([
        ctx.store.findCustomerByEmail(input.email),
        ctx.store.getOrder(input.orderNumber),
      ]);
      if (customer && order && order.customerId === customer.id) {
        // A success gives its reserved attempts back but does not clear earlier failures: knowing one valid pair
        // must not reset the counter for guessing at others.
        await releaseThrottleKeys(ctx.prisma, reserved, now);
        await markVerified(ctx.prisma, ctx.conversationId, customer.id, now);
        const firstName = customer.name.split(/\s+/)[0] ?? customer.name;
        return allow({ verified: true as const, firstName }, `Thanks, ${firstName}, you're verified.`);
      }

      await lockExhaustedKeys(ctx.prisma, keys, now, VERIFICATION_THROTTLE);
      // Now and then, forget keys nobody has tried for two days (and that are not locked).
      if (Math.random() < 0.01) {
        await forgetIdleThrottleKeys(
          ctx.prisma,
          new Date(now.getTime() - 2 * VERIFICATION_THROTTLE.forgetLocksAfterMs),
          now,
        );
      }
      const attempts = await verificationAttempts(ctx.prisma, ctx.conversationId);
      if (attempts === null) throw new ToolContextError(`conversation ${ctx.conversationId} does not exist`);
      if (attempts >= max) return lockedHere(ctx, keys, now, true);
      const until = await throttleLockedUntil(ctx.prisma, keys, now);
      if (until) return deny("verification_failed", throttledMessage(until, now));
      return deny("verification_failed", failedMessage(max - attempts));
    },
    { auditInput, target: () => `conversation:${ctx.conversationId}` },
  );
}

/**
 * Refused by the limit across conversations. The reason stays `verification_failed`, which hands nothing over and
 * does not count as a refused action (lib/pipeline/turn.ts): a locked key must not fill the human queue.
 */
async function throttled(ctx: ToolContext, keys: string[], now: Date): Promise<ToolDecision<VerifyIdentityResult>> {
  const until =
    (await throttleLockedUntil(ctx.prisma, keys, now)) ?? new Date(now.getTime() + VERIFICATION_THROTTLE.baseLockMs);
  return deny("verification_failed", throttledMessage(until, now));
}

/**
 * The conversation's attempts are used up. The first lock on these details within the handoff window goes to a
 * person (`verification_locked`, escalate); later ones, in this conversation or another, stay with the customer,
 * who can still ask for a person.
 */
async function lockedHere(
  ctx: ToolContext,
  keys: string[],
  now: Date,
  justLocked: boolean,
): Promise<ToolDecision<VerifyIdentityResult>> {
  if (justLocked) {
    const cutoff = new Date(now.getTime() - VERIFICATION_THROTTLE.handoffWindowMs);
    if (await claimThrottleHandoff(ctx.prisma, keys, now, cutoff)) return deny("verification_locked", LOCKED, true);
    return deny("verification_failed", LOCKED_QUIETLY);
  }
  // Locked earlier: hand over (again; the handoff is idempotent) only if this conversation's lock was handed over.
  if ((await conversationHandoffReason(ctx.prisma, ctx.conversationId)) === "verification_locked")
    return deny("verification_locked", LOCKED, true);
  return deny("verification_failed", LOCKED_QUIETLY);
}

async function requireConversation(ctx: ToolContext): Promise<void> {
  if (!(await conversationExists(ctx.prisma, ctx.conversationId)))
    throw new ToolContextError(`conversation ${ctx.conversationId} does not exist`);
}

/** For the escalation stage: whether this conversation has used up its verification attempts. */
export async function isVerificationLocked(
  ctx: Pick<ToolContext, "prisma" | "policy" | "conversationId">,
): Promise<boolean> {
  const attempts = await verificationAttempts(ctx.prisma, ctx.conversationId);
  return attempts !== null && attempts >= ctx.policy.tools.verification.max_attempts;
}
