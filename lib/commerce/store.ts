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

export type StoreCustomer = {
  id: string;
  email: string;
  name: string;
  tier: "standard" | "vip" | "enterprise";
  /** Where new orders ship by default; null when none is on file (or the stored value is not a valid address). */
  defaultAddress: ShippingAddress | null;
};

/** Variant options such as {"size":"10","color":"brown"}; {} for a product without variants. */
export type ProductOptions = Record<string, string>;

/** One sellable variant (one SKU). Variants of a product share `family` and `name`. */
export type StoreProduct = {
  sku: string;
  name: string;
  family: string;
  options: ProductOptions;
  category: string;
  description: string;
  priceCents: number;
  inStock: boolean;
  /** Still sold; a discontinued product can still be in old orders. */
  active: boolean;
};

export type StoreOrderItem = {
  sku: string;
  name: string;
  family: string;
  options: ProductOptions;
  quantity: number;
  unitPriceCents: number;
  /** How many of this line are already in a return or exchange (any status). */
  inReturnQuantity: number;
  /** How many of this line were refunded directly (a damaged, missing... item), without a return. */
  refundedQuantity: number;
};

export const RETURN_KINDS = ["return", "exchange"] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];
export const REFUND_METHODS = ["original_payment", "store_credit"] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

export type StoreReturnItem = { sku: string; name: string; quantity: number; unitPriceCents: number; newSku?: string };

export type StoreReturn = {
  reference: string;
  kind: ReturnKind;
  status: "requested" | "received" | "refunded" | "closed";
  items: StoreReturnItem[];
  refundCents: number;
  chargeCents: number;
  refundMethod: RefundMethod;
  createdAt: Date;
};

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
  /** One entry per SKU (lines of the same SKU are merged). */
  items: StoreOrderItem[];
  payments: StorePayment[];
  /** Returns and exchanges authorized on the order, oldest first. */
  returns: StoreReturn[];
  /** Sum of all refunds on the order, whoever made them. */
  refundedCents: number;
  /** Sum of goodwill credits given for this order. */
  creditedCents: number;
};

export type StoreOrderSummary = Pick<StoreOrder, "number" | "status" | "totalCents" | "placedAt">;

/** Why the store refused a write whose preconditions no longer held at the moment of writing. */
export type StoreConflict =
  | { conflict: "not_found" }
  | { conflict: "wrong_state"; status: OrderStatus }
  | { conflict: "duplicate"; at: Date }
  | { conflict: "exceeds_refundable"; refundableCents: number }
  /** A running total (refunded or credited on the order) would pass the limit the caller set. */
  | { conflict: "over_limit"; currentCents: number }
  /** An item is not in the order, or fewer of it are left than asked (already returned or refunded meanwhile). */
  | { conflict: "item_unavailable"; sku: string; availableQuantity: number }
  /** A replacement variant is unknown, of another product, discontinued or out of stock. */
  | { conflict: "variant_unavailable"; sku: string }
  /** The order's amounts changed since the caller computed the price difference. */
  | { conflict: "amount_changed" };

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
  /** A refund, credit, notification, return or exchange already written under this idempotency key, if any. */
  findByIdempotencyKey(key: string): Promise<{ at: Date } | null>;

  cancelOrder(input: {
    orderId: string;
    allowedStates: readonly OrderStatus[];
    actor: StoreActor;
  }): Promise<StoreWrite<{ cancelledAt: Date; refundedCents: number }>>;
  /**
   * Authorizes a return or an exchange (an RMA) of some of an order's items. Re-checks atomically that the order
   * is in an allowed state, that each item is in the order with at least `quantity` not yet returned or refunded,
   * and (exchanges) that each `newSku` is an active, in-stock variant of the same family. `refundCents` is what
   * the customer gets back when the parcel is received; `chargeCents` (exchanges) is charged now to the order's
   * payment. Once per idempotency key.
   */
  createReturnRequest(input: {
    orderId: string;
    kind: ReturnKind;
    items: StoreReturnItem[];
    refundCents: number;
    chargeCents: number;
    refundMethod: RefundMethod;
    allowedStates: readonly OrderStatus[];
    reason: string;
    idempotencyKey: string;
    actor: StoreActor;
  }): Promise<StoreWrite<{ reference: string; createdAt: Date; chargedCents: number }>>;
  /**
   * Swaps items of an order that has not shipped for other variants of the same products. The new lines take the
   * variants' current prices; the difference is settled on the order's payment (an authorization is adjusted, a
   * captured payment is charged the extra or refunded the difference). Refused when the order's total is no longer
   * `expectedTotalCents` (the difference the customer agreed to would be wrong).
   */
  modifyItems(input: {
    orderId: string;
    changes: Array<{ sku: string; newSku: string; quantity: number }>;
    allowedStates: readonly OrderStatus[];
    expectedTotalCents: number;
    idempotencyKey: string;
    actor: StoreActor;
  }): Promise<StoreWrite<{ subtotalCents: number; totalCents: number; differenceCents: number }>>;
  updateDefaultAddress(input: {
    customerId: string;
    address: ShippingAddress;
    actor: StoreActor;
  }): Promise<StoreWrite<{ address: ShippingAddress }>>;

  /** One variant by SKU (case-insensitive), sold or not. */
  findProduct(sku: string): Promise<StoreProduct | null>;
  /** Every variant of a product family, active or not, cheapest first then by SKU. */
  listVariants(family: string): Promise<StoreProduct[]>;
  /** Products whose name, family or SKU contains the query (case-insensitive); one entry per variant. */
  searchProducts(query: string, options?: { limit?: number }): Promise<StoreProduct[]>;
  /** The names of the products on sale, each once, for reading "the Ridgeline tent" in a customer's words. */
  productNames(): Promise<string[]>;

  refund(input: {
    orderId: string;
    amountCents: number;
    allowedStates: readonly OrderStatus[];
    reason: string;
    idempotencyKey: string;
    actor: StoreActor;
    /** When set, refused (over_limit) if the order's refunds would then total more than this. */
    maxOrderRefundedCents?: number;
    /**
     * A direct refund for items (damaged, missing...): recorded with the refund, and refused (item_unavailable)
     * when fewer of an item are left than listed (already returned or refunded).
     */
    items?: Array<{ sku: string; quantity: number; unitPriceCents: number }>;
  }): Promise<StoreWrite<{ refundId: string; paymentId: string; amountCents: number; refundedTotalCents: number }>>;
  changeShippingAddress(input: {
    orderId: string;
    address: ShippingAddress;
    allowedStates: readonly OrderStatus[];
    actor: StoreActor;
  }): Promise<StoreWrite<{ address: ShippingAddress }>>;
  resendConfirmation(input: {
    orderId: string;
    idempotencyKey: string;
    actor: StoreActor;
  }): Promise<StoreWrite<{ sentTo: string }>>;
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
  /**
   * A customer's orders together with orders named by number (whoever's), newest first: what a person helping the
   * customer looks at. Without a customer, only the named orders.
   */
  findOrders(input: { customerId: string | null; numbers: string[]; limit: number }): Promise<StoreOrder[]>;
  /**
   * A customer's orders placed up to `at`, newest first, with only the refunds made by then (in `refundedCents` and
   * the items' refunded quantities): the orders as a conversation that started at `at` saw them.
   */
  listOrdersAsOf(input: { customerId: string; at: Date; limit: number }): Promise<StoreOrder[]>;
  /** A customer's orders in brief, newest first: for context (a handoff packet, the identifiers a reply may name). */
  listOrderSummaries(customerId: string, options: { limit: number }): Promise<StoreOrderSummary[]>;
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
export function refundSource(
  order: Pick<StoreOrder, "payments">,
): { payment: StorePayment; refundableCents: number } | null {
  let best: { payment: StorePayment; refundableCents: number } | null = null;
  for (const payment of order.payments) {
    const refundableCents = refundableOn(payment);
    if (refundableCents > 0 && (!best || refundableCents > best.refundableCents)) best = { payment, refundableCents };
  }
  return best;
}

/** "size 10, brown": a variant's options as a customer reads them. */
export function optionsLabel(options: ProductOptions): string {
  return Object.entries(options)
    .map(([key, value]) => (key === "size" ? `size ${value}` : value))
    .join(", ");
}

/** What is still returnable (or refundable) of an order line. */
export function remainingQuantity(
  item: Pick<StoreOrderItem, "quantity" | "inReturnQuantity" | "refundedQuantity">,
): number {
  return Math.max(0, item.quantity - item.inReturnQuantity - item.refundedQuantity);
}
