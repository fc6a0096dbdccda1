import { type OrderStatus, remainingQuantity, type StoreOrder } from "@/lib/commerce/store";
import type { SupportPolicy } from "@/lib/policy/schema";

/**
 * How tools put account data into words and into results for the model. Results carry amounts as `…Cents`
 * integers and dates as YYYY-MM-DD: the reply guardrail (lib/pipeline/validate.ts) grounds every amount and date
 * a reply mentions in these results, so a figure the model invents is caught.
 */

export function money(cents: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

export function dateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "j***@example.com": enough for the customer to recognise, too little to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

const STATUS_PHRASES: Record<OrderStatus, string> = {
  pending: "is still pending",
  processing: "is being prepared",
  shipped: "has already shipped",
  delivered: "has been delivered",
  cancelled: "is cancelled",
  returned: "has already been returned",
};

export function statusPhrase(status: OrderStatus): string {
  return STATUS_PHRASES[status];
}

export type OrderSummaryView = {
  orderNumber: string;
  status: OrderStatus;
  placedOn: string;
  deliveredOn: string | null;
  totalCents: number;
  currency: string;
  items: Array<{ name: string; quantity: number; options: Record<string, string> }>;
};

/** An order line as the model sees it: the SKU the item tools take, the variant, and what can still be returned. */
type OrderLineView = {
  sku: string;
  name: string;
  options: Record<string, string>;
  quantity: number;
  unitPriceCents: number;
  /** Not yet in a return or exchange, nor refunded. */
  returnableQuantity: number;
};

export type OrderDetailView = OrderSummaryView & {
  lines: OrderLineView[];
  returns: Array<{
    reference: string;
    kind: "return" | "exchange";
    status: string;
    refundCents: number;
    chargeCents: number;
    items: Array<{ sku: string; quantity: number; newSku?: string }>;
  }>;
  shippedOn: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  subtotalCents: number;
  shippingCents: number;
  refundedCents: number;
  refundableCents: number;
  shipTo: { city: string; region: string | null; country: string } | null;
  /** What the tools would allow right now under policy (amount caps aside), so the model offers only those. */
  eligible: {
    cancel: boolean;
    changeAddress: boolean;
    modifyItems: boolean;
    return: boolean;
    exchange: boolean;
    refund: boolean;
  };
  returnWindowEndsOn: string | null;
};

export function orderSummaryView(order: StoreOrder): OrderSummaryView {
  return {
    orderNumber: order.number,
    status: order.status,
    placedOn: dateOnly(order.placedAt),
    deliveredOn: order.deliveredAt ? dateOnly(order.deliveredAt) : null,
    totalCents: order.totalCents,
    currency: order.currency,
    items: order.items.map((item) => ({ name: item.name, quantity: item.quantity, options: item.options })),
  };
}

export function orderDetailView(
  order: StoreOrder,
  policy: SupportPolicy,
  context: { now: Date; refundableCents: number; windowEnd: (days: number) => Date },
): OrderDetailView {
  const { tools } = policy;
  const returnEnds = context.windowEnd(tools.return.window_days);
  const refundEnds = context.windowEnd(tools.refund.window_days);
  const returnable = tools.return.allowed_states.includes(order.status);
  const returnableItems = order.items.some((item) => remainingQuantity(item) > 0);
  return {
    ...orderSummaryView(order),
    lines: order.items.map((item) => ({
      sku: item.sku,
      name: item.name,
      options: item.options,
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
      returnableQuantity: remainingQuantity(item),
    })),
    returns: order.returns.map((r) => ({
      reference: r.reference,
      kind: r.kind,
      status: r.status,
      refundCents: r.refundCents,
      chargeCents: r.chargeCents,
      items: r.items.map((item) => ({
        sku: item.sku,
        quantity: item.quantity,
        ...(item.newSku ? { newSku: item.newSku } : {}),
      })),
    })),
    shippedOn: order.shippedAt ? dateOnly(order.shippedAt) : null,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    subtotalCents: order.subtotalCents,
    shippingCents: order.shippingCents,
    refundedCents: order.refundedCents,
    refundableCents: context.refundableCents,
    // Street lines stay out of the model's context; the customer knows their own street.
    shipTo: order.shippingAddress
      ? {
          city: order.shippingAddress.city,
          region: order.shippingAddress.region ?? null,
          country: order.shippingAddress.country,
        }
      : null,
    eligible: {
      cancel: tools.cancel.allowed_states.includes(order.status),
      changeAddress: tools.change_address.allowed_states.includes(order.status),
      modifyItems: tools.modify_items.allowed_states.includes(order.status),
      return: returnable && returnableItems && context.now <= returnEnds,
      exchange:
        tools.exchange.allowed_states.includes(order.status) &&
        returnableItems &&
        context.now <= context.windowEnd(tools.exchange.window_days),
      refund:
        tools.refund.allowed_states.includes(order.status) && context.now <= refundEnds && context.refundableCents > 0,
    },
    returnWindowEndsOn: returnable ? dateOnly(returnEnds) : null,
  };
}
