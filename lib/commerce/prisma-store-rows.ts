import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "zod";
import {
  type ProductOptions,
  shippingAddressSchema,
  type StoreCustomer,
  type StoreOrder,
  type StoreProduct,
  type StoreReturn,
} from "./store";

/** The demo store's rows as Prisma reads them, and their translation into the store's types. */
export const productSelect = {
  sku: true,
  name: true,
  family: true,
  options: true,
  category: true,
  description: true,
  priceCents: true,
  inStock: true,
  active: true,
} satisfies Prisma.ProductSelect;

export const orderInclude = {
  items: {
    select: {
      quantity: true,
      unitPriceCents: true,
      product: { select: { sku: true, name: true, family: true, options: true } },
    },
    orderBy: { id: "asc" },
  },
  payments: {
    select: { id: true, method: true, cardLast4: true, status: true, amountCents: true, refundedCents: true },
    orderBy: { createdAt: "asc" },
  },
  refunds: { select: { amountCents: true, items: true } },
  credits: { select: { amountCents: true } },
  returns: {
    select: {
      reference: true,
      kind: true,
      status: true,
      items: true,
      refundCents: true,
      chargeCents: true,
      refundMethod: true,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

/** Options as stored (JSON): only string values survive, so a stray shape cannot reach a customer sentence. */
function parseOptions(value: unknown): ProductOptions {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const options: ProductOptions = {};
  for (const [key, option] of Object.entries(value)) {
    if (typeof option === "string" || typeof option === "number") options[key] = String(option);
  }
  return options;
}

const storedItemSchema = z.object({
  sku: z.string(),
  quantity: z.number().int(),
  name: z.string().optional(),
  unitPriceCents: z.number().int().optional(),
  newSku: z.string().optional(),
});

/** Items recorded on a ReturnRequest or a Refund, as written by this store; anything else reads as none. */
function storedItems(value: unknown): Array<z.infer<typeof storedItemSchema>> {
  const parsed = z.array(storedItemSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function quantitiesBySku(lists: unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const item of storedItems(list)) counts.set(item.sku, (counts.get(item.sku) ?? 0) + item.quantity);
  return counts;
}

export function toStoreProduct(row: Prisma.ProductGetPayload<{ select: typeof productSelect }>): StoreProduct {
  return { ...row, family: row.family ?? row.sku, options: parseOptions(row.options) };
}

function toStoreReturn(row: OrderRow["returns"][number]): StoreReturn {
  return {
    reference: row.reference,
    kind: row.kind === "exchange" ? "exchange" : "return",
    status: (["requested", "received", "refunded", "closed"] as const).find((s) => s === row.status) ?? "requested",
    items: storedItems(row.items).map((item) => ({
      sku: item.sku,
      name: item.name ?? item.sku,
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents ?? 0,
      ...(item.newSku ? { newSku: item.newSku } : {}),
    })),
    refundCents: row.refundCents,
    chargeCents: row.chargeCents,
    refundMethod: row.refundMethod === "store_credit" ? "store_credit" : "original_payment",
    createdAt: row.createdAt,
  };
}

export function toStoreOrder(row: OrderRow): StoreOrder {
  const address = shippingAddressSchema.safeParse(row.shippingAddress);
  const inReturn = quantitiesBySku(row.returns.map((r) => r.items));
  const refunded = quantitiesBySku(row.refunds.map((r) => r.items));
  const items = new Map<string, StoreOrder["items"][number]>();
  for (const item of row.items) {
    const sku = item.product.sku;
    const existing = items.get(sku);
    if (existing) {
      existing.quantity += item.quantity;
      continue;
    }
    items.set(sku, {
      sku,
      name: item.product.name,
      family: item.product.family ?? sku,
      options: parseOptions(item.product.options),
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
      inReturnQuantity: inReturn.get(sku) ?? 0,
      refundedQuantity: refunded.get(sku) ?? 0,
    });
  }
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    status: row.status,
    placedAt: row.placedAt,
    shippedAt: row.shippedAt,
    deliveredAt: row.deliveredAt,
    cancelledAt: row.cancelledAt,
    returnedAt: row.returnedAt,
    subtotalCents: row.subtotalCents,
    shippingCents: row.shippingCents,
    totalCents: row.totalCents,
    currency: row.currency,
    shippingAddress: address.success ? address.data : null,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    items: [...items.values()],
    payments: row.payments,
    returns: row.returns.map(toStoreReturn),
    refundedCents: row.refunds.reduce((sum, refund) => sum + refund.amountCents, 0),
    creditedCents: row.credits.reduce((sum, credit) => sum + credit.amountCents, 0),
  };
}

export const customerSelect = {
  id: true,
  email: true,
  name: true,
  tier: true,
  defaultAddress: true,
} satisfies Prisma.CustomerSelect;

export function toStoreCustomer(
  row: Prisma.CustomerGetPayload<{ select: typeof customerSelect }> | null,
): StoreCustomer | null {
  if (!row) return null;
  const address = shippingAddressSchema.safeParse(row.defaultAddress);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    tier: row.tier,
    defaultAddress: address.success ? address.data : null,
  };
}

/** Variants of a family: rows that name it, and a row without a family whose SKU is it. */
export function familyWhere(family: string): Prisma.ProductWhereInput {
  return { OR: [{ family }, { family: null, sku: family }] };
}
