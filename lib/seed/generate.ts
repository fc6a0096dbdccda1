/**
 * The demo store as plain rows, computed without a database: products, customers and orders with their items,
 * payment and refund. Everything follows from the seed and `now`, so two runs with the same inputs give the same
 * rows, and dates are relative to `now` so that a fresh demo always looks recent. lib/seed/store.ts writes them.
 * Products and customers here, orders in generate-orders.ts.
 */
import { CATALOG, CITIES, DISCONTINUED_SKUS, FIRST_NAMES, LAST_NAMES, STREETS, VARIANTS } from "./catalog";
import { type Random, randomStream, stableId } from "./random";

export const DAY = 86_400_000;
export const ORDER_WINDOW_DAYS = 120;

export type OrderStatus = "pending" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
export type Address = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};

export type ProductRow = {
  id: string;
  sku: string;
  name: string;
  category: string;
  description: string;
  priceCents: number;
  active: boolean;
  /** Variants of one product share it (the product's plain SKU). */
  family: string;
  options: Record<string, string>;
  inStock: boolean;
};
export type CustomerRow = {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  tier: "standard" | "vip" | "enterprise";
  createdAt: Date;
  /** Where their orders usually ship; not a column of its own. */
  address: Address;
};
export type OrderPlan = {
  order: {
    id: string;
    number: string;
    customerEmail: string;
    status: OrderStatus;
    placedAt: Date;
    shippedAt: Date | null;
    deliveredAt: Date | null;
    cancelledAt: Date | null;
    returnedAt: Date | null;
    subtotalCents: number;
    shippingCents: number;
    totalCents: number;
    shippingAddress: Address;
    carrier: string | null;
    trackingNumber: string | null;
    updatedAt: Date;
  };
  items: Array<{ id: string; sku: string; quantity: number; unitPriceCents: number }>;
  payment: {
    id: string;
    method: string;
    cardLast4: string | null;
    status: "authorized" | "captured" | "partially_refunded" | "refunded" | "voided";
    amountCents: number;
    refundedCents: number;
    createdAt: Date;
  };
  refund: {
    id: string;
    amountCents: number;
    reason: string;
    idempotencyKey: string;
    actor: string;
    createdAt: Date;
  } | null;
};

/** The persona whose orders a demo (or an end-to-end test) can rely on: customer 0, see showcaseOrders. */
export const DEMO_PERSONA = { email: "jamie.rivera@example.com", name: "Jamie Rivera", phone: "+1 555 0142" } as const;

export const orderNumber = (index: number) => `NW-${100_001 + index}`;

/**
 * `count` products (the catalog's 50 by default), each followed by its other variants (sizes, colours; see
 * VARIANTS in catalog.ts), so the result has more rows than `count`. A product's first row keeps its plain SKU.
 */
export function generateProducts(count: number): ProductRow[] {
  const editions = ["Slate", "Moss", "Ember", "Glacier", "Dune"];
  return Array.from({ length: count }, (_, i) => {
    const base = CATALOG[i % CATALOG.length]!;
    const round = Math.floor(i / CATALOG.length);
    // Beyond the catalog (large benchmarks), colourways of the same products, without sizes.
    const sku = round === 0 ? base.sku : `${base.sku}-${round}`;
    const name = round === 0 ? base.name : `${base.name} (${editions[(round - 1) % editions.length]})`;
    const { category, description, priceCents } = base;
    const active = !DISCONTINUED_SKUS.has(base.sku);
    const variants = round === 0 ? (VARIANTS[base.sku] ?? []) : [];
    if (variants.length === 0)
      return [
        {
          id: stableId("product", sku),
          sku,
          name,
          category,
          description,
          priceCents,
          active,
          family: sku,
          options: {},
          inStock: true,
        },
      ];
    return variants.map((v) => ({
      id: stableId("product", v.sku),
      sku: v.sku,
      name,
      category,
      description,
      priceCents: v.priceCents,
      active,
      family: sku,
      options: v.options,
      inStock: v.inStock,
    }));
  }).flat();
}

export function generateCustomers(count: number, seed: number, now: Date): CustomerRow[] {
  const seen = new Map<string, number>();
  return Array.from({ length: count }, (_, i) => {
    const random = randomStream(seed, "customer", i);
    if (i === 0) {
      const createdAt = new Date(now.getTime() - 400 * DAY);
      const address = homeAddress(random, DEMO_PERSONA.name);
      return {
        id: stableId("customer", DEMO_PERSONA.email),
        ...DEMO_PERSONA,
        tier: "standard" as const,
        createdAt,
        address,
      };
    }
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase();
    const repeat = (seen.get(local) ?? 0) + 1;
    seen.set(local, repeat);
    const email = `${repeat === 1 ? local : `${local}${repeat}`}@example.com`;
    const name = `${first} ${last}`;
    return {
      id: stableId("customer", email),
      email,
      name,
      // 555-0100 to 555-0199 are reserved for fiction.
      phone: random.chance(0.7) ? `+1 555 01${random.digits(2)}` : null,
      tier: random.weighted([
        ["standard", 85],
        ["vip", 12],
        ["enterprise", 3],
      ] as const),
      createdAt: new Date(now.getTime() - random.between(ORDER_WINDOW_DAYS + 10, 900) * DAY),
      address: homeAddress(random, name),
    };
  });
}

export function homeAddress(random: Random, name: string): Address {
  const place = random.pick(CITIES);
  const postalCode =
    place.country === "CA"
      ? `${place.postalPrefix} ${random.int(1, 9)}${random.pick(["A", "B", "C", "E", "G", "H"])}${random.int(1, 9)}`
      : `${place.postalPrefix}${random.digits(2)}`;
  const line1 = `${random.int(12, 9870)} ${random.pick(STREETS)}`;
  const address: Address = { name, line1, city: place.city, region: place.region, postalCode, country: place.country };
  if (random.chance(0.2)) address.line2 = `Apt ${random.int(1, 40)}${random.pick(["", "A", "B"])}`;
  return address;
}
