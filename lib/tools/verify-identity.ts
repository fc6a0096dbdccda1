import "server-only";
import { z } from "zod";
import { allow, deny, nowOf, orderNumberSchema, runTool, type ToolContext, ToolContextError, type ToolDecision } from "./authorize";
import { maskEmail } from "./format";

/**
 * Identity is proven by knowledge of two facts the store holds together: the account's email and one of its
 * order numbers. Every failure reads the same whichever fact was wrong, so the tool never reveals whether an
 * email has an account. Failed attempts are counted on the conversation and locked at the policy's maximum.
 */
export const verifyIdentityInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()).describe("The email address the customer gave"),
    orderNumber: orderNumberSchema,
  })
  .strict();

export type VerifyIdentityResult = { verified: true; firstName: string };

export const verifyIdentityDescription =
  "Verify the customer's identity. Required before looking up or changing any order. Pass the email address on " +
  "their account and one of their order numbers, both exactly as the customer wrote them; never guess or complete " +
  "them yourself. The answer says only whether the two match. Attempts are limited; when they are used up, " +
  "verification locks and the conversation goes to a person.";

const LOCKED =
  "I wasn't able to verify your identity, and for your account's safety I can't try again here. I'm bringing in a member of our team who can help you verify another way.";

function failedMessage(remaining: number): string {
  const left = remaining === 1 ? "1 more attempt" : `${remaining} more attempts`;
  return `I couldn't verify those details. Please check the email address and order number and try again (${left}).`;
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
      // Reserve an attempt atomically before checking, so concurrent guesses cannot exceed the limit.
      const reserved = await ctx.prisma.conversation.updateMany({
        where: { id: ctx.conversationId, verificationAttempts: { lt: max } },
        data: { verificationAttempts: { increment: 1 } },
      });
      if (reserved.count === 0) {
        await requireConversation(ctx);
        return deny("verification_locked", LOCKED, true);
      }

      // Both lookups always run, so success and each kind of failure cost the same.
      const [customer, order] = await Promise.all([ctx.store.findCustomerByEmail(input.email), ctx.store.getOrder(input.orderNumber)]);
      if (customer && order && order.customerId === customer.id) {
        // A success gives its reserved attempt back but does not clear earlier failures: knowing one valid pair
        // must not reset the counter for guessing at others.
        await ctx.prisma.conversation.update({
          where: { id: ctx.conversationId },
          data: { customerId: customer.id, verifiedAt: nowOf(ctx), verificationAttempts: { decrement: 1 } },
        });
        const firstName = customer.name.split(/\s+/)[0] ?? customer.name;
        return allow({ verified: true as const, firstName }, `Thanks, ${firstName}, you're verified.`);
      }

      const { verificationAttempts } = await ctx.prisma.conversation.findUniqueOrThrow({
        where: { id: ctx.conversationId },
        select: { verificationAttempts: true },
      });
      if (verificationAttempts >= max) return deny("verification_locked", LOCKED, true);
      return deny("verification_failed", failedMessage(max - verificationAttempts));
    },
    { auditInput, target: () => `conversation:${ctx.conversationId}` },
  );
}

async function requireConversation(ctx: ToolContext): Promise<void> {
  const found = await ctx.prisma.conversation.count({ where: { id: ctx.conversationId } });
  if (found === 0) throw new ToolContextError(`conversation ${ctx.conversationId} does not exist`);
}

/** For the escalation stage: whether this conversation has used up its verification attempts. */
export async function isVerificationLocked(ctx: Pick<ToolContext, "prisma" | "policy" | "conversationId">): Promise<boolean> {
  const conversation = await ctx.prisma.conversation.findUnique({
    where: { id: ctx.conversationId },
    select: { verificationAttempts: true },
  });
  return !!conversation && conversation.verificationAttempts >= ctx.policy.tools.verification.max_attempts;
}
