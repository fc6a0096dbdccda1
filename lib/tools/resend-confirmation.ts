import "server-only";
import { z } from "zod";
import {
  allow,
  type Check,
  deny,
  idempotencyKey,
  orderNotFoundMessage,
  orderNumberSchema,
  requireCustomerOrder,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { runTool } from "./run-tool";
import type { StoreOrder } from "@/lib/commerce/store";
import { maskEmail } from "./format";
import { type MovedResult, NO_MONEY, type Preview, previewFrom, type ProposalSummary } from "./preview";

/**
 * Re-sends the order confirmation to the email on the account (never to an address given in the chat, which is
 * how an account gets taken over). Once per order per conversation, so a looping model cannot flood an inbox.
 */
export const resendConfirmationInputSchema = z.object({ orderNumber: orderNumberSchema }).strict();

type ResendConfirmationInput = z.output<typeof resendConfirmationInputSchema>;

type ResendConfirmationResult = MovedResult & { orderNumber: string; sentTo: string };

export const resendConfirmationDescription =
  "Re-send the order confirmation email for one of the verified customer's orders. It always goes to the email " +
  "address on the account; it cannot be sent anywhere else. Once per order in a conversation.";

type Plan = { order: StoreOrder; summary: ProposalSummary };

async function plan(ctx: ToolContext, input: ResendConfirmationInput): Promise<Check<Plan>> {
  const owned = await requireCustomerOrder(ctx, input.orderNumber);
  if (!owned.ok) return owned;
  const { customer, order } = owned.value;
  return {
    ok: true,
    value: {
      order,
      summary: {
        tool: "resend_confirmation",
        orderNumber: order.number,
        lines: [
          `Re-send the confirmation for order ${order.number} to ${maskEmail(customer.email)}, the email on your account.`,
        ],
        items: [],
        money: NO_MONEY(order.currency),
        needsApproval: false,
      },
    },
  };
}

export function previewResendConfirmation(ctx: ToolContext, raw: unknown): Promise<Preview<ResendConfirmationInput>> {
  return previewFrom(ctx, resendConfirmationInputSchema, raw, plan);
}

export function resendConfirmation(ctx: ToolContext, raw: unknown): Promise<ToolDecision<ResendConfirmationResult>> {
  return runTool(ctx, "resend_confirmation", resendConfirmationInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order } = planned.value;
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
      { orderNumber: order.number, sentTo, money: NO_MONEY(order.currency), items: [] },
      `I've re-sent the confirmation for order ${order.number} to ${sentTo}.`,
    );
  });
}
