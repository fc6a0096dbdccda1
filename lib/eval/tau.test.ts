import { describe, expect, it } from "vitest";
import { parseScenario } from "./scenarios";
import { buildTauCases, sampleCases } from "./tau";
import { tandemOrderNumber } from "./tau-orders";
import { boots, data, orders } from "./tau-sample-data";
import { ambiguousValues, itemPhrase, optionPhrase } from "./tau-wording";

/** tau-bench retail's gold write actions as Tandem conversations, on the small sample in tau-sample-data.ts. */
const built = buildTauCases(data);
const byId = (id: string) => {
  const found = built.cases.find((c) => c.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found;
};

describe("tau-bench retail → Tandem scenarios", () => {
  it("counts tau's write actions, the ones with a Tandem tool, and the ones that became conversations", () => {
    expect(built.coverage.writeActions).toBe(7);
    expect(built.coverage.covered).toBe(6);
    expect(built.coverage.byAction.modify_pending_order_payment).toEqual({ n: 1, tool: null, converted: 0 });
    expect(built.coverage.byAction.modify_pending_order_items).toEqual({
      n: 2,
      tool: "modify_order_items",
      converted: 1,
    });
    expect(built.coverage.skipped).toEqual([
      {
        split: "train",
        taskIndex: 0,
        action: "modify_pending_order_items",
        reason: "no-op: every new item is the old one",
      },
    ]);
    // every converted action: one gold conversation and one wrong-state variant
    expect(built.cases.map((c) => c.id)).toEqual([
      "tau-dev-0-1",
      "tau-dev-0-1-wrong-state",
      "tau-dev-1-0",
      "tau-dev-1-0-wrong-state",
      "tau-train-0-0",
      "tau-train-0-0-wrong-state",
      "tau-train-0-1",
      "tau-train-0-1-wrong-state",
      "tau-train-0-3",
      "tau-train-0-3-wrong-state",
    ]);
  });

  it("writes scenarios that scenarioSchema accepts, gold and wrong-state alike", () => {
    for (const c of built.cases) expect(parseScenario(c.scenario), c.id).toMatchObject({ ok: true });
  });

  it("maps tau's order id to a number a customer types, deterministic and unique", () => {
    expect(tandemOrderNumber("#W5442520")).toBe("NW-5442520");
    expect(tandemOrderNumber("#W0000001")).toBe("NW-0000001");
  });

  it("builds the customer and the order: repeated item ids become a quantity, prices in cents, the payment, the address", () => {
    const { scenario } = byId("tau-dev-0-1");
    expect(scenario.customer).toEqual({
      name: "Ana Silva",
      email: "ana.silva1@example.com",
      tier: "standard",
      address: {
        name: "Ana Silva",
        line1: "1 Oak Street",
        line2: "Apt 2",
        city: "Austin",
        region: "TX",
        postalCode: "78701",
        country: "US",
      },
    });
    const [order] = scenario.orders;
    expect(order).toMatchObject({
      number: "NW-1000001",
      status: "delivered",
      deliveredDaysAgo: 5,
      shippingCents: 0,
      payment: { method: "card", cardLast4: "4242" },
    });
    expect(order!.items).toEqual([
      {
        sku: "S-BLUE-M",
        name: "T-Shirt",
        quantity: 1,
        unitPriceCents: 5000,
        options: { color: "blue", size: "M" },
        family: "P-SHIRT",
      },
      {
        sku: "S-RED-L",
        name: "T-Shirt",
        quantity: 2,
        unitPriceCents: 5225,
        options: { color: "red", size: "L" },
        family: "P-SHIRT",
      },
      {
        sku: "B10",
        name: "Hiking Boots",
        quantity: 1,
        unitPriceCents: 20050,
        options: { size: "10", waterproof: "yes" },
        family: "P-BOOT",
      },
    ]);
    expect(byId("tau-dev-1-0").scenario.orders[0]).toMatchObject({
      status: "pending",
      payment: { method: "paypal", cardLast4: null },
    });
  });

  it("asks in plain words with the email and the order number, names options only to tell same-named items apart, then says yes", () => {
    const { scenario, expected } = byId("tau-dev-0-1");
    expect(scenario.turns).toHaveLength(2);
    expect(scenario.turns[0]).toContain("ana.silva1@example.com");
    expect(scenario.turns[0]).toContain("NW-1000001");
    expect(scenario.turns[0]).toContain("the blue M T-Shirt and the Hiking Boots");
    expect(scenario.turns[1]).toMatch(/^Yes/);
    expect(expected).toEqual({
      tool: "return_items",
      orderNumber: "NW-1000001",
      items: [
        { sku: "S-BLUE-M", quantity: 1 },
        { sku: "B10", quantity: 1 },
      ],
      money: { direction: "to_customer", amountCents: 25050 },
    });
    expect(byId("tau-dev-1-0").scenario.turns[0]).toMatch(
      /cancel (my )?order NW-1000002.*by mistake|by mistake.*NW-1000002/,
    );
  });

  it("words options as a person would", () => {
    expect(optionPhrase("color", "blue")).toBe("blue");
    expect(optionPhrase("size", "10")).toBe("size 10");
    expect(optionPhrase("waterproof", "yes")).toBe("waterproof yes");
    expect(itemPhrase(orders["#W1000001"]!, boots)).toBe("Hiking Boots");
    // a value two options of the product can take is said with its option's name
    const sunglasses = {
      name: "Sunglasses",
      product_id: "P-SUN",
      variants: {
        A: { item_id: "A", options: { "frame color": "brown", "lens color": "brown" }, available: true, price: 1 },
        B: { item_id: "B", options: { "frame color": "black", "lens color": "green" }, available: true, price: 1 },
      },
    };
    const ambiguous = ambiguousValues(sunglasses);
    expect([...ambiguous]).toEqual(["brown"]);
    expect(optionPhrase("frame color", "brown", ambiguous)).toBe("frame color brown");
    expect(optionPhrase("frame color", "black", ambiguous)).toBe("black");
  });

  it("exchanges and modifications: old options in full, the new ones that differ, the price difference, the family's catalog", () => {
    const exchange = byId("tau-train-0-0");
    // the order has two of these shirts and one is exchanged: "one of", with the options that say which
    expect(exchange.scenario.turns[0]).toContain("one of the T-Shirts (red, L) for the blue one");
    expect(exchange.expected).toMatchObject({
      tool: "exchange_items",
      items: [{ sku: "S-RED-L", quantity: 1, newSku: "S-BLUE-L" }],
      money: { direction: "from_customer", amountCents: 275 },
    });
    expect(exchange.scenario.products?.map((p) => p.sku).sort()).toEqual(["S-BLUE-L", "S-BLUE-M", "S-RED-L"]);
    const modify = byId("tau-train-0-1");
    expect(modify.scenario.turns[0]).toContain("Hiking Boots (size 10, waterproof yes)");
    expect(modify.scenario.turns[0]).toContain("size 11 one");
    expect(modify.expected).toMatchObject({
      tool: "modify_order_items",
      items: [{ sku: "B10", quantity: 1, newSku: "B11" }],
      money: { direction: "to_customer", amountCents: 1050 },
    });
    expect(modify.scenario.products?.find((p) => p.sku === "B11")).toEqual({
      sku: "B11",
      name: "Hiking Boots",
      family: "P-BOOT",
      options: { size: "11", waterproof: "yes" },
      priceCents: 19000,
      inStock: true,
    });
  });

  it("writes the new address as a customer would and expects every field", () => {
    const { scenario, expected } = byId("tau-train-0-3");
    expect(scenario.turns[0]).toContain("592 Elm Avenue, Suite 978, Houston, TX 77242, USA");
    expect(expected.address).toEqual({
      name: "Ana Silva",
      line1: "592 Elm Avenue",
      line2: "Suite 978",
      city: "Houston",
      region: "TX",
      postalCode: "77242",
      country: "US",
    });
  });

  it("puts the wrong-state variant's order in a state the action is not allowed in, with the same words", () => {
    const gold = byId("tau-dev-0-1");
    const wrong = byId("tau-dev-0-1-wrong-state");
    expect(wrong.scenario.turns).toEqual(gold.scenario.turns);
    expect(["pending", "shipped"]).toContain(wrong.scenario.orders[0]!.status);
    expect(["delivered", "shipped"]).toContain(byId("tau-dev-1-0-wrong-state").scenario.orders[0]!.status);
    const shipped = built.cases.filter((c) => c.kind === "wrong_state" && c.orderStatus === "shipped");
    for (const c of shipped) expect(c.scenario.orders[0]).toMatchObject({ shippedDaysAgo: 2 });
    expect(byId("tau-train-0-1-wrong-state").scenario.orders[0]!.deliveredDaysAgo ?? 0).toBeLessThan(30);
  });

  it("samples every dev case and train actions evenly, both variants of each", () => {
    const sample = sampleCases(built.cases, 6);
    expect(sample.map((c) => c.id)).toEqual([
      "tau-dev-0-1",
      "tau-dev-0-1-wrong-state",
      "tau-dev-1-0",
      "tau-dev-1-0-wrong-state",
      "tau-train-0-0",
      "tau-train-0-0-wrong-state",
    ]);
    expect(sampleCases(built.cases, 100)).toHaveLength(built.cases.length);
  });

  it("varies the wording across templates", () => {
    const firstTurns = built.cases.filter((c) => c.kind === "gold").map((c) => c.scenario.turns[0]!.slice(0, 10));
    expect(new Set(firstTurns).size).toBeGreaterThan(1);
  });
});
