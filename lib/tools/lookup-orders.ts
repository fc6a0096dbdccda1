import "server-only";
import { z } from "zod";
import { optionsLabel, refundSource } from "@/lib/commerce/store";
import {
  allow,
  nowOf,
  orderNumberSchema,
  requireCustomerOrder,
  requireVerifiedCustomer,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { windowEnd } from "./order-checks";
import { runTool } from "./run-tool";
import { money, type OrderDetailView, orderDetailView, type OrderSummaryView, orderSummaryView } from "./format";

/**
 * Read-only, and only ever the verified customer's own orders: another customer's order number is "not found"
 * for them, word for word the same as a number that does not exist.
 */
export const lookupOrdersInputSchema = z.object({}).strict();
export const lookupOrderInputSchema = z.object({ orderNumber: orderNumberSchema }).strict();

type LookupOrdersResult = { orders: OrderSummaryView[] };
type LookupOrderResult = { order: OrderDetailView };

export const lookupOrdersDescription =
  "List the verified customer's recent orders (newest first, up to 10) with status, dates, totals and items. " +
  "Takes no input; works only after verify_identity succeeded in this conversation.";

export const lookupOrderDescription =
  "Get one of the verified customer's orders by its order number: status, shipping and tracking, amounts, what " +
  "has been refunded, each item's SKU, size or colour and how many can still be returned, any returns or " +
  "exchanges, and which actions (cancel, change address, change items, return, exchange, refund) policy allows " +
  "on it right now. " +
  "Works only after verify_identity succeeded, and only for the customer's own orders.";

const RECENT_ORDERS = 10;

export function lookupOrders(ctx: ToolContext, raw: unknown): Promise<ToolDecision<LookupOrdersResult>> {
  return runTool(ctx, "lookup_orders", lookupOrdersInputSchema, raw, async () => {
    const customer = await requireVerifiedCustomer(ctx);
    if (!customer.ok) return customer.denied;
    const orders = await ctx.store.listOrders(customer.value.id, { limit: RECENT_ORDERS });
    const views = orders.map(orderSummaryView);
    const message =
      views.length === 0
        ? "I don't see any orders on your account."
        : [
            `I found ${views.length === 1 ? "1 order" : `${views.length} recent orders`} on your account:`,
            ...views
              .slice(0, 5)
              .map((o) => `• ${o.orderNumber}, placed ${o.placedOn}: ${o.status}, ${money(o.totalCents, o.currency)}`),
          ].join("\n");
    return allow({ orders: views }, message);
  });
}

export function lookupOrder(ctx: ToolContext, raw: unknown): Promise<ToolDecision<LookupOrderResult>> {
  return runTool(ctx, "lookup_order", lookupOrderInputSchema, raw, async (input) => {
    const owned = await requireCustomerOrder(ctx, input.orderNumber);
    if (!owned.ok) return owned.denied;
    const { order } = owned.value;
    const view = orderDetailView(order, ctx.policy, {
      now: nowOf(ctx),
      refundableCents: refundSource(order)?.refundableCents ?? 0,
      windowEnd: (days) => windowEnd(order, days),
    });
    return allow({ order: view }, describeOrder(view));
  });
}

/** What a customer asked "where is my order?" wants to read: status, dates, tracking, what is in it. */
function describeOrder(view: OrderDetailView): string {
  const items = view.items
    .map(
      (item) =>
        `${item.quantity} × ${item.name}${Object.keys(item.options).length > 0 ? ` (${optionsLabel(item.options)})` : ""}`,
    )
    .join(", ");
  const lines = [`Order ${view.orderNumber}, placed ${view.placedOn}, ${STATUS_LINES[view.status](view)}`];
  if (view.trackingNumber && (view.status === "shipped" || view.status === "delivered")) {
    lines.push(`Tracking: ${view.carrier ?? "carrier"} ${view.trackingNumber}.`);
  }
  lines.push(`Items: ${items}. Total ${money(view.totalCents, view.currency)}.`);
  if (view.refundedCents > 0) lines.push(`Refunded so far: ${money(view.refundedCents, view.currency)}.`);
  for (const r of view.returns)
    lines.push(`${r.kind === "exchange" ? "Exchange" : "Return"} ${r.reference}: ${r.status}.`);
  return lines.join("\n");
}

const STATUS_LINES: Record<OrderDetailView["status"], (view: OrderDetailView) => string> = {
  pending: () => "is confirmed and waiting to be prepared.",
  processing: () => "is being prepared in our warehouse and hasn't shipped yet.",
  shipped: (view) => `shipped${view.shippedOn ? ` on ${view.shippedOn}` : ""} and is on its way.`,
  delivered: (view) => `was delivered${view.deliveredOn ? ` on ${view.deliveredOn}` : ""}.`,
  cancelled: () => "was cancelled.",
  returned: () => "was returned.",
};
