import type { ProductOptions, StoreOrderItem } from "@/lib/commerce/store";

/** How resolve-request.ts reads the customer's words about order lines: word stems, option values, line labels. */

export const STOP = new Set(
  "the a an my our your this these those that it them of from in on for to and or with one ones pair pairs set item items order please i i'd like want would need can could you return exchange refund send back get swap change switch".split(
    " ",
  ),
);

/** Whether the text names an option value: "size 10", "10", "XL", "500ml", "stainless steel". */
export function mentions(text: string, value: string): boolean {
  const v = value.toLowerCase().trim();
  if (!v) return false;
  const t = text.toLowerCase();
  if (/^[a-z]{1,3}$/i.test(v) && v.length <= 3 && /^(?:xx?[sl]|[sml]|xxxl|3xl)$/i.test(v)) {
    // Letter sizes only as whole, capitalised or "size"-prefixed words: "M" is not the "m" in "I'm".
    return new RegExp(String.raw`(?:\bsize\s+${escape(v)}\b|(?<![\w'])${escape(value.toUpperCase())}(?![\w']))`).test(
      text,
    );
  }
  const compact = (s: string) => s.replace(/[\s-]+/g, "");
  if (/\d/.test(v))
    return (
      new RegExp(String.raw`(?<![\w.])${escape(v).replace(/\\?\s+/g, "\\s*")}(?![\w.])`, "i").test(t) ||
      (compact(t).includes(compact(v)) && v.length > 3)
    );
  return new RegExp(String.raw`\b${escape(v).replace(/\\?\s+/g, "[\\s-]+")}\b`, "i").test(t);
}

export function describeLine(line: Pick<StoreOrderItem, "name" | "options" | "quantity">): string {
  const options = optionsText(line.options);
  return `${line.quantity > 1 ? `${line.quantity} × ` : ""}${line.name}${options ? ` (${options})` : ""}`;
}

export function optionsText(options: ProductOptions): string {
  return Object.values(options).join(", ");
}

/** Lower-case word stems: "boots" and "boot" match, "headphones" and "headphone" too. */
export function tokens(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/[a-z0-9]+/g) ?? [];
  return new Set(
    words
      .map((w) => (w.length > 3 && w.endsWith("es") && !w.endsWith("ses") ? w.slice(0, -1) : w))
      .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w)),
  );
}

export function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
