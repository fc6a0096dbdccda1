import { describe, expect, it } from "vitest";
import type { StoreOrder, StoreOrderItem, StoreProduct } from "@/lib/commerce/store";
import { extractEntities } from "@/lib/signals/entities";
import { type ActionRequest, parseRequests } from "./request";
import { resolveRequest } from "./resolve-request";

const line = (
  sku: string,
  name: string,
  family: string,
  options: Record<string, string>,
  quantity = 1,
): StoreOrderItem => ({
  sku,
  name,
  family,
  options,
  quantity,
  unitPriceCents: 5_000,
  inReturnQuantity: 0,
  refundedQuantity: 0,
});
const variant = (
  sku: string,
  name: string,
  family: string,
  options: Record<string, string>,
  inStock = true,
): StoreProduct => ({
  sku,
  name,
  family,
  options,
  category: "test",
  description: name,
  priceCents: 5_000,
  inStock,
  active: true,
});

const ORDER = (status: StoreOrder["status"], items: StoreOrderItem[]) =>
  ({ number: "NW-100900", status, items, shippingAddress: null }) as unknown as StoreOrder;

const CATALOG = [
  variant("GRL-E", "Grill", "grill", { type: "electric", size: "medium", features: "rotisserie" }),
  variant("GRL-C", "Grill", "grill", { type: "charcoal", size: "medium", features: "side burner" }),
  variant("GRL-C-L", "Grill", "grill", { type: "charcoal", size: "large", features: "side burner" }),
  variant("KTL-B", "Electric Kettle", "kettle", { color: "black", capacity: "2L" }),
  variant("KTL-W", "Electric Kettle", "kettle", { color: "white", capacity: "2L" }),
  variant("BTL-R", "Water Bottle", "bottle", { capacity: "500ml", color: "red" }),
  variant("BTL-B", "Water Bottle", "bottle", { capacity: "750ml", color: "blue" }),
  variant("LMP-W", "Desk Lamp", "lamp", { color: "white" }),
  variant("LMP-K", "Desk Lamp", "lamp", { color: "black" }),
  variant("LMP-R", "Desk Lamp", "lamp", { color: "red" }, false),
];

async function resolve(text: string, order: StoreOrder) {
  const [request] = parseRequests(text, {
    intent: "returns",
    entities: extractEntities(text),
    pendingProposal: false,
    contextOrderNumber: null,
  }) as ActionRequest[];
  if (!request || request.kind !== "action") throw new Error(`no action request in ${JSON.stringify(text)}`);
  return resolveRequest(request, {
    order,
    variantsOf: async (family) => CATALOG.filter((v) => v.family === family),
    contextSkus: [],
    customerName: "Ana Ruiz",
    catalogNames: [...new Set(CATALOG.map((v) => v.name))],
  });
}

describe("resolveRequest", () => {
  it("takes the line named in full over one that only shares a word written among the options", async () => {
    const order = ORDER("delivered", [
      line("GRL-E", "Grill", "grill", { type: "electric", size: "medium", features: "rotisserie" }),
      line("KTL-B", "Electric Kettle", "kettle", { color: "black", capacity: "2L" }),
    ]);
    const resolved = await resolve(
      "I'd like to exchange the Grill (electric, medium, rotisserie) for the charcoal, side burner one from NW-100900",
      order,
    );
    // The size nobody mentioned stays as it was: medium, not large.
    expect(resolved).toEqual({
      ok: true,
      call: {
        tool: "exchange_items",
        input: expect.objectContaining({ items: [{ sku: "GRL-E", newSku: "GRL-C", quantity: 1 }] }),
      },
    });
  });

  it("gives each item of a multi-item change the options written after its own name", async () => {
    const order = ORDER("delivered", [
      line("BTL-B", "Water Bottle", "bottle", { capacity: "750ml", color: "blue" }),
      line("LMP-W", "Desk Lamp", "lamp", { color: "white" }),
    ]);
    const resolved = await resolve(
      "Please exchange the Water Bottle (750ml, blue) for the 500ml, red one and the Desk Lamp (white) for the black one, order NW-100900",
      order,
    );
    expect(resolved.ok && resolved.call.input.items).toEqual([
      { sku: "BTL-B", newSku: "BTL-R", quantity: 1 },
      { sku: "LMP-W", newSku: "LMP-K", quantity: 1 },
    ]);
  });

  it("follows the customer's verb: an exchange of an order that has not shipped is the exchange tool's to refuse", async () => {
    const order = ORDER("pending", [line("LMP-W", "Desk Lamp", "lamp", { color: "white" })]);
    expect(await resolve("Could I exchange the Desk Lamp from NW-100900 for the black one?", order)).toMatchObject({
      ok: true,
      call: { tool: "exchange_items" },
    });
    expect(
      await resolve("Order NW-100900 hasn't shipped yet, please change the Desk Lamp to the black one", order),
    ).toMatchObject({ ok: true, call: { tool: "modify_order_items" } });
    // Without a verb that says which, the order's state decides.
    expect(
      await resolve("NW-100900: can I get the Desk Lamp in black instead? A different colour would be better", order),
    ).toMatchObject({ ok: true, call: { tool: "modify_order_items" } });
  });

  it("asks instead of guessing: a variant out of stock, an item not in the order, two lines that fit", async () => {
    const lamp = ORDER("delivered", [
      line("LMP-W", "Desk Lamp", "lamp", { color: "white" }),
      line("BTL-B", "Water Bottle", "bottle", { capacity: "750ml", color: "blue" }),
    ]);
    expect(await resolve("exchange the Desk Lamp from NW-100900 for the red one", lamp)).toMatchObject({
      ok: false,
      clarification: { need: "variant_unavailable", options: ["black"] },
    });
    expect(await resolve("I want to return the Electric Kettle from NW-100900", lamp)).toMatchObject({
      ok: false,
      clarification: { need: "item_not_in_order", asked: "Electric Kettle" },
    });
    const two = ORDER("delivered", [
      line("BTL-B", "Water Bottle", "bottle", { capacity: "750ml", color: "blue" }),
      line("BTL-R", "Water Bottle", "bottle", { capacity: "500ml", color: "red" }),
    ]);
    expect(await resolve("return the water bottle from NW-100900", two)).toMatchObject({
      ok: false,
      clarification: { need: "items" },
    });
    expect(await resolve("return the red water bottle from NW-100900", two)).toMatchObject({
      ok: true,
      call: { input: { items: [{ sku: "BTL-R", quantity: 1 }] } },
    });
  });

  it("reads how many: one of two, both, or all that are left", async () => {
    const order = ORDER("delivered", [
      line("BTL-B", "Water Bottle", "bottle", { capacity: "750ml", color: "blue" }, 2),
      line("LMP-W", "Desk Lamp", "lamp", { color: "white" }),
    ]);
    expect(await resolve("return one of the water bottles from NW-100900", order)).toMatchObject({
      ok: true,
      call: { input: { items: [{ sku: "BTL-B", quantity: 1 }] } },
    });
    expect(await resolve("return both water bottles from NW-100900", order)).toMatchObject({
      ok: true,
      call: { input: { items: [{ sku: "BTL-B", quantity: 2 }] } },
    });
    expect(await resolve("I'd like to return everything from NW-100900", order)).toMatchObject({
      ok: true,
      call: {
        input: {
          items: [
            { sku: "BTL-B", quantity: 2 },
            { sku: "LMP-W", quantity: 1 },
          ],
        },
      },
    });
  });
});
