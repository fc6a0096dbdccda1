import "server-only";
import { z } from "zod";
import type { CommerceStore, StoreCustomer, StoreOrder } from "@/lib/commerce/store";
import { conversationIdentity } from "@/lib/db/verification";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";

/**
 * Authorization for every action on a customer's account, as code at the tool: the model's words never authorize
 * anything (the lesson of the 14 unauthorized refunds). Each tool runs the same checks in the same order — valid
 * input, a verified customer, ownership, order state, time window, amount cap, idempotency — and returns a typed
 * decision that is audited and recorded in the turn's trace. Limits come from policy, never from the model. The
 * order-state and time-window checks are in lib/tools/order-checks.ts.
 */

export const TOOL_NAMES = [
  "verify_identity",
  "lookup_orders",
  "lookup_order",
  "lookup_product",
  "cancel_order",
  "change_shipping_address",
  "update_default_address",
  "modify_order_items",
  "return_items",
  "exchange_items",
  "refund",
  "resend_confirmation",
  "goodwill_credit",
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/**
 * The tools that change something (an order, money, the account, an email sent). The AI runs them only after the
 * customer confirmed a proposal for exactly that input (see runTool in lib/tools/run-tool.ts), unless policy exempts the tool.
 * lib/tools/registry.ts exports this as WRITE_TOOLS.
 */
export const WRITE_TOOL_NAMES: ReadonlySet<ToolName> = new Set<ToolName>([
  "cancel_order",
  "change_shipping_address",
  "update_default_address",
  "modify_order_items",
  "return_items",
  "exchange_items",
  "refund",
  "goodwill_credit",
  "resend_confirmation",
]);

export const REASON_CODES = [
  "invalid_input",
  "not_verified",
  "verification_failed",
  "verification_locked",
  "order_not_found",
  /** Staff-only: the order exists but belongs to someone else. The customer and the model see order_not_found. */
  "not_owner",
  "wrong_state",
  "outside_window",
  "exceeds_refundable",
  "over_cap",
  "duplicate",
  /** A person already reviewed this exact request and rejected it, or it failed when approved. */
  "previously_declined",
  /** An item asked for is not in the order (or more of it than was bought). */
  "item_not_in_order",
  /** The item (that quantity of it) is already in a return or exchange, or was already refunded. */
  "already_returned",
  /** The replacement asked for is not a size or colour of the same product, or is the same variant. */
  "variant_mismatch",
  /** The replacement variant is out of stock or no longer sold. */
  "variant_unavailable",
  /** An AI write without the customer's confirmation of exactly this action. */
  "not_confirmed",
  /** Policy does not let the AI do this at all (e.g. a direct refund for a reason that needs a return). */
  "not_allowed",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Who is acting. Staff act only through an approved ActionRequest; their authority lifts the amount cap and
 * nothing else (ownership, state, window and idempotency still apply).
 */
type Authority =
  | { actor: "ai" }
  | {
      actor: "staff";
      approvedBy: string;
      actionRequestId: string;
      /** The amount the person approved, when the tool computes its own: a different amount now is not executed. */
      approvedAmountCents?: number;
    };

/** The customer's yes to a proposal: the tool and the exact input they were shown (lib/pipeline keeps proposals). */
export type Confirmation = { proposalId: string; tool: ToolName; input: unknown };

export type ToolContext = {
  /** Tandem's database: conversations, action requests, audit events. */
  prisma: PrismaClient;
  policy: SupportPolicy;
  conversationId: string;
  store: CommerceStore;
  authority?: Authority;
  /** The clock, so tests can place orders in time. */
  now?: () => Date;
  /** Set when the customer confirmed a proposal; an AI write runs only when it matches the call exactly. */
  confirmed?: Confirmation;
};

type Allowed<R> = { decision: "allowed"; executed: true; result: R; customerMessage: string };
export type Denied = {
  decision: "denied";
  reason: ReasonCode;
  /** A sentence the customer can read: no internal detail, nothing about other customers. */
  customerMessage: string;
  /** The conversation should go to a person (e.g. identity verification locked). */
  escalate: boolean;
};
export type NeedsApproval = {
  decision: "needs_approval";
  reason: "over_cap";
  actionRequestId: string;
  customerMessage: string;
};
export type ToolDecision<R = unknown> = Allowed<R> | Denied | NeedsApproval;

/** The result of one check: the value it proved, or the denial to return. */
export type Check<T> = { ok: true; value: T } | { ok: false; denied: Denied };

export function allow<R>(result: R, customerMessage: string): Allowed<R> {
  return { decision: "allowed", executed: true, result, customerMessage };
}

export function deny(reason: ReasonCode, customerMessage: string, escalate = false): Denied {
  return { decision: "denied", reason, customerMessage, escalate };
}

export function authorityOf(ctx: ToolContext): Authority {
  return ctx.authority ?? { actor: "ai" };
}

export function nowOf(ctx: ToolContext): Date {
  return ctx.now?.() ?? new Date();
}

/** How the store records who acted: "ai" or "staff:<id>". */
export function storeActor(ctx: ToolContext): string {
  const authority = authorityOf(ctx);
  return authority.actor === "ai" ? "ai" : `staff:${authority.approvedBy}`;
}

/** Only an approval lifts a cap; the AI is always held to it. */
export function capApplies(ctx: ToolContext): boolean {
  return authorityOf(ctx).actor === "ai";
}

/**
 * Derived from what is being done, never from the wording of the request: the same refund asked twice in a
 * conversation (or approved twice) has the same key, and the store's unique index executes it once.
 */
export function idempotencyKey(kind: string, ctx: ToolContext, ...parts: Array<string | number>): string {
  return [kind, ctx.conversationId, ...parts].join(":");
}

// ─── Input ───

/** Order numbers as customers type them ("#nw-100042 ") become the store's form ("NW-100042"). */
export const orderNumberSchema = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value.replace(/^#/, "").trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, "an order number such as NW-100042"))
  .describe("The order number exactly as the customer gave it, e.g. NW-100042");

/** Anything above this is not a plausible amount for one order, whatever a model or a customer says. */
const MAX_AMOUNT_CENTS = 10_000_000;
export const amountCentsSchema = z
  .number()
  .int("a whole number of cents")
  .positive("more than zero")
  .max(MAX_AMOUNT_CENTS)
  .describe("Amount in cents (e.g. 2599 for $25.99)");

export const reasonSchema = z.string().trim().min(3).max(500).describe("Why, in the customer's words, briefly");

const INVALID_INPUT = "I couldn't use those details. Could you check them and tell me again?";

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Check<z.output<S>> {
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, denied: deny("invalid_input", INVALID_INPUT) };
}

// ─── Identity and ownership ───

export class ToolContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ToolContextError";
  }
}

const NOT_VERIFIED =
  "Before I can look at or change an order, I need to confirm who you are: please tell me the email address on your account and one of your order numbers.";

export async function requireVerifiedCustomer(ctx: ToolContext): Promise<Check<StoreCustomer>> {
  const conversation = await conversationIdentity(ctx.prisma, ctx.conversationId);
  if (!conversation) throw new ToolContextError(`conversation ${ctx.conversationId} does not exist`);
  if (!conversation.customerId || !conversation.verifiedAt)
    return { ok: false, denied: deny("not_verified", NOT_VERIFIED) };
  const customer = await ctx.store.getCustomer(conversation.customerId);
  if (!customer) return { ok: false, denied: deny("not_verified", NOT_VERIFIED) };
  return { ok: true, value: customer };
}

/** The same sentence for "no such order" and "someone else's order", so the answer reveals nothing. */
export function orderNotFoundMessage(orderNumber: string): string {
  return `I couldn't find order ${orderNumber} on your account. Could you check the number?`;
}

async function requireOwnedOrder(
  ctx: ToolContext,
  customer: StoreCustomer,
  orderNumber: string,
): Promise<Check<StoreOrder>> {
  const order = await ctx.store.getOrder(orderNumber);
  if (!order) return { ok: false, denied: deny("order_not_found", orderNotFoundMessage(orderNumber)) };
  if (order.customerId !== customer.id)
    return { ok: false, denied: deny("not_owner", orderNotFoundMessage(orderNumber)) };
  return { ok: true, value: order };
}

/** Verified customer plus an order they own: the start of every order action. */
export async function requireCustomerOrder(
  ctx: ToolContext,
  orderNumber: string,
): Promise<Check<{ customer: StoreCustomer; order: StoreOrder }>> {
  const customer = await requireVerifiedCustomer(ctx);
  if (!customer.ok) return customer;
  const order = await requireOwnedOrder(ctx, customer.value, orderNumber);
  if (!order.ok) return order;
  return { ok: true, value: { customer: customer.value, order: order.value } };
}
