import "server-only";
import { z } from "zod";
import { refundableOn, type StoreOrder } from "@/lib/commerce/store";
import {
  allow,
  type Check,
  orderNumberSchema,
  reasonSchema,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { deniedByStore, requireOrderInState } from "./order-checks";
import { runTool } from "./run-tool";
import { dateOnly, money } from "./format";
import { orderContents } from "./items";
import {
  type MovedResult,
  NO_MONEY,
  paymentDestination,
  type Preview,
  previewFrom,
  type ProposalSummary,
  type SummaryItem,
} from "./preview";

/** Cancelling is allowed only before the order ships (policy `tools.cancel.allowed_states`). */
export const cancelOrderInputSchema = z
  .object({ orderNumber: orderNumberSchema, reason: reasonSchema.optional() })
  .strict();
type CancelOrderInput = z.output<typeof cancelOrderInputSchema>;

type CancelOrderResult = MovedResult & {
  orderNumber: string;
  status: "cancelled";
  cancelledOn: string;
  refundedCents: number;
  currency: string;
};

export const cancelOrderDescription =
  "Cancel one of the verified customer's orders. Only orders that have not shipped yet can be cancelled; any " +
  "payment taken is returned in full and a card hold is released. Call it only when the customer has clearly " +
  "asked to cancel that order. Its summary lines say exactly what happens; repeat them.";

type Plan = { order: StoreOrder; refundCents: number; summary: ProposalSummary };

function orderItems(order: StoreOrder): SummaryItem[] {
  return order.items.map((item) => ({
    sku: item.sku,
    name: item.name,
    options: item.options,
    quantity: item.quantity,
    unitPriceCents: item.unitPriceCents,
  }));
}

async function plan(ctx: ToolContext, input: CancelOrderInput): Promise<Check<Plan>> {
  const checked = await requireOrderInState(ctx, input.orderNumber, ctx.policy.tools.cancel.allowed_states, "cancel");
  if (!checked.ok) return checked;
  const order = checked.value;
  // What the store will do: captured money is refunded in full, authorizations are voided.
  const refundCents = order.payments.reduce((sum, payment) => sum + refundableOn(payment), 0);
  const heldCents = order.payments.filter((p) => p.status === "authorized").reduce((sum, p) => sum + p.amountCents, 0);
  const currency = order.currency;
  const destination = paymentDestination(order);
  const lines = [`Cancel order ${order.number} (${orderContents(order)}).`];
  if (refundCents > 0)
    lines.push(
      `Refund the ${money(refundCents, currency)} you paid to ${destination} now; your bank can take 5 to 10 business days to show it.`,
    );
  if (heldCents > 0)
    lines.push(
      `Release the ${money(heldCents, currency)} payment hold on ${destination}; it disappears within 3 to 5 business days, depending on your bank.`,
    );
  return {
    ok: true,
    value: {
      order,
      refundCents,
      summary: {
        tool: "cancel_order",
        orderNumber: order.number,
        lines,
        items: orderItems(order),
        money:
          refundCents > 0
            ? { direction: "to_customer", amountCents: refundCents, currency, destination, when: "now" }
            : NO_MONEY(currency),
        needsApproval: false,
      },
    },
  };
}

export function previewCancelOrder(ctx: ToolContext, raw: unknown): Promise<Preview<CancelOrderInput>> {
  return previewFrom(ctx, cancelOrderInputSchema, raw, plan);
}

export function cancelOrder(ctx: ToolContext, raw: unknown): Promise<ToolDecision<CancelOrderResult>> {
  return runTool(ctx, "cancel_order", cancelOrderInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, summary } = planned.value;
    const allowedStates = ctx.policy.tools.cancel.allowed_states;

    // The store re-checks the state in the same write: an order that shipped a moment ago is not cancelled.
    const written = await ctx.store.cancelOrder({ orderId: order.id, allowedStates, actor: storeActor(ctx) });
    if (!written.ok) return deniedByStore(order, written, "cancel");
    return allow(
      {
        orderNumber: order.number,
        status: "cancelled" as const,
        cancelledOn: dateOnly(written.cancelledAt),
        refundedCents: written.refundedCents,
        currency: order.currency,
        money: summary.money,
        items: summary.items,
      },
      [`Order ${order.number} is cancelled.`, ...summary.lines.slice(1)].join("\n"),
    );
  });
}
