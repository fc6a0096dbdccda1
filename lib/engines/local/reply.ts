import type { ActionSummary, ReplyInput } from "@/lib/engines/types";
import type { RetrievedArticle } from "@/lib/knowledge/article";
import { extractEntities } from "@/lib/signals/entities";
import type { Intent } from "@/lib/policy/schema";
import { askedDate } from "@/lib/text/dates";
import { foldText } from "@/lib/text/tokenize";
import { composeDeliveryAnswer, isDeliveryFacts } from "./delivery-answer";
import { type PhraseKey, type PhraseLanguage, phrase, policyText, replyLanguage } from "./phrases";
import { composeProductAnswer, productOf } from "./product-answer";

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

const GREETING =
  /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|hola|buenos dias|buenas|bonjour|salut|hallo|guten tag|servus)\b/i;

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
  const secondUsed = Boolean(
    second && second.score >= first!.score * SECOND_SOURCE_RATIO && second.passage !== first!.passage,
  );
  if (secondUsed) parts.push(`${phrase(lang, "also_relevant")} ${quote(second!, lang, SECOND_SOURCE_SENTENCES)}`);
  const stale = articles.slice(0, secondUsed ? 2 : 1).filter((article) => article.stale);
  for (const article of stale)
    parts.push(phrase(lang, "stale_source", { title: article.title, updated: article.updated }));
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
  return markdown
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .trim();
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
