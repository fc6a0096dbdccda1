import type { StoreOrder, StoreOrderItem, StoreProduct } from "@/lib/commerce/store";
import type { ToolName } from "@/lib/tools/authorize";
import type { ResolvedCall } from "@/lib/tools/proposals";
import type { ActionRequest } from "./request";
import { pickVariant } from "./resolve-variant";
import { describeLine, escape, mentions, STOP, tokens } from "./resolve-words";

/**
 * Turns an action request in the customer's words into a tool and its exact arguments, against the order as the
 * store holds it: which lines of the order "the boots" or "the vacuum cleaner, headphones and smart watch" are,
 * how many, and which variant "a bigger size" or "the red one in XL" is. Anything it cannot tell for certain
 * becomes a question for the customer, never a guess: an item that is not in the order, two lines that fit the
 * words equally, a variant that does not exist. The tool still checks everything itself.
 */

export type Clarification =
  | { need: "order" }
  | { need: "items"; options: string[] }
  | { need: "item_not_in_order"; asked: string; options: string[] }
  | { need: "variant"; item: string; options: string[] }
  | { need: "variant_unavailable"; item: string; asked: string; options: string[] }
  | { need: "address" }
  | { need: "problem" };

export type Resolution = { ok: true; call: ResolvedCall } | { ok: false; clarification: Clarification };

export type ResolveContext = {
  /** The order the request names (or the conversation is about); null when none is known. */
  order: StoreOrder | null;
  /** Variants of a product family, for exchanges and item changes. */
  variantsOf: (family: string) => Promise<StoreProduct[]>;
  /** Items an earlier turn was about ("it", "them"), as SKUs of this order. */
  contextSkus: string[];
  /** The verified customer's name, for a new shipping address. */
  customerName: string | null;
  /** Catalog product names, to tell "an item that is not in this order" from words that name no product. */
  catalogNames: readonly string[];
};

const ITEM_ACTIONS = new Set(["return", "change_items", "refund"]);
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  single: 1,
  two: 2,
  both: 2,
  pair: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
const ALL_ITEMS =
  /\b(?:everything|all (?:of )?(?:it|them|the items|items|my items)|the (?:whole|entire) order|whole order|entire order|all \d+ items)\b/i;
const PRONOUN = /\b(?:it|them|they|these|those|this one|that one)\b/i;

export async function resolveRequest(request: ActionRequest, context: ResolveContext): Promise<Resolution> {
  const { order } = context;
  switch (request.action) {
    case "update_default_address":
      if (!request.address || !context.customerName) return ask({ need: "address" });
      return call("update_default_address", { address: { name: context.customerName, ...request.address } });
    case "resend":
      if (!order) return ask({ need: "order" });
      return call("resend_confirmation", { orderNumber: order.number });
    case "cancel":
      if (!order) return ask({ need: "order" });
      return call("cancel_order", { orderNumber: order.number, ...(request.reason ? { reason: request.reason } : {}) });
    case "change_address":
      if (!order) return ask({ need: "order" });
      if (!request.address || !context.customerName) return ask({ need: "address" });
      return call("change_shipping_address", {
        orderNumber: order.number,
        address: { name: order.shippingAddress?.name ?? context.customerName, ...request.address },
      });
    case "goodwill":
      if (!order) return ask({ need: "order" });
      return call("goodwill_credit", {
        orderNumber: order.number,
        ...(request.amountCents ? { amountCents: request.amountCents } : {}),
        reason: request.reason ?? "customer request",
      });
    default:
      break;
  }
  if (!order) return ask({ need: "order" });
  if (!ITEM_ACTIONS.has(request.action)) return ask({ need: "order" });

  const lines = order.items;
  const picked = pickItems(request.clause, lines, context);
  if (!picked.ok) return picked;
  const reason = request.reason ?? "customer request";

  if (request.action === "change_items") {
    const changes: Array<{ sku: string; newSku: string; quantity: number }> = [];
    for (const { line, quantity } of picked.items) {
      const target = await pickVariant(
        itemSegment(
          request.clause,
          line,
          picked.items.map((p) => p.line),
        ),
        line,
        context,
      );
      if (!target.ok) return target;
      changes.push({ sku: line.sku, newSku: target.sku, quantity });
    }
    // The customer's verb decides ("exchange" what was delivered, "change" an order that has not shipped) and the
    // tool refuses the wrong state; without one, the order's state does: changed in place, or exchanged.
    const unshipped = order.status === "pending" || order.status === "processing";
    const kind = request.changeKind ?? (unshipped ? "modify" : "exchange");
    const tool: ToolName = kind === "modify" ? "modify_order_items" : "exchange_items";
    return call(tool, { orderNumber: order.number, items: changes, ...(tool === "exchange_items" ? { reason } : {}) });
  }

  const items = picked.items.map(({ line, quantity }) => ({ sku: line.sku, quantity }));
  // A refund for something that went wrong is direct; any other refund follows the return of the items.
  if (request.action === "refund" && request.problem) {
    return call("refund", { orderNumber: order.number, items, reason, problem: request.problem });
  }
  return call("return_items", {
    orderNumber: order.number,
    items,
    reason,
    ...(request.refundMethod ? { refundMethod: request.refundMethod } : {}),
  });
}

type Picked =
  | { ok: true; items: Array<{ line: StoreOrderItem; quantity: number }> }
  | { ok: false; clarification: Clarification };

/** The order lines the customer's words name, with how many of each. */
function pickItems(clause: string, lines: StoreOrderItem[], context: ResolveContext): Picked {
  const open = lines.filter((line) => line.quantity - line.inReturnQuantity - line.refundedQuantity > 0);
  const candidates = open.length > 0 ? open : lines;
  const labels = candidates.map(describeLine);
  const words = tokens(clause);

  // Score every line by the distinctive words of its name (and options) that the customer used. Lines already in a
  // return count too: "return the boots" after the boots were exchanged is about the boots, and the tool says why not.
  const scored = lines.map((line) => ({ line, ...matchLine(line, words, clause) }));
  // A line named in full ("the Grill") wins over one that only shares a word with the message ("electric" of the
  // Electric Kettle, written among the grill's options).
  const full = scored.filter((s) => s.nameHits > 0 && s.nameHits === s.nameWords);
  const matched = full.length > 0 ? full : scored.filter((s) => s.nameHits > 0);
  if (matched.length > 0) {
    // Lines that share a name ("two T-shirts") are told apart by their options; a tie is a question.
    const byName = groupBy(matched, (s) => s.line.name);
    const chosen: Array<{ line: StoreOrderItem; quantity: number }> = [];
    for (const group of byName.values()) {
      const best = Math.max(...group.map((g) => g.optionHits));
      const top = group.filter((g) => g.optionHits === best);
      if (top.length > 1 && !ALL_ITEMS.test(clause) && !/\bboth\b|\ball\b/i.test(clause)) {
        return ask({ need: "items", options: top.map((t) => describeLine(t.line)) });
      }
      for (const t of top) chosen.push({ line: t.line, quantity: quantityFor(clause, t.line) });
    }
    return { ok: true, items: chosen };
  }
  if (ALL_ITEMS.test(clause))
    return { ok: true, items: candidates.map((line) => ({ line, quantity: remaining(line) })) };
  const named = namedProduct(clause, context.catalogNames);
  if (named) return ask({ need: "item_not_in_order", asked: named, options: labels });
  if (candidates.length === 1)
    return { ok: true, items: [{ line: candidates[0]!, quantity: quantityFor(clause, candidates[0]!) }] };
  if (PRONOUN.test(clause) && context.contextSkus.length > 0) {
    const fromContext = candidates.filter((line) => context.contextSkus.includes(line.sku));
    if (fromContext.length > 0)
      return { ok: true, items: fromContext.map((line) => ({ line, quantity: remaining(line) })) };
  }
  return ask({ need: "items", options: labels });
}

function matchLine(
  line: StoreOrderItem,
  words: Set<string>,
  clause: string,
): { nameHits: number; nameWords: number; optionHits: number } {
  const nameWords = [...tokens(line.name)].filter((w) => !STOP.has(w));
  const nameHits = nameWords.filter((w) => words.has(w)).length;
  let optionHits = 0;
  for (const value of Object.values(line.options)) if (mentions(clause, value)) optionHits += 1;
  return { nameHits, nameWords: nameWords.length, optionHits };
}

/**
 * The part of the message about one line of a multi-item change: from where its name is written to where the next
 * chosen line's name starts, so "the Bottle (…) for the red one and the Lamp (…) for the black one" gives red to the
 * bottle and black to the lamp.
 */
function itemSegment(clause: string, line: StoreOrderItem, chosen: StoreOrderItem[]): string {
  const at = (item: StoreOrderItem) => namePosition(clause, item);
  const start = at(line);
  if (start < 0) return clause;
  const next = chosen
    .map(at)
    .filter((position) => position > start)
    .sort((a, b) => a - b)[0];
  return clause.slice(start, next ?? clause.length);
}

function namePosition(clause: string, line: StoreOrderItem): number {
  const lower = clause.toLowerCase();
  const full = lower.indexOf(line.name.toLowerCase());
  if (full >= 0) return full;
  const head = [...tokens(line.name)].find((w) => !STOP.has(w));
  return head ? lower.search(new RegExp(`\\b${escape(head)}`)) : -1;
}

/** "2 of the water bottles", "one of the T-shirts", "both": otherwise every unit still open on the line. */
function quantityFor(clause: string, line: StoreOrderItem): number {
  const left = remaining(line);
  const head = [...tokens(line.name)].find((w) => !STOP.has(w));
  if (head) {
    const match = new RegExp(
      String.raw`\b(\d+|one|a|an|single|two|both|three|four|five|six)\s+(?:x\s+)?(?:of\s+(?:the|my)\s+)?(?:[\w-]+\s+){0,3}?${head}`,
      "i",
    ).exec(clause);
    const word = match?.[1]?.toLowerCase();
    const asked = word ? (Number.isFinite(Number(word)) ? Number(word) : (NUMBER_WORDS[word] ?? 0)) : 0;
    // "a water bottle" on a line of one is the line; "a" only limits a line that has more.
    if (asked > 0 && asked < left && !(word === "a" || word === "an")) return asked;
    if (
      (word === "a" || word === "an" || word === "one" || word === "single") &&
      left > 1 &&
      /\bone of\b/i.test(clause)
    )
      return 1;
  }
  return left;
}

function remaining(line: StoreOrderItem): number {
  return Math.max(1, line.quantity - line.inReturnQuantity - line.refundedQuantity);
}

function namedProduct(clause: string, names: readonly string[]): string | null {
  const words = tokens(clause);
  for (const name of names) {
    const distinctive = [...tokens(name)].filter((w) => !STOP.has(w) && w.length > 3);
    if (distinctive.length > 0 && distinctive.filter((w) => words.has(w)).length >= Math.min(2, distinctive.length))
      return name;
  }
  return null;
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

function call(tool: ToolName, input: Record<string, unknown>): Resolution {
  return { ok: true, call: { tool, input } };
}

function ask(clarification: Clarification): { ok: false; clarification: Clarification } {
  return { ok: false, clarification };
}
