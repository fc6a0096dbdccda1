import type {
  TandemAddress,
  TauAddress,
  TauData,
  TauFixtureItem,
  TauFixtureOrder,
  TauFixtureProduct,
  TauOrder,
  TauOrderItem,
  TauUser,
  TauVariant,
  TauWriteAction,
} from "./tau-types";

/** tau's users, orders and items in Tandem's fixture format, and the items and changes an action names. */

/** "#W5442520" → "NW-5442520": deterministic, unique (tau's ids are unique), and what a customer would type. */
export function tandemOrderNumber(tauOrderId: string): string {
  const digits = tauOrderId.replace(/\D/g, "");
  return `NW-${digits}`;
}

export const cents = (dollars: number): number => Math.round(dollars * 100);

const COUNTRY_CODES: Record<string, string> = {
  USA: "US",
  US: "US",
  "UNITED STATES": "US",
  UK: "GB",
  "UNITED KINGDOM": "GB",
  CANADA: "CA",
};
export function tandemAddress(name: string, address: TauAddress): TandemAddress {
  const country =
    COUNTRY_CODES[address.country.trim().toUpperCase()] ?? address.country.trim().slice(0, 2).toUpperCase();
  return {
    name,
    line1: address.address1,
    ...(address.address2 ? { line2: address.address2 } : {}),
    city: address.city,
    region: address.state,
    postalCode: address.zip,
    country,
  };
}

/** The address as a customer writes it: "320 Cedar Avenue, Suite 116, San Antonio, TX 78219, USA". */
export function addressText(address: TauAddress): string {
  return [address.address1, address.address2, address.city, `${address.state} ${address.zip}`, address.country]
    .filter((part) => part && part.trim())
    .join(", ");
}

export const fullName = (user: TauUser) => `${user.name.first_name} ${user.name.last_name}`;

/** What was paid on the order (tau: its payments minus refunds). */
export function paidCents(order: TauOrder): number {
  return order.payment_history.reduce(
    (sum, p) => sum + (p.transaction_type === "refund" ? -1 : 1) * cents(p.amount),
    0,
  );
}

/** The order in Tandem's fixture format: tau's repeated item ids become a quantity, per-item prices in cents. */
export function fixtureOrder(order: TauOrder, user: TauUser, number: string): TauFixtureOrder {
  const items: TauFixtureItem[] = [];
  for (const item of order.items) {
    const same = items.find((i) => i.sku === item.item_id);
    if (same) same.quantity++;
    else
      items.push({
        sku: item.item_id,
        name: item.name,
        quantity: 1,
        unitPriceCents: cents(item.price),
        options: { ...item.options },
        family: item.product_id,
      });
  }
  const paymentId = order.payment_history.find((p) => p.transaction_type === "payment")?.payment_method_id ?? "";
  const method = user.payment_methods[paymentId];
  const payment =
    method?.source === "credit_card"
      ? {
          method: "card",
          cardLast4: method.last_four && /^\d{4}$/.test(method.last_four) ? method.last_four : null,
          status: "captured" as const,
        }
      : {
          method: method?.source ?? (paymentId.replace(/_\d+$/, "") || "card"),
          cardLast4: null,
          status: "captured" as const,
        };
  return withStatus(
    {
      number,
      status: "pending",
      placedDaysAgo: 1,
      shippingCents: 0,
      items,
      payment,
      shippingAddress: tandemAddress(fullName(user), order.address),
    },
    tandemStatus(order.status),
  );
}

/** tau's status as Tandem's: pending→pending, processed→shipped, delivered→delivered (a few days ago), cancelled→cancelled. */
export function tandemStatus(status: string): TauFixtureOrder["status"] {
  if (status === "processed") return "shipped";
  if (status === "delivered" || status === "cancelled") return status;
  return "pending";
}

/** The order in a given state, with the dates that state needs (delivered 5 days ago: well within the 30-day window). */
export function withStatus(order: TauFixtureOrder, status: TauFixtureOrder["status"]): TauFixtureOrder {
  const rest = { ...order };
  delete rest.shippedDaysAgo;
  delete rest.deliveredDaysAgo;
  delete rest.cancelledDaysAgo;
  switch (status) {
    case "pending":
    case "processing":
      return { ...rest, status, placedDaysAgo: 1 };
    case "shipped":
      return { ...rest, status, placedDaysAgo: 3, shippedDaysAgo: 2 };
    case "delivered":
      return { ...rest, status, placedDaysAgo: 10, shippedDaysAgo: 8, deliveredDaysAgo: 5 };
    case "cancelled":
      return { ...rest, status, placedDaysAgo: 5, cancelledDaysAgo: 4 };
  }
}

/** A state the action is not allowed in, alternating deterministically between the two the brief names. */
export function wrongState(action: TauWriteAction, seed: number): TauFixtureOrder["status"] | null {
  switch (action) {
    case "return_delivered_order_items":
    case "exchange_delivered_order_items":
      return seed % 2 === 0 ? "pending" : "shipped";
    case "cancel_pending_order":
    case "modify_pending_order_address":
    case "modify_pending_order_items":
    case "modify_pending_order_payment":
      return seed % 2 === 0 ? "delivered" : "shipped";
    case "modify_user_address":
      return null;
  }
}

export type PickedItem = { item: TauOrderItem; quantity: number };

/** tau's item ids (repeated for quantity) as order items with quantities, in the order's order. */
export function pickItems(order: TauOrder, ids: string[]): { items: PickedItem[] } | { skip: string } {
  if (ids.length === 0) return { skip: "no item ids" };
  const items: PickedItem[] = [];
  for (const id of ids) {
    const item = order.items.find((i) => i.item_id === id);
    if (!item) return { skip: `item ${id} is not in ${order.order_id}` };
    const same = items.find((p) => p.item.item_id === id);
    if (same) same.quantity++;
    else items.push({ item, quantity: 1 });
  }
  return { items };
}

export type Change = { item: TauOrderItem; variant: TauVariant; quantity: number };

export function pickChanges(
  data: TauData,
  order: TauOrder,
  ids: string[],
  newIds: string[],
): { list: Change[] } | { skip: string } {
  if (ids.length === 0 || ids.length !== newIds.length) return { skip: "item_ids and new_item_ids do not pair up" };
  const list: Change[] = [];
  for (const [i, id] of ids.entries()) {
    const newId = newIds[i]!;
    // tau's synthetic tasks sometimes "modify" an item to itself ("… to {}"): nothing to ask for.
    if (newId === id) continue;
    const item = order.items.find((it) => it.item_id === id);
    if (!item) return { skip: `item ${id} is not in ${order.order_id}` };
    const variant = data.products[item.product_id]?.variants[newId];
    if (!variant) return { skip: `new item ${newId} is not a variant of product ${item.product_id}` };
    const same = list.find((c) => c.item.item_id === id && c.variant.item_id === newId);
    if (same) same.quantity++;
    else list.push({ item, variant, quantity: 1 });
  }
  if (list.length === 0) return { skip: "no-op: every new item is the old one" };
  return { list };
}

/** The catalog variants of the families involved, so the tools can find the new variant. */
export function catalogFor(data: TauData, order: TauOrder, productIds: string[]): TauFixtureProduct[] {
  const products: TauFixtureProduct[] = [];
  for (const productId of [...new Set(productIds)]) {
    const product = data.products[productId];
    if (!product) continue;
    for (const variant of Object.values(product.variants)) {
      // A variant in the order is described exactly as its order item (scenarioSchema compares the two).
      const inOrder = order.items.find((item) => item.item_id === variant.item_id);
      const options = { ...(inOrder?.options ?? variant.options) };
      products.push({
        sku: variant.item_id,
        name: inOrder?.name ?? product.name,
        family: product.product_id,
        options,
        priceCents: cents(variant.price),
        inStock: variant.available,
      });
    }
  }
  return products;
}
