import { RETURN_REASONS } from "./catalog";
import {
  type CustomerRow,
  DAY,
  homeAddress,
  ORDER_WINDOW_DAYS,
  type OrderPlan,
  type OrderStatus,
  orderNumber,
  type ProductRow,
} from "./generate";
import { type Random, randomStream, stableId } from "./random";

/**
 * The demo store's orders (see generate.ts): the demo persona's showcase, then random orders over the window, each
 * with its items, payment and refund, all following from the seed and `now`.
 */
const FREE_SHIPPING_FROM_CENTS = 9_900;

type Timeline = { processingAt: Date; shippedAt?: Date; deliveredAt?: Date; returnedAt?: Date; cancelledAt?: Date };
type Line = { product: ProductRow; quantity: number };

/** Orders NW-100001… in order; the first six belong to the demo persona (see showcaseOrders), the rest are random. */
export function generateOrders(input: {
  count: number;
  seed: number;
  now: Date;
  products: ProductRow[];
  customers: CustomerRow[];
}): OrderPlan[] {
  const { count, seed, now, products, customers } = input;
  if (count > 0 && (products.length === 0 || customers.length === 0)) {
    throw new Error("orders need at least one product and one customer");
  }
  const showcase = showcaseOrders(now, products, customers[0]!);
  const random = count - showcase.length;
  return Array.from({ length: count }, (_, i) => {
    if (i < showcase.length) return buildOrder(i, showcase[i]!, now, randomStream(seed, "order", i));
    // Random orders are spread evenly over the window and numbered in the order they were placed.
    const slot = i - showcase.length;
    const r = randomStream(seed, "order", i);
    const windowMs = ORDER_WINDOW_DAYS * DAY;
    const placedAt = new Date(now.getTime() - windowMs + ((slot + r.next()) / random) * windowMs);
    // Skewed towards the first customers, so that some customers are regulars with many orders.
    const regular = 1 + Math.floor((customers.length - 1) * r.next() ** 1.6);
    const customer = customers.length > 1 ? customers[regular]! : customers[0]!;
    const lines = pickLines(r, products, placedAt, now, randomStream(seed, "variant", i));
    return buildOrder(i, { customer, placedAt, lines, timeline: randomTimeline(r, placedAt, customer) }, now, r);
  });
}

type OrderSpec = { customer: CustomerRow; placedAt: Date; lines: Line[]; timeline: Timeline };

/**
 * The demo persona's orders, one in every state, at fixed ages: NW-100001 delivered 5 days ago (inside the return
 * and refund windows), NW-100002 pending (placed 2 hours ago), NW-100003 processing, NW-100004 shipped,
 * NW-100005 cancelled, NW-100006 returned and refunded. They are the only orders numbered out of date order.
 */
function showcaseOrders(now: Date, products: ProductRow[], persona: CustomerRow): OrderSpec[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const line = (sku: string, quantity = 1): Line => ({
    product: products.find((p) => p.sku === sku) ?? products[0]!,
    quantity,
  });
  const spec = (placedDaysAgo: number, lines: Line[], timeline: Omit<Timeline, "processingAt">): OrderSpec => ({
    customer: persona,
    placedAt: ago(placedDaysAgo),
    lines,
    timeline: { processingAt: ago(placedDaysAgo - 0.05), ...timeline },
  });
  return [
    spec(9, [line("FTW-4001"), line("FTW-4005")], { shippedAt: ago(8), deliveredAt: ago(5) }),
    { customer: persona, placedAt: ago(2 / 24), lines: [line("TNT-1002")], timeline: { processingAt: ago(-1) } },
    spec(0.8, [line("JKT-5001")], {}),
    spec(3, [line("PCK-3001"), line("ACC-9001")], { shippedAt: ago(2) }),
    spec(14, [line("STV-6002")], { cancelledAt: ago(13.9) }),
    spec(40, [line("SLB-2001")], { shippedAt: ago(39), deliveredAt: ago(35), returnedAt: ago(28) }),
  ];
}

function pickLines(r: Random, products: ProductRow[], placedAt: Date, now: Date, variants: Random): Line[] {
  // Discontinued products turn up only in older orders. A product is picked by its plain SKU, then one of its
  // variants from a stream of its own, so the orders' other random choices do not depend on the variants.
  const recent = now.getTime() - placedAt.getTime() < 60 * DAY;
  const available = products.filter((p) => p.family === p.sku && (p.active || !recent));
  const pool = available.length > 0 ? available : products;
  const wanted = Math.min(
    pool.length,
    r.weighted([
      [1, 50],
      [2, 30],
      [3, 15],
      [4, 5],
    ] as const),
  );
  const chosen = new Set<ProductRow>();
  while (chosen.size < wanted) chosen.add(r.pick(pool));
  const small = new Set(["cookware", "accessories", "stoves", "water"]);
  return [...chosen].map((product) => {
    const family = products.filter((p) => p.family === product.sku);
    return {
      product: family.length > 1 ? variants.pick(family) : product,
      quantity: small.has(product.category)
        ? r.weighted([
            [1, 70],
            [2, 22],
            [3, 8],
          ] as const)
        : r.chance(0.05)
          ? 2
          : 1,
    };
  });
}

function randomTimeline(r: Random, placedAt: Date, customer: CustomerRow): Timeline {
  const at = (from: Date, minDays: number, maxDays: number) =>
    new Date(from.getTime() + r.between(minDays, maxDays) * DAY);
  const processingAt = at(placedAt, 0.05, 0.6);
  // A cancellation happens before the order ships, or not at all.
  if (r.chance(0.06)) return { processingAt, cancelledAt: at(placedAt, 0.02, 1) };
  const shippedAt = at(processingAt, 0.3, 2);
  const deliveredAt = at(
    shippedAt,
    customer.address.country === "CA" ? 4 : 2,
    customer.address.country === "CA" ? 8 : 6,
  );
  const returnedAt = r.chance(0.09) ? at(deliveredAt, 4, 25) : undefined;
  return { processingAt, shippedAt, deliveredAt, returnedAt };
}

function buildOrder(index: number, spec: OrderSpec, now: Date, r: Random): OrderPlan {
  const number = orderNumber(index);
  // Each stage counts only once it has happened by `now`, and only after the stage before it.
  const reached = (date: Date | undefined) => (date && date <= now ? date : null);
  const t = spec.timeline;
  const cancelledAt = reached(t.cancelledAt);
  const shippedAt = cancelledAt ? null : reached(t.shippedAt);
  const deliveredAt = shippedAt ? reached(t.deliveredAt) : null;
  const returnedAt = deliveredAt ? reached(t.returnedAt) : null;
  const processingAt = reached(t.processingAt);
  const status: OrderStatus = cancelledAt
    ? "cancelled"
    : returnedAt
      ? "returned"
      : deliveredAt
        ? "delivered"
        : shippedAt
          ? "shipped"
          : processingAt
            ? "processing"
            : "pending";

  const items = spec.lines.map((line, i) => ({
    id: stableId("order-item", number, i),
    sku: line.product.sku,
    quantity: line.quantity,
    unitPriceCents: line.product.priceCents,
  }));
  const subtotalCents = items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
  // Now and then a gift, shipped somewhere other than the customer's home.
  const address = index >= 6 && r.chance(0.12) ? homeAddress(r, spec.customer.name) : spec.customer.address;
  const shippingCents = address.country === "CA" ? 1_495 : subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : 795;
  const totalCents = subtotalCents + shippingCents;
  const carrier = !shippedAt
    ? null
    : address.country === "CA"
      ? "Canada Post"
      : r.weighted([
          ["UPS", 45],
          ["FedEx", 30],
          ["USPS", 25],
        ] as const);

  const method =
    index === 0
      ? "card"
      : r.weighted([
          ["card", 78],
          ["paypal", 15],
          ["gift_card", 7],
        ] as const);
  // Payments are captured when the order ships; before that they are only authorized, and a cancellation (which
  // happens only before shipping) voids them. A return refunds the items, not the shipping.
  const refundedCents = returnedAt ? subtotalCents : 0;
  const paymentStatus = cancelledAt
    ? "voided"
    : returnedAt
      ? refundedCents === totalCents
        ? "refunded"
        : "partially_refunded"
      : shippedAt
        ? "captured"
        : "authorized";
  // A cancellation is the last thing that happens to an order, even if processing had been scheduled after it.
  const events = [processingAt, shippedAt, deliveredAt, returnedAt].filter((d): d is Date => d !== null);
  const updatedAt = cancelledAt ?? events.reduce((latest, d) => (d > latest ? d : latest), spec.placedAt);

  return {
    order: {
      id: stableId("order", number),
      number,
      customerEmail: spec.customer.email,
      status,
      placedAt: spec.placedAt,
      shippedAt,
      deliveredAt,
      cancelledAt,
      returnedAt,
      subtotalCents,
      shippingCents,
      totalCents,
      shippingAddress: address,
      carrier,
      trackingNumber: carrier ? trackingNumber(r, carrier) : null,
      updatedAt,
    },
    items,
    payment: {
      id: stableId("payment", number),
      method,
      // The demo persona's card is the familiar test card, so a demo can say "the card ending 4242".
      cardLast4: method === "card" ? (index < 6 ? "4242" : r.digits(4)) : null,
      status: paymentStatus,
      amountCents: totalCents,
      refundedCents,
      createdAt: spec.placedAt,
    },
    refund: returnedAt
      ? {
          id: stableId("refund", number),
          amountCents: refundedCents,
          reason: `Return: ${r.pick(RETURN_REASONS)}`,
          idempotencyKey: `seed:return:${number}`,
          actor: "system",
          createdAt: returnedAt,
        }
      : null,
  };
}

function trackingNumber(r: Random, carrier: string): string {
  const alnum = () => Array.from({ length: 6 }, () => r.pick("ABCDEFGHJKLMNPRSTUVWXY0123456789".split(""))).join("");
  switch (carrier) {
    case "UPS":
      return `1Z${alnum()}03${r.digits(8)}`;
    case "FedEx":
      return r.digits(12);
    case "USPS":
      return `9400${r.digits(18)}`;
    default:
      return r.digits(16);
  }
}
