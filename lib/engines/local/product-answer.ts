import { phrase } from "./phrases";

/** The local reply's answer to a product question, from what `lookup_product` returned. */

/** What `lookup_product` returns for one product (contract: docs of issue 10, lib/tools). Money in integer cents. */
export type ProductLookupResult = {
  name: string;
  priceCents: number;
  currency: string;
  description: string;
  variants: Array<{ sku: string; options: Record<string, string>; priceCents: number; inStock: boolean }>;
};

// Past this many options a reply lists the in-stock ones only, and says how many more there are.
const MAX_OPTIONS = 8;

export function productOf(result: Record<string, unknown>): ProductLookupResult | null {
  if (isProduct(result)) return result;
  const list = result.products;
  if (Array.isArray(list) && list.length > 0 && isProduct(list[0])) return list[0] as ProductLookupResult;
  if (isProduct(result.product)) return result.product as ProductLookupResult;
  return null;
}

function isProduct(value: unknown): value is ProductLookupResult {
  const v = value as Partial<ProductLookupResult> | null;
  return Boolean(v && typeof v.name === "string" && typeof v.priceCents === "number" && Array.isArray(v.variants));
}

/**
 * A product lookup as a reply: the name and price (or "starts at" when variants differ), the catalog's description
 * as written, and the options with their price when it differs and whether they are in stock. Every figure comes
 * from the result (prices formatted from integer cents, the way the reply guardrail grounds them).
 */
export function composeProductAnswer(result: ProductLookupResult, lang: string = "en"): string {
  const currency = result.currency || "USD";
  const prices = result.variants.map((variant) => variant.priceCents);
  const lowest = prices.length > 0 ? Math.min(...prices) : result.priceCents;
  const varies = prices.some((cents) => cents !== lowest);
  const lines = [
    phrase(lang, varies ? "product_price_from" : "product_price", {
      name: result.name,
      price: formatMoney(lowest, currency),
    }),
  ];
  if (result.description.trim()) lines.push(result.description.trim());

  const withOptions = result.variants.filter((variant) => Object.keys(variant.options ?? {}).length > 0);
  if (result.variants.length > 0 && result.variants.every((variant) => !variant.inStock)) {
    lines.push(phrase(lang, "product_none_in_stock"));
  } else if (withOptions.length > 0) {
    const shown =
      withOptions.length > MAX_OPTIONS
        ? withOptions.filter((variant) => variant.inStock).slice(0, MAX_OPTIONS)
        : withOptions;
    const described = shown.map((variant) => {
      const notes: string[] = [];
      if (varies) notes.push(formatMoney(variant.priceCents, currency));
      if (!variant.inStock) notes.push(phrase(lang, "product_out_of_stock"));
      const options = Object.entries(variant.options)
        .map(([name, value]) => `${name} ${value}`)
        .join(", ");
      return notes.length > 0 ? `${options} (${notes.join(", ")})` : options;
    });
    const more = withOptions.length - shown.length;
    lines.push(phrase(lang, "product_options", { options: `${described.join("; ")}${more > 0 ? `; +${more}` : ""}` }));
  }
  return lines.join(" ");
}

/** Amounts as the guardrail reads them ("$749.00"), whatever the customer's language. */
function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}
