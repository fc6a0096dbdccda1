import type { Change, PickedItem } from "./tau-orders";
import type { TauData, TauOrder, TauOrderItem, TauProduct } from "./tau-types";

/** The customer's words: tau's gold actions as a person would ask for them, options named only where needed. */

/** Option values that do not say what they are on their own ("10", "yes", "high") are written with their name. */
const BARE_VALUES = new Set([
  "yes",
  "no",
  "none",
  "high",
  "low",
  "medium",
  "large",
  "small",
  "basic",
  "fixed",
  "adjustable",
  "full",
  "half",
  "standard",
  "professional",
]);
export function optionPhrase(key: string, value: string, ambiguous: ReadonlySet<string> = new Set()): string {
  return /^\d+(\.\d+)?$/.test(value) || BARE_VALUES.has(value.toLowerCase()) || ambiguous.has(value)
    ? `${key} ${value}`
    : value;
}
const optionValues = (options: Record<string, string>, keys = Object.keys(options), ambiguous?: ReadonlySet<string>) =>
  keys.map((k) => optionPhrase(k, options[k]!, ambiguous));

/** Values that more than one option of a product can take ("black" frame and "black" lens): said with their option's name. */
export function ambiguousValues(
  product: TauProduct | undefined,
  extra: Array<Record<string, string>> = [],
): Set<string> {
  const keysOf = new Map<string, Set<string>>();
  for (const options of [...Object.values(product?.variants ?? {}).map((v) => v.options), ...extra]) {
    for (const [key, value] of Object.entries(options)) keysOf.set(value, (keysOf.get(value) ?? new Set()).add(key));
  }
  return new Set([...keysOf].filter(([, keys]) => keys.size > 1).map(([value]) => value));
}

/** How a person names an item of an order: by name, with the options that tell it apart when the order has two of that name. */
export function itemPhrase(order: TauOrder, item: TauOrderItem): string {
  const twins = order.items.filter((other) => other.name === item.name && other.item_id !== item.item_id);
  if (twins.length === 0) return item.name;
  const differing = Object.keys(item.options).filter((key) =>
    twins.some((twin) => twin.options[key] !== item.options[key]),
  );
  return `${optionValues(item.options, differing).join(" ")} ${item.name}`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function itemsPhrase(order: TauOrder, items: PickedItem[]): string {
  return joinAnd(
    items.map(({ item, quantity }) => {
      const inOrder = order.items.filter((i) => i.item_id === item.item_id).length;
      const name = itemPhrase(order, item);
      if (inOrder <= 1) return `the ${name}`;
      return quantity === inOrder ? `both ${name}s` : `one of the ${name}s`;
    }),
  );
}

export const isPlural = (items: PickedItem[]) => items.length > 1 || items.some((i) => i.quantity > 1);

/** "the Hiking Boots (size 10, brown) for the size 11 one": the old options in full, the new ones that differ. */
export function changesPhrase(data: TauData, order: TauOrder, changes: Change[]): string {
  return joinAnd(
    changes.map(({ item, variant, quantity }) => {
      const differing = Object.keys(variant.options).filter((key) => variant.options[key] !== item.options[key]);
      const inOrder = order.items.filter((i) => i.item_id === item.item_id).length;
      const which =
        inOrder <= 1 ? `the ${item.name}` : quantity === inOrder ? `both ${item.name}s` : `one of the ${item.name}s`;
      const ambiguous = ambiguousValues(data.products[item.product_id], [item.options]);
      const target = optionValues(variant.options, differing, ambiguous).join(", ");
      return `${which} (${optionValues(item.options, undefined, ambiguous).join(", ")}) for ${quantity > 1 ? `the ${target} ones` : `the ${target} one`}`;
    }),
  );
}

export const CONFIRMATIONS = ["Yes, please go ahead.", "Yes please, go ahead.", "Yes, that's right. Please go ahead."];

type Words = { email: string; number: string };

export function returnText(seed: number, w: Words & { items: string; plural: boolean }): string {
  const it = w.plural ? "them" : "it";
  const templates = [
    `Hi, my email is ${w.email}. I'd like to return ${w.items} from order ${w.number}. Please refund it to my original payment method.`,
    `Hello, I want to send back ${w.items} from my order ${w.number}. My email is ${w.email}. Please refund the money to the payment method I used.`,
    `hi, email ${w.email}, order ${w.number}. I don't need ${w.items} anymore and would like to return ${it}, refund to my original payment method please`,
  ];
  return templates[seed % templates.length]!;
}

export function exchangeText(seed: number, w: Words & { changes: string }): string {
  const templates = [
    `Hi, my email is ${w.email}. I'd like to exchange ${w.changes} from order ${w.number}.`,
    `Hello, about order ${w.number} (email ${w.email}): could I exchange ${w.changes}?`,
    `My email is ${w.email}. I received order ${w.number} and want to exchange ${w.changes}, please.`,
  ];
  return templates[seed % templates.length]!;
}

export function modifyText(seed: number, w: Words & { changes: string }): string {
  // The same "X (options) for the Y one" phrase, with the verbs people use for an order that has not shipped.
  const swap = w.changes.replaceAll(") for the ", ") to the ");
  const templates = [
    `Hi, my email is ${w.email}. Order ${w.number} hasn't shipped yet and I'd like to change ${swap}.`,
    `Hello, can I modify my pending order ${w.number}? I'd like to swap ${w.changes}. My email is ${w.email}.`,
    `email ${w.email}, order ${w.number}: please change ${swap} before it ships`,
  ];
  return templates[seed % templates.length]!;
}

export function addressChangeText(seed: number, w: Words & { address: string }): string {
  const templates = [
    `Hi, my email is ${w.email}. Please change the shipping address of order ${w.number} to ${w.address}.`,
    `Hello, I need order ${w.number} delivered to a different address: ${w.address}. My email is ${w.email}.`,
    `my email is ${w.email}. can you update the delivery address on order ${w.number}? the new address is ${w.address}`,
  ];
  return templates[seed % templates.length]!;
}

export function cancelText(seed: number, w: Words & { reason: "mistake" | "not_needed" }): string {
  const why =
    w.reason === "mistake"
      ? ["I ordered it by mistake", "I placed it by mistake"]
      : ["I no longer need it", "I don't need it anymore"];
  const templates = [
    `Hi, my email is ${w.email}. Please cancel order ${w.number}, ${why[0]}.`,
    `Hello, ${why[1]}: could you cancel my order ${w.number}? My email is ${w.email}.`,
    `email ${w.email} - please cancel order ${w.number}. ${why[0]}`,
  ];
  return templates[seed % templates.length]!;
}
