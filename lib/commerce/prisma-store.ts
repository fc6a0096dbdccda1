import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation, retryOnConflict, WriteConflict } from "./prisma-errors";
import {
  type CommerceStore,
  type OrderStatus,
  refundSource,
  shippingAddressSchema,
  type StoreConflict,
  type StoreOrder,
} from "./store";

/**
 * The demo store (Order, OrderItem, Payment, Refund, StoreCredit, OrderNotification) behind CommerceStore. Each
 * write re-checks its preconditions inside one transaction, with compare-and-set updates and unique idempotency
 * keys, so that it is correct on PostgreSQL under concurrent requests and not only on single-connection PGlite.
 */
const orderInclude = {
  items: { select: { quantity: true, unitPriceCents: true, product: { select: { sku: true, name: true } } } },
  payments: {
    select: { id: true, method: true, cardLast4: true, status: true, amountCents: true, refundedCents: true },
    orderBy: { createdAt: "asc" },
  },
  refunds: { select: { amountCents: true } },
  credits: { select: { amountCents: true } },
} satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

function toStoreOrder(row: OrderRow): StoreOrder {
  const address = shippingAddressSchema.safeParse(row.shippingAddress);
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
    items: row.items.map((item) => ({
      sku: item.product.sku,
      name: item.product.name,
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
    })),
    payments: row.payments,
    refundedCents: row.refunds.reduce((sum, refund) => sum + refund.amountCents, 0),
    creditedCents: row.credits.reduce((sum, credit) => sum + credit.amountCents, 0),
  };
}

type Tx = Prisma.TransactionClient;

/** Why a conditional state update touched no row: the order is gone, or no longer in an allowed state. */
async function stateConflict(tx: Tx | PrismaClient, orderId: string): Promise<StoreConflict> {
  const current = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  return current ? { conflict: "wrong_state", status: current.status } : { conflict: "not_found" };
}

/** Takes the order's row lock for the rest of the transaction; false when there is no such order. */
async function lockOrder(tx: Tx, orderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return rows.length > 0;
}

function inStates(allowedStates: readonly OrderStatus[]) {
  return { in: [...allowedStates] };
}

export function prismaCommerceStore(prisma: PrismaClient): CommerceStore {
  return {
    async findCustomerByEmail(email) {
      return prisma.customer.findFirst({
        where: { email: { equals: email.trim(), mode: "insensitive" } },
        select: { id: true, email: true, name: true, tier: true },
      });
    },

    async getCustomer(customerId) {
      return prisma.customer.findUnique({ where: { id: customerId }, select: { id: true, email: true, name: true, tier: true } });
    },

    async listOrders(customerId, options) {
      const rows = await prisma.order.findMany({
        where: { customerId },
        orderBy: [{ placedAt: "desc" }, { number: "desc" }],
        take: options?.limit ?? 20,
        include: orderInclude,
      });
      return rows.map(toStoreOrder);
    },

    async getOrder(orderNumber) {
      const row = await prisma.order.findUnique({ where: { number: orderNumber }, include: orderInclude });
      return row ? toStoreOrder(row) : null;
    },

    async findByIdempotencyKey(key) {
      const where = { idempotencyKey: key };
      const select = { createdAt: true };
      const [refund, credit, notification] = await Promise.all([
        prisma.refund.findUnique({ where, select }),
        prisma.storeCredit.findUnique({ where, select }),
        prisma.orderNotification.findUnique({ where, select }),
      ]);
      const found = refund ?? credit ?? notification;
      return found ? { at: found.createdAt } : null;
    },

    async cancelOrder({ orderId, allowedStates, actor }) {
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
              data: { orderId, paymentId: payment.id, amountCents: remaining, reason: "order cancelled", actor, idempotencyKey: `cancel:${orderId}:${payment.id}` },
            });
            await tx.payment.update({ where: { id: payment.id }, data: { refundedCents: payment.amountCents, status: "refunded" } });
            refundedCents += remaining;
          }
        }
        return { ok: true as const, cancelledAt, refundedCents };
      });
    },

    async createReturn({ orderId, allowedStates }) {
      // The demo store has no RMA table: an authorized return moves the order to `returned` (with returnedAt),
      // and the order number is the return's reference. The state change is what makes it happen once.
      const returnedAt = new Date();
      return prisma.$transaction(async (tx) => {
        const claimed = await tx.order.updateMany({
          where: { id: orderId, status: inStates(allowedStates) },
          data: { status: "returned", returnedAt },
        });
        if (claimed.count === 0) return { ok: false as const, ...(await stateConflict(tx, orderId)) };
        const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { number: true } });
        return { ok: true as const, returnReference: `RMA-${order.number}`, returnedAt };
      });
    },

    async refund({ orderId, amountCents, allowedStates, reason, idempotencyKey, actor, maxOrderRefundedCents }) {
      try {
        return await retryOnConflict(() =>
          prisma.$transaction(async (tx) => {
            // Serializes money movements on this order, so a running-total limit cannot be raced past.
            if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
            const existing = await tx.refund.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
            if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
            const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
            if (!allowedStates.includes(order.status)) return { ok: false as const, conflict: "wrong_state" as const, status: order.status };
            const source = refundSource(order);
            if (!source || source.refundableCents < amountCents) {
              return { ok: false as const, conflict: "exceeds_refundable" as const, refundableCents: source?.refundableCents ?? 0 };
            }
            const before = (await tx.refund.aggregate({ where: { orderId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
            if (maxOrderRefundedCents !== undefined && before + amountCents > maxOrderRefundedCents) {
              return { ok: false as const, conflict: "over_limit" as const, currentCents: before };
            }
            // The key goes in first: a concurrent twin blocks on the unique index and then fails, never both.
            const refund = await tx.refund.create({
              data: { orderId, paymentId: source.payment.id, amountCents, reason, idempotencyKey, actor },
              select: { id: true },
            });
            const refundedCents = source.payment.refundedCents + amountCents;
            // Compare-and-set on the balance read above, for writers that do not take the order lock.
            const updated = await tx.payment.updateMany({
              where: { id: source.payment.id, refundedCents: source.payment.refundedCents },
              data: { refundedCents, status: refundedCents >= source.payment.amountCents ? "refunded" : "partially_refunded" },
            });
            if (updated.count === 0) throw new WriteConflict(`payment ${source.payment.id}`);
            return { ok: true as const, refundId: refund.id, paymentId: source.payment.id, amountCents, refundedTotalCents: before + amountCents };
          }),
        );
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const twin = await prisma.refund.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
        return { ok: false as const, conflict: "duplicate" as const, at: twin?.createdAt ?? new Date() };
      }
    },

    async changeShippingAddress({ orderId, address, allowedStates }) {
      const updated = await prisma.order.updateMany({
        where: { id: orderId, status: inStates(allowedStates) },
        data: { shippingAddress: address },
      });
      if (updated.count === 0) return { ok: false as const, ...(await stateConflict(prisma, orderId)) };
      return { ok: true as const, address };
    },

    async resendConfirmation({ orderId, idempotencyKey, actor }) {
      const existing = await prisma.orderNotification.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
      if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
      const order = await prisma.order.findUnique({ where: { id: orderId }, select: { customer: { select: { email: true } } } });
      if (!order) return { ok: false as const, conflict: "not_found" as const };
      try {
        // The demo store "sends" by writing its outbox; a real store would call its mailer here.
        await prisma.orderNotification.create({
          data: { orderId, kind: "confirmation", sentTo: order.customer.email, idempotencyKey, actor },
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return { ok: false as const, conflict: "duplicate" as const, at: new Date() };
      }
      return { ok: true as const, sentTo: order.customer.email };
    },

    async goodwillCredit({ orderId, customerId, amountCents, reason, idempotencyKey, actor, maxOrderCreditedCents }) {
      try {
        return await prisma.$transaction(async (tx) => {
          if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
          const existing = await tx.storeCredit.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
          if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
          const owned = await tx.order.count({ where: { id: orderId, customerId } });
          if (owned === 0) return { ok: false as const, conflict: "not_found" as const };
          const before = (await tx.storeCredit.aggregate({ where: { orderId }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
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
    },
  };
}
