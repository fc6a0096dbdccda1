import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation, retryOnConflict, WriteConflict } from "./prisma-errors";
import { z } from "zod";
import {
  type CommerceStore,
  type OrderStatus,
  type ProductOptions,
  refundSource,
  shippingAddressSchema,
  type StoreConflict,
  type StoreCustomer,
  type StoreOrder,
  type StoreProduct,
  type StoreReturn,
} from "./store";

/**
 * The demo store (Order, OrderItem, Payment, Refund, StoreCredit, OrderNotification) behind CommerceStore. Each
 * write re-checks its preconditions inside one transaction, with compare-and-set updates and unique idempotency
 * keys, so that it is correct on PostgreSQL under concurrent requests and not only on single-connection PGlite.
 */
const productSelect = {
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

const orderInclude = {
  items: { select: { quantity: true, unitPriceCents: true, product: { select: { sku: true, name: true, family: true, options: true } } }, orderBy: { id: "asc" } },
  payments: {
    select: { id: true, method: true, cardLast4: true, status: true, amountCents: true, refundedCents: true },
    orderBy: { createdAt: "asc" },
  },
  refunds: { select: { amountCents: true, items: true } },
  credits: { select: { amountCents: true } },
  returns: {
    select: { reference: true, kind: true, status: true, items: true, refundCents: true, chargeCents: true, refundMethod: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

/** Options as stored (JSON): only string values survive, so a stray shape cannot reach a customer sentence. */
export function parseOptions(value: unknown): ProductOptions {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const options: ProductOptions = {};
  for (const [key, option] of Object.entries(value)) {
    if (typeof option === "string" || typeof option === "number") options[key] = String(option);
  }
  return options;
}

const storedItemSchema = z.object({ sku: z.string(), quantity: z.number().int(), name: z.string().optional(), unitPriceCents: z.number().int().optional(), newSku: z.string().optional() });

/** Items recorded on a ReturnRequest or a Refund, as written by this store; anything else reads as none. */
function storedItems(value: unknown): Array<z.infer<typeof storedItemSchema>> {
  const parsed = z.array(storedItemSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

function quantitiesBySku(lists: unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const item of storedItems(list)) counts.set(item.sku, (counts.get(item.sku) ?? 0) + item.quantity);
  return counts;
}

function toStoreProduct(row: Prisma.ProductGetPayload<{ select: typeof productSelect }>): StoreProduct {
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

function toStoreOrder(row: OrderRow): StoreOrder {
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

/** Per SKU of an order, read inside the caller's transaction: bought, and still returnable or refundable. */
async function lineAvailability(tx: Tx, orderId: string): Promise<Map<string, { family: string; remaining: number }>> {
  const [items, returns, refunds] = await Promise.all([
    tx.orderItem.findMany({ where: { orderId }, select: { quantity: true, product: { select: { sku: true, family: true } } } }),
    tx.returnRequest.findMany({ where: { orderId }, select: { items: true } }),
    tx.refund.findMany({ where: { orderId }, select: { items: true } }),
  ]);
  const used = quantitiesBySku([...returns.map((r) => r.items), ...refunds.map((r) => r.items)]);
  const lines = new Map<string, { family: string; remaining: number }>();
  for (const item of items) {
    const line = lines.get(item.product.sku) ?? { family: item.product.family ?? item.product.sku, remaining: -(used.get(item.product.sku) ?? 0) };
    line.remaining += item.quantity;
    lines.set(item.product.sku, line);
  }
  return lines;
}

/** A replacement a store can ship: an active, in-stock variant of the same family that is not the same SKU. */
async function replacementVariant(tx: Tx, family: string, sku: string, newSku: string) {
  if (newSku === sku) return null;
  const product = await tx.product.findUnique({ where: { sku: newSku }, select: { id: true, family: true, priceCents: true, active: true, inStock: true } });
  if (!product || (product.family ?? newSku) !== family || !product.active || !product.inStock) return null;
  return product;
}

const customerSelect = { id: true, email: true, name: true, tier: true, defaultAddress: true } satisfies Prisma.CustomerSelect;

function toStoreCustomer(row: Prisma.CustomerGetPayload<{ select: typeof customerSelect }> | null): StoreCustomer | null {
  if (!row) return null;
  const address = shippingAddressSchema.safeParse(row.defaultAddress);
  return { id: row.id, email: row.email, name: row.name, tier: row.tier, defaultAddress: address.success ? address.data : null };
}

/** Variants of a family: rows that name it, and a row without a family whose SKU is it. */
function familyWhere(family: string): Prisma.ProductWhereInput {
  return { OR: [{ family }, { family: null, sku: family }] };
}

export function prismaCommerceStore(prisma: PrismaClient): CommerceStore {
  return {
    async findCustomerByEmail(email) {
      return toStoreCustomer(
        await prisma.customer.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" } }, select: customerSelect }),
      );
    },

    async getCustomer(customerId) {
      return toStoreCustomer(await prisma.customer.findUnique({ where: { id: customerId }, select: customerSelect }));
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
      const [refund, credit, notification, returned] = await Promise.all([
        prisma.refund.findUnique({ where, select }),
        prisma.storeCredit.findUnique({ where, select }),
        prisma.orderNotification.findUnique({ where, select }),
        prisma.returnRequest.findUnique({ where, select }),
      ]);
      const found = refund ?? credit ?? notification ?? returned;
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

    async createReturnRequest({ orderId, kind, items, refundCents, chargeCents, refundMethod, allowedStates, reason, idempotencyKey, actor }) {
      try {
        return await retryOnConflict(() =>
          prisma.$transaction(async (tx) => {
            // The order lock serializes returns and refunds of this order, so two cannot take the same item.
            if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
            const existing = await tx.returnRequest.findUnique({ where: { idempotencyKey }, select: { createdAt: true } });
            if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
            const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, number: true, payments: { orderBy: { createdAt: "asc" } } } });
            if (!allowedStates.includes(order.status)) return { ok: false as const, conflict: "wrong_state" as const, status: order.status };
            const lines = await lineAvailability(tx, orderId);
            for (const item of items) {
              const line = lines.get(item.sku);
              if (!line || line.remaining < item.quantity) {
                return { ok: false as const, conflict: "item_unavailable" as const, sku: item.sku, availableQuantity: Math.max(0, line?.remaining ?? 0) };
              }
              line.remaining -= item.quantity;
              if (kind === "exchange" && (!item.newSku || !(await replacementVariant(tx, line.family, item.sku, item.newSku)))) {
                return { ok: false as const, conflict: "variant_unavailable" as const, sku: item.newSku ?? item.sku };
              }
            }
            const count = await tx.returnRequest.count({ where: { orderId } });
            const reference = `RMA-${order.number}-${count + 1}`;
            const created = await tx.returnRequest.create({
              data: { orderId, reference, kind, items, refundCents, chargeCents, refundMethod, reason, idempotencyKey, actor },
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
    },

    async modifyItems({ orderId, changes, allowedStates, expectedTotalCents, idempotencyKey, actor }) {
      try {
        return await retryOnConflict(() =>
          prisma.$transaction(async (tx) => {
            if (!(await lockOrder(tx, orderId))) return { ok: false as const, conflict: "not_found" as const };
            const order = await tx.order.findUniqueOrThrow({
              where: { id: orderId },
              select: { status: true, shippingCents: true, totalCents: true, payments: { orderBy: { createdAt: "asc" } } },
            });
            if (!allowedStates.includes(order.status)) return { ok: false as const, conflict: "wrong_state" as const, status: order.status };
            if (order.totalCents !== expectedTotalCents) return { ok: false as const, conflict: "amount_changed" as const };
            const lines = await tx.orderItem.findMany({
              where: { orderId },
              select: { id: true, quantity: true, unitPriceCents: true, productId: true, product: { select: { sku: true, family: true } } },
              orderBy: { id: "asc" },
            });
            for (const change of changes) {
              const mine = lines.filter((line) => line.product.sku === change.sku && line.quantity > 0);
              const have = mine.reduce((sum, line) => sum + line.quantity, 0);
              if (have < change.quantity) return { ok: false as const, conflict: "item_unavailable" as const, sku: change.sku, availableQuantity: have };
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
              lines.push({ id: added.id, quantity: change.quantity, unitPriceCents: variant.priceCents, productId: variant.id, product: { sku: change.newSku, family } });
            }
            const subtotalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
            const totalCents = subtotalCents + order.shippingCents;
            const differenceCents = totalCents - order.totalCents;
            const updated = await tx.order.updateMany({ where: { id: orderId, totalCents: order.totalCents }, data: { subtotalCents, totalCents } });
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
    },

    async updateDefaultAddress({ customerId, address }) {
      const updated = await prisma.customer.updateMany({ where: { id: customerId }, data: { defaultAddress: address } });
      if (updated.count === 0) return { ok: false as const, conflict: "not_found" as const };
      return { ok: true as const, address };
    },

    async findProduct(sku) {
      const row = await prisma.product.findFirst({ where: { sku: { equals: sku.trim(), mode: "insensitive" } }, select: productSelect });
      return row ? toStoreProduct(row) : null;
    },

    async listVariants(family) {
      const rows = await prisma.product.findMany({ where: familyWhere(family), select: productSelect, orderBy: [{ priceCents: "asc" }, { sku: "asc" }] });
      return rows.map(toStoreProduct);
    },

    async searchProducts(query, options) {
      const words = query.trim().split(/\s+/).filter((word) => word.length > 0).slice(0, 8);
      if (words.length === 0) return [];
      const rows = await prisma.product.findMany({
        where: {
          AND: words.map((word) => ({
            OR: [
              { name: { contains: word, mode: "insensitive" as const } },
              { family: { contains: word, mode: "insensitive" as const } },
              { sku: { contains: word, mode: "insensitive" as const } },
              { category: { contains: word, mode: "insensitive" as const } },
            ],
          })),
        },
        select: productSelect,
        orderBy: [{ name: "asc" }, { priceCents: "asc" }, { sku: "asc" }],
        take: options?.limit ?? 50,
      });
      return rows.map(toStoreProduct);
    },

    async refund({ orderId, amountCents, allowedStates, reason, idempotencyKey, actor, maxOrderRefundedCents, items }) {
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
            if (items) {
              const lines = await lineAvailability(tx, orderId);
              for (const item of items) {
                const remaining = lines.get(item.sku)?.remaining ?? 0;
                if (remaining < item.quantity) return { ok: false as const, conflict: "item_unavailable" as const, sku: item.sku, availableQuantity: Math.max(0, remaining) };
              }
            }
            // The key goes in first: a concurrent twin blocks on the unique index and then fails, never both.
            const refund = await tx.refund.create({
              data: { orderId, paymentId: source.payment.id, amountCents, reason, idempotencyKey, actor, ...(items ? { items } : {}) },
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

type PaymentRow = { id: string; method: string; cardLast4: string | null; status: string; amountCents: number; refundedCents: number };

/**
 * Takes `amountCents` more for an order: an open authorization grows; otherwise the payment method is charged
 * again (a new captured payment, as a store would record a second charge).
 */
async function charge(tx: Tx, orderId: string, payments: PaymentRow[], amountCents: number): Promise<number> {
  const authorized = payments.find((p) => p.status === "authorized");
  if (authorized) {
    await tx.payment.update({ where: { id: authorized.id }, data: { amountCents: authorized.amountCents + amountCents } });
    return amountCents;
  }
  const first = payments[0];
  await tx.payment.create({
    data: { orderId, method: first?.method ?? "card", cardLast4: first?.cardLast4 ?? null, status: "captured", amountCents, createdAt: new Date() },
  });
  return amountCents;
}

/** Gives `amountCents` back for an order: an open authorization shrinks; a captured payment is refunded. */
async function giveBack(tx: Tx, orderId: string, payments: PaymentRow[], amountCents: number, idempotencyKey: string, actor: string): Promise<void> {
  const authorized = payments.find((p) => p.status === "authorized" && p.amountCents >= amountCents);
  if (authorized) {
    await tx.payment.update({ where: { id: authorized.id }, data: { amountCents: authorized.amountCents - amountCents } });
    return;
  }
  const source = refundSource({ payments: payments as StoreOrder["payments"] });
  if (!source || source.refundableCents < amountCents) throw new Error(`order ${orderId} cannot refund ${amountCents}`);
  await tx.refund.create({ data: { orderId, paymentId: source.payment.id, amountCents, reason: "price difference of changed items", idempotencyKey, actor } });
  const refundedCents = source.payment.refundedCents + amountCents;
  await tx.payment.update({
    where: { id: source.payment.id },
    data: { refundedCents, status: refundedCents >= source.payment.amountCents ? "refunded" : "partially_refunded" },
  });
}
