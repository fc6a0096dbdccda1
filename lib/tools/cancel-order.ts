import "server-only";
import { z } from "zod";
import {
  allow,
  deniedByStore,
  orderNumberSchema,
  reasonSchema,
  requireOrderInState,
  runTool,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { dateOnly, money } from "./format";

/** Cancelling is allowed only before the order ships (policy `tools.cancel.allowed_states`). */
export const cancelOrderInputSchema = z.object({ orderNumber: orderNumberSchema, reason: reasonSchema.optional() }).strict();

export type CancelOrderResult = { orderNumber: string; status: "cancelled"; cancelledOn: string; refundedCents: number; currency: string };

export const cancelOrderDescription =
  "Cancel one of the verified customer's orders. Only orders that have not shipped yet can be cancelled; any " +
  "payment taken is returned in full. Call it only when the customer has clearly asked to cancel that order. " +
  "The result says whether it was done and gives a sentence to tell the customer.";

export function cancelOrder(ctx: ToolContext, raw: unknown): Promise<ToolDecision<CancelOrderResult>> {
  return runTool(ctx, "cancel_order", cancelOrderInputSchema, raw, async (input) => {
    const allowedStates = ctx.policy.tools.cancel.allowed_states;
    const checked = await requireOrderInState(ctx, input.orderNumber, allowedStates, "cancel");
    if (!checked.ok) return checked.denied;
    const order = checked.value;

    // The store re-checks the state in the same write: an order that shipped a moment ago is not cancelled.
    const written = await ctx.store.cancelOrder({ orderId: order.id, allowedStates, actor: storeActor(ctx) });
    if (!written.ok) return deniedByStore(order, written, "cancel");
    const refund = written.refundedCents > 0 ? ` The ${money(written.refundedCents, order.currency)} you paid is being returned to your original payment method.` : "";
    return allow(
      {
        orderNumber: order.number,
        status: "cancelled" as const,
        cancelledOn: dateOnly(written.cancelledAt),
        refundedCents: written.refundedCents,
        currency: order.currency,
      },
      `Order ${order.number} is cancelled.${refund}`,
    );
  });
}
