import "server-only";
import { z } from "zod";
import {
  type CommerceStore,
  optionsLabel,
  type ProductOptions,
  remainingQuantity,
  type StoreOrder,
  type StoreOrderItem,
  type StoreProduct,
} from "@/lib/commerce/store";
import { ITEM_PROBLEMS } from "@/lib/policy/schema";
import { type Check, deny } from "./authorize";
import { money } from "./format";
import type { SummaryItem } from "./preview";

/**
 * Items of an order as the item-level tools take them: the customer names items (the model passes their SKUs,
 * from lookup_order), this resolves them against the order and refuses, in plain words, an item that is not in
 * it, more than was bought, or what is already in a return. Amounts always come from the order's own prices.
 */
const skuSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .describe("The item's SKU exactly as lookup_order lists it for this order, e.g. FTW-4001-10-BRN");

const quantitySchema = z.number().int("a whole number").positive().max(100);

export const itemQuantitySchema = z
  .object({ sku: skuSchema, quantity: quantitySchema.describe("How many of this item") })
  .strict();

export const itemSwapSchema = z
  .object({
    sku: skuSchema,
    newSku: skuSchema.describe("The SKU of the size or colour wanted instead, from lookup_product (same product)"),
    quantity: quantitySchema.optional().describe("How many to swap; leave out for all of them"),
  })
  .strict();

export const problemSchema = z
  .enum(ITEM_PROBLEMS)
  .describe("What is wrong: damaged, defective, missing (never arrived) or wrong_item");
export type ItemProblem = z.infer<typeof problemSchema>;

export const PROBLEM_WORDS: Record<ItemProblem, string> = {
  damaged: "it arrived damaged",
  defective: "it is defective",
  missing: "it never arrived",
  wrong_item: "it isn't what you ordered",
};

/** "Granite Peak Waterproof Hiking Boot (size 10, brown)". */
export function itemLabel(name: string, options: ProductOptions): string {
  const label = optionsLabel(options);
  return label ? `${name} (${label})` : name;
}

export function quantityLabel(quantity: number, name: string, options: ProductOptions): string {
  return `${quantity} × ${itemLabel(name, options)}`;
}

/** What an order contains, for a sentence that tells the customer which items there are to choose from. */
export function orderContents(order: StoreOrder): string {
  return order.items.map((item) => quantityLabel(item.quantity, item.name, item.options)).join(", ");
}

export type ResolvedLine = { item: StoreOrderItem; quantity: number };

function findItem(order: StoreOrder, sku: string): StoreOrderItem | undefined {
  return (
    order.items.find((item) => item.sku === sku) ??
    order.items.find((item) => item.sku.toLowerCase() === sku.toLowerCase())
  );
}

/** Who took the item already: the reference of the return that holds it, if any. */
function holdingReturn(order: StoreOrder, sku: string): string | null {
  return order.returns.find((r) => r.items.some((item) => item.sku === sku))?.reference ?? null;
}

/**
 * The order's lines for the items asked for (the same SKU twice is added up). `quantity` missing means all that is
 * left of the item. `verb` finishes "I can't … it": "return", "exchange", "refund", "change".
 */
export function resolveItems(
  order: StoreOrder,
  requested: ReadonlyArray<{ sku: string; quantity?: number | undefined }>,
  verb: string,
  options: { ignoreReturns?: boolean } = {},
): Check<ResolvedLine[]> {
  const lines = new Map<string, ResolvedLine>();
  for (const ask of requested) {
    const item = findItem(order, ask.sku);
    if (!item) {
      return {
        ok: false,
        denied: deny(
          "item_not_in_order",
          `Order ${order.number} doesn't include that item (${ask.sku}), so I can't ${verb} it. The order has ${orderContents(order)}.`,
        ),
      };
    }
    const left = options.ignoreReturns ? item.quantity : remainingQuantity(item);
    const line = lines.get(item.sku) ?? { item, quantity: 0 };
    line.quantity += ask.quantity ?? left;
    lines.set(item.sku, line);
  }
  for (const { item, quantity } of lines.values()) {
    const label = itemLabel(item.name, item.options);
    if (quantity > item.quantity) {
      return {
        ok: false,
        denied: deny(
          "item_not_in_order",
          `Order ${order.number} has ${item.quantity} × ${label}, so I can't ${verb} ${quantity}.`,
        ),
      };
    }
    const left = options.ignoreReturns ? item.quantity : remainingQuantity(item);
    if (quantity > left || quantity === 0) {
      const where = holdingReturn(order, item.sku);
      const already = where ? `already in return ${where}` : "already refunded";
      return {
        ok: false,
        denied: deny(
          "already_returned",
          left === 0
            ? `The ${label} from order ${order.number} is ${already}, so I can't ${verb} it again.`
            : `Only ${left} of the ${item.quantity} × ${label} on order ${order.number} can still be handled; the rest is ${already}.`,
        ),
      };
    }
  }
  return { ok: true, value: [...lines.values()] };
}

/** After these lines, nothing of the order would be left to return or refund. */
export function coversEverythingLeft(order: StoreOrder, lines: ResolvedLine[]): boolean {
  const taking = new Map(lines.map((line) => [line.item.sku, line.quantity]));
  return order.items.every((item) => remainingQuantity(item) - (taking.get(item.sku) ?? 0) <= 0);
}

export function summaryItems(lines: ResolvedLine[]): SummaryItem[] {
  return lines.map(({ item, quantity }) => ({
    sku: item.sku,
    name: item.name,
    options: item.options,
    quantity,
    unitPriceCents: item.unitPriceCents,
  }));
}

export function linesTotal(lines: ResolvedLine[]): number {
  return lines.reduce((sum, line) => sum + line.item.unitPriceCents * line.quantity, 0);
}

function variantList(variants: StoreProduct[]): string {
  const labels = variants.filter((v) => v.active && v.inStock).map((v) => optionsLabel(v.options) || v.sku);
  return labels.length > 0
    ? ` In stock now: ${labels.join("; ")}.`
    : " No other size or colour of it is in stock right now.";
}

/**
 * The variant a customer wants instead of an item: an active, in-stock variant of the same product, not the same
 * one. Denials name what is available instead.
 */
async function resolveVariant(
  store: CommerceStore,
  item: StoreOrderItem,
  newSku: string,
  currency: string,
): Promise<Check<StoreProduct>> {
  const label = itemLabel(item.name, item.options);
  const product = await store.findProduct(newSku);
  const others = async () => (await store.listVariants(item.family)).filter((v) => v.sku !== item.sku);
  if (!product || product.family !== item.family) {
    return {
      ok: false,
      denied: deny(
        "variant_mismatch",
        `${newSku} isn't a size or colour of the ${item.name}, so I can't swap your ${label} for it.${variantList(await others())}`,
      ),
    };
  }
  if (product.sku === item.sku) {
    return {
      ok: false,
      denied: deny(
        "variant_mismatch",
        `That is the same size and colour as your ${label}, so there's nothing to swap.`,
      ),
    };
  }
  if (!product.active || !product.inStock) {
    const wanted = optionsLabel(product.options) || product.sku;
    return {
      ok: false,
      denied: deny(
        "variant_unavailable",
        `The ${product.name} in ${wanted} (${money(product.priceCents, currency)}) is out of stock right now, so I can't swap to it.${variantList(await others())}`,
      ),
    };
  }
  return { ok: true, value: product };
}

export type SwapLine = ResolvedLine & { variant: StoreProduct };

/** Resolves swap requests (exchange, modify) against the order and the catalog, in the order given. */
export async function resolveSwaps(
  store: CommerceStore,
  order: StoreOrder,
  requested: ReadonlyArray<{ sku: string; newSku: string; quantity?: number | undefined }>,
  verb: string,
  options: { ignoreReturns?: boolean } = {},
): Promise<Check<SwapLine[]>> {
  const swaps: SwapLine[] = [];
  const seen = new Set<string>();
  for (const ask of requested) {
    const key = `${ask.sku.toLowerCase()}→${ask.newSku.toLowerCase()}`;
    if (seen.has(key))
      return {
        ok: false,
        denied: deny(
          "invalid_input",
          "I got the same swap twice. Could you tell me once how many you'd like to change?",
        ),
      };
    seen.add(key);
  }
  // Quantities per original item are checked together (two swaps of the same boots cannot take more than bought).
  const resolved = resolveItems(order, requested, verb, options);
  if (!resolved.ok) return resolved;
  for (const ask of requested) {
    const line = resolveItems(order, [ask], verb, options);
    if (!line.ok) return line;
    const variant = await resolveVariant(store, line.value[0]!.item, ask.newSku, order.currency);
    if (!variant.ok) return variant;
    swaps.push({ ...line.value[0]!, variant: variant.value });
  }
  return { ok: true, value: swaps };
}

export function swapSummaryItems(swaps: SwapLine[]): SummaryItem[] {
  return swaps.map(({ item, quantity, variant }) => ({
    sku: item.sku,
    name: item.name,
    options: item.options,
    quantity,
    unitPriceCents: item.unitPriceCents,
    newSku: variant.sku,
    newOptions: variant.options,
    newUnitPriceCents: variant.priceCents,
  }));
}

/** Positive: the customer pays more; negative: they get money back. */
export function swapDifference(swaps: SwapLine[]): number {
  return swaps.reduce((sum, swap) => sum + (swap.variant.priceCents - swap.item.unitPriceCents) * swap.quantity, 0);
}

/** "Change 1 × Granite Peak … (size 10, brown) to size 11, brown ($219.00 each)." */
export function swapSentence(verb: string, swap: SwapLine, currency: string): string {
  const to = optionsLabel(swap.variant.options) || swap.variant.sku;
  return `${verb} ${quantityLabel(swap.quantity, swap.item.name, swap.item.options)} for ${to} (${money(swap.variant.priceCents, currency)} each).`;
}
