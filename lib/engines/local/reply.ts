import type { ActionSummary, ReplyInput } from "@/lib/engines/types";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import { extractEntities } from "@/lib/signals/entities";
import type { Intent } from "@/lib/policy/schema";
import { type AskedDate, askedDate } from "@/lib/text/dates";
import { foldText } from "@/lib/text/tokenize";
import { type PhraseKey, type PhraseLanguage, phrase, policyText, replyLanguage, weekdayName } from "./phrases";

/**
 * The local engine's answer: its own fixed sentences (phrases.ts, in the customer's language) that state no facts,
 * plus sentences quoted word for word from the retrieved articles and facts from tool results. Every number, price
 * and deadline in a local reply therefore comes from a policy document or a tool result (or is the customer's own
 * order number echoed back). It leads with the sentences that answer (retrieval picks the best one to three of the
 * best section, `RetrievedArticle.sentences`) and names the article and section they come from. With no article
 * above the threshold it says so, in the policy's words, instead of guessing (DESIGN.md: an answer the policy does
 * not support is not given). Articles are in English: a reply in Spanish, French or German says so before quoting.
 */

// A second article is quoted only when it is nearly as relevant as the first; otherwise it is noise.
const SECOND_SOURCE_RATIO = 0.75;
// From a second article, one or two sentences are enough: it is context, not the answer.
const SECOND_SOURCE_SENTENCES = 2;

const INTENTS_NEEDING_ORDER = new Set<Intent>(["order_status", "order_change", "cancel_order"]);

const GREETING = /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|hola|buenos dias|buenas|bonjour|salut|hallo|guten tag|servus)\b/i;

// "When will it arrive?", "¿Cuándo llega?", "Quand sera-t-il livré ?", "Wann kommt es an?" (folded text).
const DELIVERY_QUESTION =
  /\b(?:when|arriv\w*|deliver\w*|get here|eta|need it|by (?:then|the)|cuando|llega\w*|entrega\w*|quand|livr\w*|arrive\w*|wann|ankommen|kommt|liefer\w*|zugestellt)\b/;

export function composeLocalReply(input: ReplyInput, now: Date = new Date()): string {
  const { triage, articles, policy } = input;
  const lang = replyLanguage(triage.language);
  const parts: string[] = [];

  if (triage.intent === "feedback" && triage.sentiment !== "frustrated") {
    return phrase(lang, "feedback_thanks");
  }
  const upset = triage.sentiment === "frustrated" || triage.intent === "complaint";
  if (upset) parts.push(phrase(lang, "sorry"));

  // What the tools did (or refused, and why) comes first: those are the facts. A lookup the customer asked a
  // question about is answered from its result (a delivery date, a product's price) rather than recited whole.
  const actions = input.actions ?? [];
  for (const action of actions) parts.push(describeAction(action, input, lang, now));
  const acted = actions.some((action) => action.tool !== "verify_identity");

  const orderNumbers = knownOrderNumbers(input);
  if (INTENTS_NEEDING_ORDER.has(triage.intent) && !acted) {
    if (orderNumbers.length === 0) {
      parts.push(phrase(lang, "need_order_number", { action: phrase(lang, orderActionKey(triage.intent)) }));
    } else {
      parts.push(phrase(lang, "have_order_number", { orders: orderNumbers.join(", ") }));
    }
  }

  // An executed or refused action is the answer; a policy quote after it would bury it.
  if (acted && actions.some((action) => action.decision !== "denied")) {
    parts.push(phrase(lang, "anything_else"));
    return parts.join("\n\n");
  }

  if (articles.length === 0) {
    if (parts.length === 0 && triage.intent === "other" && GREETING.test(input.message)) {
      const { assistant_name: assistant, store_name: storeName } = policy.brand;
      return phrase(lang, "greeting_reply", { assistant, store: possessive(storeName), storeName });
    }
    // Asking for the order number is useful on its own; otherwise admit there is no policy to answer from.
    // A draft for a person with no policy behind it is no draft: the person answers from experience.
    if (input.audience === "agent") return parts.join("\n\n");
    const askedForOrder = INTENTS_NEEDING_ORDER.has(triage.intent) && orderNumbers.length === 0;
    if (!askedForOrder && !acted) {
      // A product question is not a gap in the policy: the catalog answers it (lookup_product), not an article.
      const catalog = (triage.intent === "product" || triage.intent === "other") && isCatalogQuestion(input.message);
      parts.push(catalog ? phrase(lang, "product_unavailable") : policyText(policy, "no_answer", lang));
    }
    return parts.join("\n\n");
  }

  const [first, second] = articles;
  if (lang !== "en") parts.push(phrase(lang, "articles_in_english"));
  parts.push(quote(first!, lang));
  const secondUsed = Boolean(second && second.score >= first!.score * SECOND_SOURCE_RATIO && second.passage !== first!.passage);
  if (secondUsed) parts.push(`${phrase(lang, "also_relevant")} ${quote(second!, lang, SECOND_SOURCE_SENTENCES)}`);
  const stale = articles.slice(0, secondUsed ? 2 : 1).filter((article) => article.stale);
  for (const article of stale) parts.push(phrase(lang, "stale_source", { title: article.title, updated: article.updated }));
  // A draft is sent by the person who already holds the conversation: no offer to find one.
  if (input.audience === "agent") parts.push(phrase(lang, "anything_else"));
  else parts.push(phrase(lang, upset ? "talk_to_person_hint" : "does_that_answer"));
  return parts.join("\n\n");
}

/**
 * The sentences that answer, as the article words them, then where they come from. List items keep their line.
 * Falls back to the passage's first sentence when retrieval chose none (an article from elsewhere).
 */
function quote(article: RetrievedArticle, lang: PhraseLanguage, limit = Infinity): string {
  const sentences = (article.sentences?.length ? article.sentences : [firstSentence(article.passage)]).slice(0, limit);
  let text = "";
  let afterItem = false;
  for (const sentence of sentences.map(plain)) {
    const item = /^(?:[-*+]|\d+[.)])\s/.test(sentence);
    // A list keeps its lines; the sentence after a list starts a line of its own.
    text += text === "" ? sentence : `${item || afterItem || text.endsWith(":") ? "\n" : " "}${sentence}`;
    afterItem = item;
  }
  const where = article.section ? `"${article.title}" (${article.section})` : `"${article.title}"`;
  return `${text}\n\n${phrase(lang, "source", { where })}`;
}

function firstSentence(passage: string): string {
  const text = passage.trim().split(/\n{2,}/)[0] ?? "";
  const end = /[.!?](?=\s+[A-Z"(])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** Passages are Markdown; the chat shows plain text, so emphasis markers go and list markers stay. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, "$1").replace(/__(.+?)__/g, "$1").trim();
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function orderActionKey(intent: Intent): PhraseKey {
  if (intent === "cancel_order") return "action_cancel_order";
  if (intent === "order_change") return "action_change_order";
  return "action_check_order";
}

/** Order numbers from this message or the customer's earlier ones, so the reply never asks twice. */
function knownOrderNumbers(input: ReplyInput): string[] {
  const texts = [input.message, ...input.history.filter((turn) => turn.role === "customer").map((turn) => turn.text)];
  return [...new Set(texts.flatMap((text) => extractEntities(text).orderNumbers))];
}

// "How much is…", "Is it freestanding?", "in stock", "what colours": facts the catalog holds, not a policy.
const CATALOG_QUESTION =
  /\b(?:how much|price|prices|cost|costs|weigh\w*|in stock|stock|available|colou?rs?|sizes|spec\w*|dimensions?|freestanding|waterproof|made of|material|cuanto cuesta|precio|combien|prix|was kostet|preis)\b|^\s*(?:is|are|does|do)\s+(?:the|your)\s/;

/** Whether a question asks for a product fact (price, specification, stock) rather than a rule. */
export function isCatalogQuestion(message: string): boolean {
  return CATALOG_QUESTION.test(foldText(message));
}

function describeAction(action: ActionSummary, input: ReplyInput, lang: PhraseLanguage, now: Date): string {
  const result = action.result as Record<string, unknown> | undefined;
  if (action.decision === "allowed" && result) {
    if (action.tool === "lookup_product") {
      const product = productOf(result);
      if (product) return composeProductAnswer(product, lang);
    }
    if (action.tool === "lookup_order" && isDeliveryFacts(result.order) && isDeliveryQuestion(input.message, now)) {
      return composeDeliveryAnswer(result.order, askedDate(input.message, now), lang);
    }
  }
  return action.customerMessage;
}

function isDeliveryQuestion(message: string, now: Date): boolean {
  return DELIVERY_QUESTION.test(foldText(message)) || askedDate(message, now) !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// Product lookups

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

function productOf(result: Record<string, unknown>): ProductLookupResult | null {
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
    phrase(lang, varies ? "product_price_from" : "product_price", { name: result.name, price: formatMoney(lowest, currency) }),
  ];
  if (result.description.trim()) lines.push(result.description.trim());

  const withOptions = result.variants.filter((variant) => Object.keys(variant.options ?? {}).length > 0);
  if (result.variants.length > 0 && result.variants.every((variant) => !variant.inStock)) {
    lines.push(phrase(lang, "product_none_in_stock"));
  } else if (withOptions.length > 0) {
    const shown = withOptions.length > MAX_OPTIONS ? withOptions.filter((variant) => variant.inStock).slice(0, MAX_OPTIONS) : withOptions;
    const described = shown.map((variant) => {
      const notes: string[] = [];
      if (varies) notes.push(formatMoney(variant.priceCents, currency));
      if (!variant.inStock) notes.push(phrase(lang, "product_out_of_stock"));
      const options = Object.entries(variant.options).map(([name, value]) => `${name} ${value}`).join(", ");
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

// ---------------------------------------------------------------------------------------------------------------
// Delivery questions

/**
 * What a delivery answer reads from `lookup_order`'s result (`{ order: OrderDetailView }`, lib/tools/format.ts).
 * `shippingMethod` and `estimatedDeliveryOn` (YYYY-MM-DD) are used when the result carries them.
 */
export type DeliveryFacts = {
  orderNumber: string;
  status: "pending" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
  carrier: string | null;
  trackingNumber: string | null;
  shippedOn: string | null;
  deliveredOn: string | null;
  shippingMethod?: string | null;
  estimatedDeliveryOn?: string | null;
};

function isDeliveryFacts(value: unknown): value is DeliveryFacts {
  const v = value as Partial<DeliveryFacts> | null;
  return Boolean(v && typeof v.orderNumber === "string" && typeof v.status === "string");
}

/**
 * A delivery question answered from the order in one or two sentences: where the order is (carrier, method,
 * tracking, the day it shipped or was delivered), the estimated delivery date when the result has one, and, when
 * the customer named a date (`asked`, from `askedDate(message, now)` in lib/text/dates.ts) and the estimate is
 * known, whether it makes that date. Dates are written as the tool wrote them (YYYY-MM-DD, with the weekday), so
 * the reply guardrail finds each one in the tool result; the customer's date is repeated in their own words.
 */
export function composeDeliveryAnswer(order: DeliveryFacts, asked: AskedDate | null, lang: string = "en"): string {
  const vars = (extra: Record<string, string> = {}) => ({
    order: order.orderNumber,
    carrier: "",
    method: order.shippingMethod ? phrase(lang, "delivery_method", { method: order.shippingMethod }) : "",
    tracking: order.trackingNumber ? phrase(lang, "delivery_tracking", { tracking: order.trackingNumber }) : "",
    ...extra,
  });
  const carrierBy = order.carrier ? phrase(lang, "delivery_by_carrier", { carrier: order.carrier }) : "";
  const carrierWith = order.carrier ? phrase(lang, "delivery_with_carrier", { carrier: order.carrier }) : "";

  switch (order.status) {
    case "delivered": {
      const first = order.deliveredOn
        ? phrase(lang, "delivery_delivered", vars({ date: order.deliveredOn, carrier: carrierBy }))
        : phrase(lang, "delivery_delivered_undated", vars({ carrier: carrierBy }));
      return `${first} ${phrase(lang, "delivery_delivered_missing")}`;
    }
    case "cancelled":
      return phrase(lang, "delivery_cancelled", vars());
    case "returned":
      return phrase(lang, "delivery_returned", vars());
    case "shipped": {
      const first = order.shippedOn
        ? phrase(lang, "delivery_shipped", vars({ date: order.shippedOn, carrier: carrierWith }))
        : phrase(lang, "delivery_in_transit", vars({ carrier: carrierWith }));
      return [first, estimateSentence(order, asked, lang)].filter(Boolean).join(" ");
    }
    default: {
      const status = phrase(lang, order.status === "pending" ? "delivery_status_pending" : "delivery_status_processing");
      return [phrase(lang, "delivery_not_shipped", vars({ status })), estimateSentence(order, asked, lang)].filter(Boolean).join(" ");
    }
  }
}

function estimateSentence(order: DeliveryFacts, asked: AskedDate | null, lang: string): string {
  const estimate = order.estimatedDeliveryOn;
  if (!estimate) return phrase(lang, asked ? "delivery_no_estimate" : "delivery_no_estimate_plain", { asked: asked?.text ?? "" });
  const sentence = phrase(lang, "delivery_estimate", { date: estimate, weekday: weekdayName(estimate, lang) });
  if (!asked) return sentence;
  return `${sentence} ${phrase(lang, estimate <= asked.iso ? "delivery_in_time" : "delivery_too_late", { asked: asked.text })}`;
}
