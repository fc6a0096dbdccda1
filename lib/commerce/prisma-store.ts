import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "./prisma-errors";
import { createReturnRequest, modifyItems } from "./prisma-store-items";
import { cancelOrder, goodwillCredit, refund } from "./prisma-store-money";
import {
  customerSelect,
  familyWhere,
  orderInclude,
  productSelect,
  toStoreCustomer,
  toStoreOrder,
  toStoreProduct,
} from "./prisma-store-rows";
import { inStates, stateConflict } from "./prisma-store-tx";
import type { CommerceStore } from "./store";

/**
 * The demo store (Order, OrderItem, Payment, Refund, StoreCredit, OrderNotification) behind CommerceStore. Each
 * write re-checks its preconditions inside one transaction, with compare-and-set updates and unique idempotency
 * keys, so that it is correct on PostgreSQL under concurrent requests and not only on single-connection PGlite.
 */
export function prismaCommerceStore(prisma: PrismaClient): CommerceStore {
  return {
    async findCustomerByEmail(email) {
      return toStoreCustomer(
        await prisma.customer.findFirst({
          where: { email: { equals: email.trim(), mode: "insensitive" } },
          select: customerSelect,
        }),
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

    cancelOrder: (input) => cancelOrder(prisma, input),
    createReturnRequest: (input) => createReturnRequest(prisma, input),
    modifyItems: (input) => modifyItems(prisma, input),

    async updateDefaultAddress({ customerId, address }) {
      const updated = await prisma.customer.updateMany({
        where: { id: customerId },
        data: { defaultAddress: address },
      });
      if (updated.count === 0) return { ok: false as const, conflict: "not_found" as const };
      return { ok: true as const, address };
    },

    async findProduct(sku) {
      const row = await prisma.product.findFirst({
        where: { sku: { equals: sku.trim(), mode: "insensitive" } },
        select: productSelect,
      });
      return row ? toStoreProduct(row) : null;
    },

    async listVariants(family) {
      const rows = await prisma.product.findMany({
        where: familyWhere(family),
        select: productSelect,
        orderBy: [{ priceCents: "asc" }, { sku: "asc" }],
      });
      return rows.map(toStoreProduct);
    },

    async productNames() {
      const rows = await prisma.product.findMany({
        where: { active: true },
        select: { name: true },
        distinct: ["name"],
        orderBy: { name: "asc" },
      });
      return rows.map((row) => row.name);
    },

    async searchProducts(query, options) {
      const words = query
        .trim()
        .split(/\s+/)
        .filter((word) => word.length > 0)
        .slice(0, 8);
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

    refund: (input) => refund(prisma, input),

    async changeShippingAddress({ orderId, address, allowedStates }) {
      const updated = await prisma.order.updateMany({
        where: { id: orderId, status: inStates(allowedStates) },
        data: { shippingAddress: address },
      });
      if (updated.count === 0) return { ok: false as const, ...(await stateConflict(prisma, orderId)) };
      return { ok: true as const, address };
    },

    async resendConfirmation({ orderId, idempotencyKey, actor }) {
      const existing = await prisma.orderNotification.findUnique({
        where: { idempotencyKey },
        select: { createdAt: true },
      });
      if (existing) return { ok: false as const, conflict: "duplicate" as const, at: existing.createdAt };
      const order = await prisma.order.findUnique({
        where: { id: orderId },
        select: { customer: { select: { email: true } } },
      });
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

    goodwillCredit: (input) => goodwillCredit(prisma, input),

    async findOrders({ customerId, numbers, limit }) {
      const rows = await prisma.order.findMany({
        where: { OR: [...(customerId ? [{ customerId }] : []), { number: { in: numbers } }] },
        orderBy: { placedAt: "desc" },
        take: limit,
        // Lines as stored, not by id: the order staff have always seen them in.
        include: { ...orderInclude, items: { select: orderInclude.items.select } },
      });
      return rows.map(toStoreOrder);
    },

    async listOrdersAsOf({ customerId, at, limit }) {
      const rows = await prisma.order.findMany({
        where: { customerId, placedAt: { lte: at } },
        orderBy: { placedAt: "desc" },
        take: limit,
        include: { ...orderInclude, refunds: { ...orderInclude.refunds, where: { createdAt: { lte: at } } } },
      });
      return rows.map(toStoreOrder);
    },

    listOrderSummaries(customerId, { limit }) {
      return prisma.order.findMany({
        where: { customerId },
        select: { number: true, status: true, totalCents: true, placedAt: true },
        orderBy: { placedAt: "desc" },
        take: limit,
      });
    },
  };
}
