import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import { createTestDatabase } from "@/test/support/test-db";
import { seedScenarioStore } from "./scenario-fixtures";
import { parseScenario, type ScenarioInput } from "./scenarios";

/** Fixtures with variants: items with options and family, catalog products in no order, a default address. */
const scenario: ScenarioInput = {
  id: "boots-exchange",
  title: "Boots for a bigger size",
  customer: {
    name: "Noor Haddad",
    email: "noor@example.com",
    address: {
      name: "Noor Haddad",
      line1: "5 Pine Ridge Rd",
      city: "Bend",
      region: "OR",
      postalCode: "97701",
      country: "US",
    },
  },
  orders: [
    {
      number: "W5442520",
      status: "delivered",
      placedDaysAgo: 9,
      shippedDaysAgo: 8,
      deliveredDaysAgo: 5,
      items: [
        {
          sku: "FTW-4001",
          name: "Granite Peak Waterproof Hiking Boot",
          family: "FTW-4001",
          options: { size: "10", color: "brown" },
          quantity: 1,
          unitPriceCents: 21_900,
        },
      ],
    },
  ],
  products: [
    {
      sku: "FTW-4001-11-BRN",
      name: "Granite Peak Waterproof Hiking Boot",
      family: "FTW-4001",
      options: { size: "11", color: "brown" },
      priceCents: 21_900,
    },
    {
      sku: "FTW-4001-12-BRN",
      name: "Granite Peak Waterproof Hiking Boot",
      family: "FTW-4001",
      options: { size: "12", color: "brown" },
      priceCents: 21_900,
      inStock: false,
    },
  ],
  turns: ["My boots from W5442520 are too small, can I get an 11?"],
  expect: {},
};

describe("scenario fixtures with variants", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(() => db?.close());

  it("accept other stores' order numbers and refuse a SKU described two ways", () => {
    expect(parseScenario(scenario)).toMatchObject({ ok: true });
    for (const number of ["NW-5442520", "W5442520", "AB-12345"]) {
      expect(parseScenario({ ...scenario, orders: [{ ...scenario.orders[0]!, number }] }).ok, number).toBe(true);
    }
    expect(parseScenario({ ...scenario, orders: [{ ...scenario.orders[0]!, number: "order-1" }] }).ok).toBe(false);
    const clash = { ...scenario, products: [{ ...scenario.products![0]!, sku: "FTW-4001" }] };
    expect(parseScenario(clash)).toMatchObject({
      ok: false,
      error: expect.stringContaining("FTW-4001 is described differently"),
    });
  });

  it("seed the variants, their stock and the customer's default address", async () => {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(parsed.error);
    await seedScenarioStore(db.prisma, parsed.scenario, new Date());
    const store = prismaCommerceStore(db.prisma);
    expect((await store.listVariants("FTW-4001")).map((v) => [v.sku, v.options.size, v.inStock])).toEqual([
      ["FTW-4001", "10", true],
      ["FTW-4001-11-BRN", "11", true],
      ["FTW-4001-12-BRN", "12", false],
    ]);
    const order = await store.getOrder("W5442520");
    expect(order?.items).toEqual([
      expect.objectContaining({ sku: "FTW-4001", family: "FTW-4001", options: { size: "10", color: "brown" } }),
    ]);
    expect(order?.shippingAddress).toMatchObject({ city: "Bend" });
    const customer = await store.findCustomerByEmail("noor@example.com");
    expect(customer?.defaultAddress).toMatchObject({ line1: "5 Pine Ridge Rd" });
  });
});
