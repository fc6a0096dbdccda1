import "server-only";
import { z } from "zod";
import { optionsLabel, type ProductOptions, type StoreProduct } from "@/lib/commerce/store";
import { allow, type ToolContext, type ToolDecision } from "./authorize";
import { runTool } from "./run-tool";
import { money } from "./format";

/**
 * The catalog, read-only: a product's name, description, price and its variants (sizes, colours) with their own
 * SKU, price and stock. Public information, so no verification is needed.
 */
export const lookupProductInputSchema = z
  .object({
    query: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .optional()
      .describe('Words from the product\'s name, e.g. "hiking boot" or "rain jacket"'),
    sku: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .describe("A SKU, e.g. from lookup_order: returns that product and all its variants"),
  })
  .strict()
  .refine((input) => input.query !== undefined || input.sku !== undefined, "give a query or a sku");

type ProductView = {
  family: string;
  name: string;
  category: string;
  description: string;
  priceFromCents: number;
  priceToCents: number;
  currency: string;
  variants: Array<{ sku: string; options: ProductOptions; priceCents: number; inStock: boolean }>;
};

type LookupProductResult = { products: ProductView[] };

export const lookupProductDescription =
  "Look up products in the store's catalog by name words or by SKU: description, price, and every variant (size, " +
  "colour) with its own SKU, price and whether it is in stock. Use it to find the SKU of the size or colour a " +
  "customer wants for exchange_items or modify_order_items. Read-only; no verification needed.";

const MAX_FAMILIES = 5;

function toView(variants: StoreProduct[]): ProductView {
  const sold = variants.filter((v) => v.active);
  const shown = sold.length > 0 ? sold : variants;
  const prices = shown.map((v) => v.priceCents);
  const first = shown[0]!;
  return {
    family: first.family,
    name: first.name,
    category: first.category,
    description: first.description,
    priceFromCents: Math.min(...prices),
    priceToCents: Math.max(...prices),
    currency: "USD",
    variants: shown.map((v) => ({
      sku: v.sku,
      options: v.options,
      priceCents: v.priceCents,
      inStock: v.inStock && v.active,
    })),
  };
}

function describe(view: ProductView): string {
  const price =
    view.priceFromCents === view.priceToCents
      ? money(view.priceFromCents, view.currency)
      : `${money(view.priceFromCents, view.currency)} to ${money(view.priceToCents, view.currency)}`;
  const withOptions = view.variants.filter((v) => Object.keys(v.options).length > 0);
  if (withOptions.length === 0)
    return `${view.name}, ${price}${view.variants.some((v) => v.inStock) ? "" : " (out of stock)"}: ${view.description}`;
  const label = (v: ProductView["variants"][number]) => {
    const text = optionsLabel(v.options);
    return v.priceCents === view.priceFromCents && view.priceFromCents === view.priceToCents
      ? text
      : `${text} ${money(v.priceCents, view.currency)}`;
  };
  const inStock = withOptions.filter((v) => v.inStock).map(label);
  const out = withOptions.filter((v) => !v.inStock).map(label);
  return [
    `${view.name}, ${price}: ${view.description}`,
    inStock.length > 0 ? `In stock: ${inStock.join("; ")}.` : "No variant is in stock right now.",
    ...(out.length > 0 ? [`Out of stock: ${out.join("; ")}.`] : []),
  ].join("\n");
}

export function lookupProduct(ctx: ToolContext, raw: unknown): Promise<ToolDecision<LookupProductResult>> {
  return runTool(ctx, "lookup_product", lookupProductInputSchema, raw, async (input) => {
    const families = new Map<string, StoreProduct[]>();
    if (input.sku) {
      const product = await ctx.store.findProduct(input.sku);
      if (product) families.set(product.family, await ctx.store.listVariants(product.family));
    }
    if (input.query && families.size === 0) {
      for (const product of await ctx.store.searchProducts(input.query, { limit: 100 })) {
        if (families.size >= MAX_FAMILIES && !families.has(product.family)) continue;
        families.set(product.family, [...(families.get(product.family) ?? []), product]);
      }
      // A search may hit only some variants (a colour in the name); show each product whole.
      for (const family of families.keys()) families.set(family, await ctx.store.listVariants(family));
    }
    if (families.size === 0) {
      // Not a refusal: nothing matched, and the customer can say it another way.
      return allow(
        { products: [] },
        "I couldn't find that product in our catalog. Could you tell me its name as it appears on our site?",
      );
    }
    const products = [...families.values()].filter((variants) => variants.length > 0).map(toView);
    return allow({ products }, products.map(describe).join("\n\n"));
  });
}
