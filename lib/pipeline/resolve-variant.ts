import type { ProductOptions, StoreOrderItem, StoreProduct } from "@/lib/commerce/store";
import type { Clarification, ResolveContext } from "./resolve-request";
import { describeLine, mentions, optionsText, STOP, tokens } from "./resolve-words";

export type PickedVariant = { ok: true; sku: string } | { ok: false; clarification: Clarification };

const SIZE_ORDER = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "3XL"];

/**
 * The variant wanted for one line: option values named after "for", "to", "into", "in" or "with" (so the current
 * colour named before them does not count), or "a bigger/smaller size". Options the customer did not name stay as
 * they are. No unique match is a question.
 */
export async function pickVariant(
  clause: string,
  line: StoreOrderItem,
  context: ResolveContext,
): Promise<PickedVariant> {
  const family = (await context.variantsOf(line.family)).filter((v) => v.active && v.sku !== line.sku);
  const label = describeLine(line);
  const listed = (variants: StoreProduct[]) =>
    variants
      .filter((v) => v.inStock)
      .map((v) => optionsText(v.options))
      .slice(0, 8);
  if (family.length === 0)
    return ask({ need: "variant_unavailable", item: label, asked: "another option", options: [] });
  const target = targetSegment(clause, line);
  const wanted: ProductOptions = {};
  for (const variant of family) {
    for (const [key, value] of Object.entries(variant.options)) {
      if (line.options[key] === value && !mentionsAfterCurrent(target, value)) continue;
      if (mentions(target, value)) wanted[key] = value;
    }
  }
  const relative = /\b(bigger|larger|size up|one size up|a size up|next size up)\b/i.test(clause)
    ? 1
    : /\b(smaller|size down|one size down|a size down)\b/i.test(clause)
      ? -1
      : 0;
  if (relative !== 0 && !wanted.size && line.options.size) {
    const next = neighbourSize(
      line.options.size,
      family.map((v) => v.options.size ?? ""),
      relative,
    );
    if (next) wanted.size = next;
  }
  if (Object.keys(wanted).length === 0) return ask({ need: "variant", item: label, options: listed(family) });

  let matches = family.filter((v) => Object.entries(wanted).every(([key, value]) => v.options[key] === value));
  // What was not asked for stays as it is: "the red one" of a size-M shirt is the red M.
  const keepRest = matches.filter((v) =>
    Object.entries(line.options).every(([key, value]) => key in wanted || v.options[key] === value),
  );
  if (keepRest.length > 0) matches = keepRest;
  const asked = optionsText(wanted);
  if (matches.length === 0) return ask({ need: "variant_unavailable", item: label, asked, options: listed(family) });
  const inStock = matches.filter((v) => v.inStock);
  if (inStock.length === 0) return ask({ need: "variant_unavailable", item: label, asked, options: listed(family) });
  if (inStock.length > 1)
    return ask({ need: "variant", item: label, options: inStock.map((v) => optionsText(v.options)) });
  return { ok: true, sku: inStock[0]!.sku };
}

/** The words after the line's name where the new variant is described ("…boots for a size 11"). */
function targetSegment(clause: string, line: StoreOrderItem): string {
  const head = [...tokens(line.name)].filter((w) => !STOP.has(w)).at(-1);
  const at = head ? clause.toLowerCase().search(new RegExp(`\\b${head}`)) : -1;
  const after = at >= 0 ? clause.slice(at) : clause;
  const marker = /\b(?:for|to|into|with|in|instead)\b/i.exec(after);
  return marker ? after.slice(marker.index) : after;
}

function mentionsAfterCurrent(segment: string, value: string): boolean {
  return (
    /\b(?:for|to|into|instead)\b/i.test(segment) &&
    mentions(segment.replace(/^.*?\b(?:for|to|into|instead)\b/i, ""), value)
  );
}

function neighbourSize(current: string, sizes: string[], step: number): string | null {
  const available = [...new Set(sizes.filter(Boolean))];
  const numeric = available.every((s) => /^\d+(?:\.\d)?$/.test(s)) && /^\d+(?:\.\d)?$/.test(current);
  const ordered = numeric
    ? available
        .map(Number)
        .sort((a, b) => a - b)
        .map(String)
    : SIZE_ORDER.filter((s) => available.includes(s) || s === current);
  const all = numeric
    ? [...new Set([...ordered, current])]
        .map(Number)
        .sort((a, b) => a - b)
        .map(String)
    : ordered;
  const index = all.indexOf(current);
  const next = all[index + step];
  return index >= 0 && next && available.includes(next) ? next : null;
}

function ask(clarification: Clarification): { ok: false; clarification: Clarification } {
  return { ok: false, clarification };
}
