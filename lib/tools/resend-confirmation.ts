import "server-only";
import { z } from "zod";
import {
  allow,
  deny,
  idempotencyKey,
  orderNotFoundMessage,
  orderNumberSchema,
  requireCustomerOrder,
  runTool,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { maskEmail } from "./format";

/**
 * Re-sends the order confirmation to the email on the account (never to an address given in the chat, which is
 * how an account gets taken over). Once per order per conversation, so a looping model cannot flood an inbox.
 */
export const resendConfirmationInputSchema = z.object({ orderNumber: orderNumberSchema }).strict();

export type ResendConfirmationResult = { orderNumber: string; sentTo: string };

export const resendConfirmationDescription =
  "Re-send the order confirmation email for one of the verified customer's orders. It always goes to the email " +
  "address on the account; it cannot be sent anywhere else. Once per order in a conversation.";

export function resendConfirmation(ctx: ToolContext, raw: unknown): Promise<ToolDecision<ResendConfirmationResult>> {
  return runTool(ctx, "resend_confirmation", resendConfirmationInputSchema, raw, async (input) => {
    const owned = await requireCustomerOrder(ctx, input.orderNumber);
    if (!owned.ok) return owned.denied;
    const { order } = owned.value;
    const written = await ctx.store.resendConfirmation({
      orderId: order.id,
      idempotencyKey: idempotencyKey("resend", ctx, order.id),
      actor: storeActor(ctx),
    });
    if (!written.ok) {
      if (written.conflict === "duplicate") {
        return deny(
          "duplicate",
          `I've already re-sent the confirmation for order ${order.number} in this conversation. It can take a few minutes to arrive; please check your spam folder too.`,
        );
      }
      return deny("order_not_found", orderNotFoundMessage(order.number));
    }
    const sentTo = maskEmail(written.sentTo);
    return allow(
      { orderNumber: order.number, sentTo },
      `I've re-sent the confirmation for order ${order.number} to ${sentTo}.`,
    );
  });
}
