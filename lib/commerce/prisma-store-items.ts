import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation, retryOnConflict, WriteConflict } from "./prisma-errors";
import {
  charge,
  giveBack,
  lineAvailability,
  lockOrder,
  replacementVariant,
  type StoreInput,
  type StoreResult,
} from "./prisma-store-tx";

/** The demo store's writes that change which items an order holds: returns, exchanges and item swaps. */
export async function createReturnRequest(
  prisma: PrismaClient,
  {
    orderId,
    kind,
    items,
    refundCents,
    chargeCents,
    refundMethod,
    allowedStates,
    reason,
    idempotencyKey,
    actor,
  }: StoreInput<"createReturnRequest">,
): StoreResult<"createReturnRequest"> {
  try {
    return await retryOnConflict(() =>
      prisma.$transaction(async (tx) => {
        // The order lock serializes returns and refunds of this order, so two cannot take the same item.
        if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
        const existing = await tx.returnRequest.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
        if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
        const order = await tx.order.findUniqueOrThrow({
          where: { id: orderId },
          select: { status: true, number: true, payments: { orderBy: { createdAt: "asc" } } },
        });
        if (!allowedStates.includes(order.status))
          return { ok: false as const, conflict: "wrong_state" as const, status: order.status };
        const lines = await lineAvailability(tx, orderId);
        for (const item of items) {
          const line = lines.get(item.sku);
          if (!line || line.remaining < item.quantity) {
            return {
              ok: false as const,
              conflict: "item_unavailable" as const,
              sku: item.sku,
              availableQuantity: Math.max(0, line?.remaining ?? 0),
            };
          }
          line.remaining -= item.quantity;
          if (
            kind === "exchange" &&
            (!item.newSku || !(await replacementVariant(tx, line.family, item.sku, item.newSku)))
          ) {
            return { ok: false as const, conflict: "variant_unavailable" as const, sku: item.newSku ?? item.sku };
          }
        }
        const count = await tx.returnRequest.count({ where: { orderId } });
        const reference = `RMA-${order.number}-${count + 1}`;
        const created = await tx.returnRequest.create({
          data: {
            orderId,
            reference,
            kind,
            items,
            refundCents,
            chargeCents,
            refundMethod,
            reason,
            idempotencyKey,
            actor,
          },
          select: { createdAt: true },
        });
        // An exchange for a dearer variant is charged now, to the order's payment method.
        const chargedCents = chargeCents > 0 ? await charge(tx, orderId, order.payments, chargeCents) : 0;
        return { ok: true as const, reference, createdAt: created.createdAt, chargedCents };
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const twin = await prisma.returnRequest.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
    return { ok: false as const, conflict: "duplicate" as const, at: twin?.createdAt ?? new Date() };
  }
}

export async function modifyItems(
  prisma: PrismaClient,
  { orderId, changes, allowedStates, expectedTotalCents, idempotencyKey, actor }: StoreInput<"modifyItems">,
): StoreResult<"modifyItems"> {
  try {
    return await retryOnConflict(() =>
      prisma.$transaction(async (tx) => {
        if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
        const order = await tx.order.findUniqueOrThrow({
          where: { id: orderId },
          select: { status: true, shippingCents: true, totalCents: true, payments: { orderBy: { createdAt: "asc" } } },
        });
        if (!allowedStates.includes(order.status))
          return { ok: false as const, conflict: "wrong_state" as const, status: order.status };
        if (order.totalCents !== expectedTotalCents) return { ok: false as const, conflict: "amount_changed" as const };
        const lines = await tx.orderItem.findMany({
          where: { orderId },
          select: {
            id: true,
            quantity: true,
            unitPriceCents: true,
            productId: true,
            product: { select: { sku: true, family: true } },
          },
          orderBy: { id: "asc" },
        });
        for (const change of changes) {
          const mine = lines.filter((line) => line.product.sku === change.sku && line.quantity > 0);
          const have = mine.reduce((sum, line) => sum + line.quantity, 0);
          if (have < change.quantity)
            return {
              ok: false as const,
              conflict: "item_unavailable" as const,
              sku: change.sku,
              availableQuantity: have,
            };
          const family = mine[0]!.product.family ?? change.sku;
          const variant = await replacementVariant(tx, family, change.sku, change.newSku);
          if (!variant) return { ok: false as const, conflict: "variant_unavailable" as const, sku: change.newSku };
          let left = change.quantity;
          for (const line of mine) {
            const take = Math.min(left, line.quantity);
            line.quantity -= take;
            left -= take;
            if (take > 0) {
              if (line.quantity === 0) await tx.orderItem.delete({ where: { id: line.id } });
              else await tx.orderItem.update({ where: { id: line.id }, data: { quantity: line.quantity } });
            }
            if (left === 0) break;
          }
          const added = await tx.orderItem.create({
            data: { orderId, productId: variant.id, quantity: change.quantity, unitPriceCents: variant.priceCents },
            select: { id: true },
          });
          lines.push({
            id: added.id,
            quantity: change.quantity,
            unitPriceCents: variant.priceCents,
            productId: variant.id,
            product: { sku: change.newSku, family },
          });
        }
        const subtotalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
        const totalCents = subtotalCents + order.shippingCents;
        const differenceCents = totalCents - order.totalCents;
        const updated = await tx.order.updateMany({
          where: { id: orderId, totalCents: order.totalCents },
          data: { subtotalCents, totalCents },
        });
        if (updated.count === 0) throw new WriteConflict(`order ${orderId}`);
        if (differenceCents > 0) await charge(tx, orderId, order.payments, differenceCents);
        if (differenceCents < 0) await giveBack(tx, orderId, order.payments, -differenceCents, idempotencyKey, actor);
        return { ok: true as const, subtotalCents, totalCents, differenceCents };
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false as const, conflict: "duplicate" as const, at: new Date() };
  }
}
