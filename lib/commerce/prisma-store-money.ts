import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation, retryOnConflict, WriteConflict } from "./prisma-errors";
import {
  inStates,
  lineAvailability,
  lockOrder,
  stateConflict,
  type StoreInput,
  type StoreResult,
} from "./prisma-store-tx";
import { refundSource } from "./store";

/** The demo store's writes that move money: a cancellation (with its refunds), a refund, a goodwill credit. */
export async function cancelOrder(
  prisma: PrismaClient,
  { orderId, allowedStates, actor }: StoreInput<"cancelOrder">,
): StoreResult<"cancelOrder"> {
  const cancelledAt = new Date();
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.order.updateMany({
      where: { id: orderId, status: inStates(allowedStates) },
      data: { status: "cancelled", cancelledAt },
    });
    if (claimed.count === 0) return { ok: false as const, ...(await stateConflict(tx, orderId)) };
    // A cancelled order that keeps the customer's money is not a cancellation: authorizations are voided
    // and captured payments are returned in full, in the same transaction as the status change.
    const payments = await tx.payment.findMany({ where: { orderId } });
    let refundedCents = 0;
    for (const payment of payments) {
      if (payment.status === "authorized") {
        await tx.payment.update({ where: { id: payment.id }, data: { status: "voided" } });
      } else if (payment.status === "captured" || payment.status === "partially_refunded") {
        const remaining = payment.amountCents - payment.refundedCents;
        if (remaining <= 0) continue;
        await tx.refund.create({
          data: {
            orderId,
            paymentId: payment.id,
            amountCents: remaining,
            reason: "order cancelled",
            actor,
            idempotencyKey: `cancel:${orderId}:${payment.id}`,
          },
        });
        await tx.payment.update({
          where: { id: payment.id },
          data: { refundedCents: payment.amountCents, status: "refunded" },
        });
        refundedCents += remaining;
      }
    }
    return { ok: true as const, cancelledAt, refundedCents };
  });
}

export async function refund(
  prisma: PrismaClient,
  {
    orderId,
    amountCents,
    allowedStates,
    reason,
    idempotencyKey,
    actor,
    maxOrderRefundedCents,
    items,
  }: StoreInput<"refund">,
): StoreResult<"refund"> {
  try {
    return await retryOnConflict(() =>
      prisma.$transaction(async (tx) => {
        // Serializes money movements on this order, so a running-total limit cannot be raced past.
        if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
        const existing = await tx.refund.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
        if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
        const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
        if (!allowedStates.includes(order.status))
          return { ok: false as const, conflict: "wrong_state" as const, status: order.status };
        const source = refundSource(order);
        if (!source || source.refundableCents < amountCents) {
          return {
            ok: false as const,
            conflict: "exceeds_refundable" as const,
            refundableCents: source?.refundableCents ?? 0,
          };
        }
        const before =
          (await tx.refund.aggregate({ where: { orderId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
        if (maxOrderRefundedCents !== undefined && before + amountCents > maxOrderRefundedCents) {
          return { ok: false as const, conflict: "over_limit" as const, currentCents: before };
        }
        if (items) {
          const lines = await lineAvailability(tx, orderId);
          for (const item of items) {
            const remaining = lines.get(item.sku)?.remaining ?? 0;
            if (remaining < item.quantity)
              return {
                ok: false as const,
                conflict: "item_unavailable" as const,
                sku: item.sku,
                availableQuantity: Math.max(0, remaining),
              };
          }
        }
        // The key goes in first: a concurrent twin blocks on the unique index and then fails, never both.
        const refund = await tx.refund.create({
          data: {
            orderId,
            paymentId: source.payment.id,
            amountCents,
            reason,
            idempotencyKey,
            actor,
            ...(items ? { items } : {}),
          },
          select: { id: true },
        });
        const refundedCents = source.payment.refundedCents + amountCents;
        // Compare-and-set on the balance read above, for writers that do not take the order lock.
        const updated = await tx.payment.updateMany({
          where: { id: source.payment.id, refundedCents: source.payment.refundedCents },
          data: {
            refundedCents,
            status: refundedCents >= source.payment.amountCents ? "refunded" : "partially_refunded",
          },
        });
        if (updated.count === 0) throw new WriteConflict(`payment ${source.payment.id}`);
        return {
          ok: true as const,
          refundId: refund.id,
          paymentId: source.payment.id,
          amountCents,
          refundedTotalCents: before + amountCents,
        };
      }),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const twin = await prisma.refund.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
    return { ok: false as const, conflict: "duplicate" as const, at: twin?.createdAt ?? new Date() };
  }
}

export async function goodwillCredit(
  prisma: PrismaClient,
  {
    orderId,
    customerId,
    amountCents,
    reason,
    idempotencyKey,
    actor,
    maxOrderCreditedCents,
  }: StoreInput<"goodwillCredit">,
): StoreResult<"goodwillCredit"> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
      const existing = await tx.storeCredit.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
      if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
      const owned = await tx.order.count({ where: { id: orderId, customerId } });
      if (owned === 0) return { ok: false as const, conflict: "not_found" as const };
      const before =
        (await tx.storeCredit.aggregate({ where: { orderId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
      if (maxOrderCreditedCents !== undefined && before + amountCents > maxOrderCreditedCents) {
        return { ok: false as const, conflict: "over_limit" as const, currentCents: before };
      }
      const credit = await tx.storeCredit.create({
        data: { customerId, orderId, amountCents, reason, idempotencyKey, actor },
        select: { id: true },
      });
      return { ok: true as const, creditId: credit.id, amountCents, creditedTotalCents: before + amountCents };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const twin = await prisma.storeCredit.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
    return { ok: false as const, conflict: "duplicate" as const, at: twin?.createdAt ?? new Date() };
  }
}
