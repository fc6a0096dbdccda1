import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { quantitiesBySku } from "./prisma-store-rows";
import { type CommerceStore, type OrderStatus, refundSource, type StoreConflict, type StoreOrder } from "./store";

/** The arguments and result of one CommerceStore method, for the demo store's writes written as functions. */
export type StoreInput<M extends keyof CommerceStore> = Parameters<CommerceStore[M]>[0];
export type StoreResult<M extends keyof CommerceStore> = ReturnType<CommerceStore[M]>;

export type Tx = Prisma.TransactionClient;

/** Why a conditional state update touched no row: the order is gone, or no longer in an allowed state. */
export async function stateConflict(tx: Tx | PrismaClient, orderId: string): Promise<StoreConflict> {
  const current = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  return current ? { conflict: "wrong_state", status: current.status } : { conflict: "not_found" };
}

/** Takes the order's row lock for the rest of the transaction; false when there is no such order. */
export async function lockOrder(tx: Tx, orderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return rows.length > 0;
}

export function inStates(allowedStates: readonly OrderStatus[]) {
  return { in: [...allowedStates] };
}

/** Per SKU of an order, read inside the caller's transaction: bought, and still returnable or refundable. */
export async function lineAvailability(
  tx: Tx,
  orderId: string,
): Promise<Map<string, { family: string; remaining: number }>> {
  const [items, returns, refunds] = await Promise.all([
    tx.orderItem.findMany({
      where: { orderId },
      select: { quantity: true, product: { select: { sku: true, family: true } } },
    }),
    tx.returnRequest.findMany({ where: { orderId }, select: { items: true } }),
    tx.refund.findMany({ where: { orderId }, select: { items: true } }),
  ]);
  const used = quantitiesBySku([...returns.map((r) => r.items), ...refunds.map((r) => r.items)]);
  const lines = new Map<string, { family: string; remaining: number }>();
  for (const item of items) {
    const line = lines.get(item.product.sku) ?? {
      family: item.product.family ?? item.product.sku,
      remaining: -(used.get(item.product.sku) ?? 0),
    };
    line.remaining += item.quantity;
    lines.set(item.product.sku, line);
  }
  return lines;
}

/** A replacement a store can ship: an active, in-stock variant of the same family that is not the same SKU. */
export async function replacementVariant(tx: Tx, family: string, sku: string, newSku: string) {
  if (newSku === sku) return null;
  const product = await tx.product.findUnique({
    where: { sku: newSku },
    select: { id: true, family: true, priceCents: true, active: true, inStock: true },
  });
  if (!product || (product.family ?? newSku) !== family || !product.active || !product.inStock) return null;
  return product;
}

type PaymentRow = {
  id: string;
  method: string;
  cardLast4: string | null;
  status: string;
  amountCents: number;
  refundedCents: number;
};

/**
 * Takes `amountCents` more for an order: an open authorization grows; otherwise the payment method is charged
 * again (a new captured payment, as a store would record a second charge).
 */
export async function charge(tx: Tx, orderId: string, payments: PaymentRow[], amountCents: number): Promise<number> {
  const authorized = payments.find((p) => p.status === "authorized");
  if (authorized) {
    await tx.payment.update({
      where: { id: authorized.id },
      data: { amountCents: authorized.amountCents + amountCents },
    });
    return amountCents;
  }
  const first = payments[0];
  await tx.payment.create({
    data: {
      orderId,
      method: first?.method ?? "card",
      cardLast4: first?.cardLast4 ?? null,
      status: "captured",
      amountCents,
      createdAt: new Date(),
    },
  });
  return amountCents;
}

/** Gives `amountCents` back for an order: an open authorization shrinks; a captured payment is refunded. */
export async function giveBack(
  tx: Tx,
  orderId: string,
  payments: PaymentRow[],
  amountCents: number,
  idempotencyKey: string,
  actor: string,
): Promise<void> {
  const authorized = payments.find((p) => p.status === "authorized" && p.amountCents >= amountCents);
  if (authorized) {
    await tx.payment.update({
      where: { id: authorized.id },
      data: { amountCents: authorized.amountCents - amountCents },
    });
    return;
  }
  const source = refundSource({ payments: payments as StoreOrder["payments"] });
  if (!source || source.refundableCents < amountCents) throw new Error(`order ${orderId} cannot refund ${amountCents}`);
  await tx.refund.create({
    data: {
      orderId,
      paymentId: source.payment.id,
      amountCents,
      reason: "price difference of changed items",
      idempotencyKey,
      actor,
    },
  });
  const refundedCents = source.payment.refundedCents + amountCents;
  await tx.payment.update({
    where: { id: source.payment.id },
    data: { refundedCents, status: refundedCents >= source.payment.amountCents ? "refunded" : "partially_refunded" },
  });
}
