import "server-only";
import { z } from "zod";
import { refundSource, type StoreConflict, type StoreOrder } from "@/lib/commerce/store";
import {
  allow,
  amountCentsSchema,
  capApplies,
  checkWindow,
  type Denied,
  deny,
  idempotencyKey,
  orderNotFoundMessage,
  orderNumberSchema,
  reasonSchema,
  requireOrderInState,
  runTool,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { dateOnly, money, statusPhrase } from "./format";
import { requestApproval } from "./request-approval";

/**
 * Refunds to the original payment. In order: the customer is verified and owns the order; the order's state and
 * the window since delivery allow it (policy `tools.refund`); the amount is at most what was captured and not yet
 * refunded; the same refund was not made before; and the order's refunds stay within the AI's cap. Above the cap
 * a person decides. An amount the model supplies is a claim to check, never an instruction.
 */
export const refundInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    amountCents: amountCentsSchema
      .optional()
      .describe("Amount to refund in cents. Leave out to refund everything still refundable on the order."),
    reason: reasonSchema,
  })
  .strict();

export type RefundResult = {
  orderNumber: string;
  refundId: string;
  amountCents: number;
  refundedTotalCents: number;
  currency: string;
};

export const refundDescription =
  "Refund money to the original payment method for one of the verified customer's orders. Give the amount in " +
  "cents only if the customer asked for a specific partial amount; otherwise leave it out to refund what is left. " +
  "Policy limits (order state, time since delivery, the amount left to refund, and a limit above which a person " +
  "must approve) are checked by the tool itself: do not promise a refund before the result says it was executed.";

export function refund(ctx: ToolContext, raw: unknown): Promise<ToolDecision<RefundResult>> {
  return runTool(ctx, "refund", refundInputSchema, raw, async (input) => {
    const rule = ctx.policy.tools.refund;
    const checked = await requireOrderInState(ctx, input.orderNumber, rule.allowed_states, "refund");
    if (!checked.ok) return checked.denied;
    const order = checked.value;
    const window = checkWindow(ctx, order, rule.window_days, "refunds");
    if (!window.ok) return window.denied;

    const refundableCents = refundSource(order)?.refundableCents ?? 0;
    const amountCents = input.amountCents ?? refundableCents;
    // Before the balance check: a refund asked again after it was made is a duplicate, not "too much".
    const key = idempotencyKey("refund", ctx, order.id, amountCents);
    const done = amountCents > 0 ? await ctx.store.findByIdempotencyKey(key) : null;
    if (done) return duplicate(order, amountCents, done.at);
    if (refundableCents === 0) {
      // "Refund it" again after a full refund is the same request twice, whoever made the first one.
      const reason = order.refundedCents > 0 && input.amountCents === undefined ? "duplicate" : "exceeds_refundable";
      return deny(reason, `There's nothing left to refund on order ${order.number}: it has already been refunded in full.`);
    }
    if (amountCents > refundableCents) {
      return deny(
        "exceeds_refundable",
        `The most that can be refunded on order ${order.number} is ${money(refundableCents, order.currency)}, so I can't refund ${money(amountCents, order.currency)}.`,
      );
    }

    // The cap covers the order's running total, so a large refund cannot be split into small ones.
    const capped = capApplies(ctx);
    if (capped && order.refundedCents + amountCents > rule.cap_cents) {
      return askApproval(ctx, order, amountCents, key, input.reason);
    }

    const written = await ctx.store.refund({
      orderId: order.id,
      amountCents,
      allowedStates: rule.allowed_states,
      reason: input.reason,
      idempotencyKey: key,
      actor: storeActor(ctx),
      ...(capped ? { maxOrderRefundedCents: rule.cap_cents } : {}),
    });
    if (!written.ok) {
      // A refund that raced this one pushed the total over the cap: a person decides, as above.
      if (written.conflict === "over_limit") return askApproval(ctx, order, amountCents, key, input.reason);
      return fromConflict(order, amountCents, written);
    }
    return allow(
      {
        orderNumber: order.number,
        refundId: written.refundId,
        amountCents: written.amountCents,
        refundedTotalCents: written.refundedTotalCents,
        currency: order.currency,
      },
      `I've refunded ${money(written.amountCents, order.currency)} on order ${order.number} to your original payment method.`,
    );
  });
}

function askApproval(ctx: ToolContext, order: StoreOrder, amountCents: number, key: string, reason: string) {
  const amount = money(amountCents, order.currency);
  return requestApproval(ctx, {
    tool: "refund",
    key,
    input: { orderNumber: order.number, amountCents, reason },
    reason: `Refund of ${amount} on order ${order.number} (already refunded: ${money(order.refundedCents, order.currency)}) is above the AI's limit of ${money(ctx.policy.tools.refund.cap_cents, order.currency)}.`,
    customerMessage: `A refund of ${amount} on order ${order.number} needs a quick review by a member of our team. I've sent it to them with the details, and you'll hear back here.`,
  });
}

function duplicate(order: StoreOrder, amountCents: number, at: Date): Denied {
  return deny(
    "duplicate",
    `A refund of ${money(amountCents, order.currency)} on order ${order.number} was already made on ${dateOnly(at)}, so I haven't refunded it again.`,
  );
}

function fromConflict(order: StoreOrder, amountCents: number, conflict: StoreConflict): Denied {
  switch (conflict.conflict) {
    case "duplicate":
      return duplicate(order, amountCents, conflict.at);
    case "wrong_state":
      return deny("wrong_state", `Order ${order.number} ${statusPhrase(conflict.status)}, so I can't refund it.`);
    case "exceeds_refundable":
      return deny(
        "exceeds_refundable",
        `The most that can be refunded on order ${order.number} is ${money(conflict.refundableCents, order.currency)}, so I can't refund ${money(amountCents, order.currency)}.`,
      );
    default:
      return deny("order_not_found", orderNotFoundMessage(order.number));
  }
}
