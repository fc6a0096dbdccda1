import { z } from "zod";

/**
 * The commerce system the tools act on, behind a small interface so that a real store (Shopify, an ERP) can
 * replace the demo store (lib/commerce/prisma-store.ts). The store knows nothing about conversations, policy or
 * who is asking: authorization happens in lib/tools before any of these methods is called.
 *
 * Every write takes the preconditions the tool checked (allowed order states, an idempotency key) and re-checks
 * them atomically with the write, so a check made a moment earlier cannot be raced: two identical requests
 * execute once, and an order that changed state in between is refused rather than acted on.
 */

export const ORDER_STATUSES = ["pending", "processing", "shipped", "delivered", "cancelled", "returned"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const line = (max: number) => z.string().trim().min(1).max(max);

/** The one shape of a shipping address, for the demo store's JSON column and for the change-address tool. */
export const shippingAddressSchema = z
  .object({
    name: line(120),
    line1: line(200),
    line2: z.string().trim().max(200).optional(),
    city: line(120),
    region: z.string().trim().max(120).optional(),
    postalCode: line(20),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "use a two-letter country code")
      .transform((code) => code.toUpperCase()),
  })
  .strict();
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;

export type StoreCustomer = { id: string; email: string; name: string; tier: "standard" | "vip" | "enterprise" };

export type StorePayment = {
  id: string;
  method: string;
  cardLast4: string | null;
  status: "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
  amountCents: number;
  refundedCents: number;
};

export type StoreOrder = {
  id: string;
  number: string;
  customerId: string;
  status: OrderStatus;
  placedAt: Date;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
  returnedAt: Date | null;
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  currency: string;
  /** Null when the stored value is not a valid address (a real store may hold shapes we do not know). */
  shippingAddress: ShippingAddress | null;
  carrier: string | null;
  trackingNumber: string | null;
  items: Array<{ sku: string; name: string; quantity: number; unitPriceCents: number }>;
  payments: StorePayment[];
  /** Sum of all refunds on the order, whoever made them. */
  refundedCents: number;
  /** Sum of goodwill credits given for this order. */
  creditedCents: number;
};

/** Why the store refused a write whose preconditions no longer held at the moment of writing. */
export type StoreConflict =
  | { conflict: "not_found" }
  | { conflict: "wrong_state"; status: OrderStatus }
  | { conflict: "duplicate"; at: Date }
  | { conflict: "exceeds_refundable"; refundableCents: number }
  /** A running total (refunded or credited on the order) would pass the limit the caller set. */
  | { conflict: "over_limit"; currentCents: number };

export type StoreWrite<T> = ({ ok: true } & T) | ({ ok: false } & StoreConflict);

/** Who the store records as having made a change: "ai" or "staff:<id>". */
export type StoreActor = string;

export interface CommerceStore {
  /** Case-insensitive. */
  findCustomerByEmail(email: string): Promise<StoreCustomer | null>;
  getCustomer(customerId: string): Promise<StoreCustomer | null>;
  /** Newest first. */
  listOrders(customerId: string, options?: { limit?: number }): Promise<StoreOrder[]>;
  getOrder(orderNumber: string): Promise<StoreOrder | null>;
  /** A refund, credit or notification already written under this idempotency key, if any. */
  findByIdempotencyKey(key: string): Promise<{ at: Date } | null>;

  cancelOrder(input: { orderId: string; allowedStates: readonly OrderStatus[]; actor: StoreActor }): Promise<
    StoreWrite<{ cancelledAt: Date; refundedCents: number }>
  >;
  /** Authorizes a return (RMA) for the whole order. */
  createReturn(input: { orderId: string; allowedStates: readonly OrderStatus[]; reason: string; actor: StoreActor }): Promise<
    StoreWrite<{ returnReference: string; returnedAt: Date }>
  >;
  refund(input: {
    orderId: string;
    amountCents: number;
    allowedStates: readonly OrderStatus[];
    reason: string;
    idempotencyKey: string;
    actor: StoreActor;
    /** When set, refused (over_limit) if the order's refunds would then total more than this. */
    maxOrderRefundedCents?: number;
  }): Promise<StoreWrite<{ refundId: string; paymentId: string; amountCents: number; refundedTotalCents: number }>>;
  changeShippingAddress(input: {
    orderId: string;
    address: ShippingAddress;
    allowedStates: readonly OrderStatus[];
    actor: StoreActor;
  }): Promise<StoreWrite<{ address: ShippingAddress }>>;
  resendConfirmation(input: { orderId: string; idempotencyKey: string; actor: StoreActor }): Promise<StoreWrite<{ sentTo: string }>>;
  goodwillCredit(input: {
    orderId: string;
    customerId: string;
    amountCents: number;
    reason: string;
    idempotencyKey: string;
    actor: StoreActor;
    /** When set, refused (over_limit) if the order's credits would then total more than this. */
    maxOrderCreditedCents?: number;
  }): Promise<StoreWrite<{ creditId: string; amountCents: number; creditedTotalCents: number }>>;
}

/** What can still be refunded on one payment. Only captured money can be returned. */
export function refundableOn(payment: StorePayment): number {
  if (payment.status !== "captured" && payment.status !== "partially_refunded") return 0;
  return Math.max(0, payment.amountCents - payment.refundedCents);
}

/**
 * The payment a refund is taken from: the one with the most left to refund. The demo store's orders have one
 * payment; a refund is never split across payments, so the refundable amount is that payment's remainder.
 */
export function refundSource(order: Pick<StoreOrder, "payments">): { payment: StorePayment; refundableCents: number } | null {
  let best: { payment: StorePayment; refundableCents: number } | null = null;
  for (const payment of order.payments) {
    const refundableCents = refundableOn(payment);
    if (refundableCents > 0 && (!best || refundableCents > best.refundableCents)) best = { payment, refundableCents };
  }
  return best;
}
