import type { ReplyInput, RetrievedArticle } from "@/lib/engines/types";
import { extractEntities } from "@/lib/pipeline/entities";
import type { Intent } from "@/lib/policy/schema";

/**
 * The local engine's answer: fixed sentences that state no facts, plus passages quoted word for word from the
 * retrieved articles. Every number, price and deadline in a local reply therefore comes from a policy document
 * (or is the customer's own order number echoed back). With no article above the threshold it says so, in the
 * policy's words, instead of guessing (DESIGN.md: an answer the policy does not support is not given).
 */

// A second article is quoted only when it is nearly as relevant as the first; otherwise it is noise.
const SECOND_SOURCE_RATIO = 0.75;

const INTENTS_NEEDING_ORDER = new Set<Intent>(["order_status", "order_change", "cancel_order"]);

const ENGLISH_ONLY: Record<string, string> = {
  es: "Por ahora solo puedo responder en inglés.",
  fr: "Pour l'instant, je ne peux répondre qu'en anglais.",
  de: "Ich kann im Moment nur auf Englisch antworten.",
};

const GREETING = /^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|hola|bonjour|salut|hallo|guten tag)\b/i;

export function composeLocalReply(input: ReplyInput): string {
  const { triage, articles, policy } = input;
  const parts: string[] = [];
  const preface = ENGLISH_ONLY[triage.language];
  if (preface) parts.push(preface);

  if (triage.intent === "feedback" && triage.sentiment !== "frustrated") {
    parts.push("Thank you, that's kind of you to say! I'll make sure the team sees it. Is there anything else I can help with?");
    return parts.join("\n\n");
  }
  if (triage.sentiment === "frustrated" || triage.intent === "complaint") {
    parts.push("I'm sorry about the trouble, and I understand this is frustrating.");
  }

  // What the tools did (or refused, and why) comes first, in the tools' own words: those are the facts.
  const actions = input.actions ?? [];
  for (const action of actions) parts.push(action.customerMessage);
  const acted = actions.some((action) => action.tool !== "verify_identity");

  const orderNumbers = knownOrderNumbers(input);
  if (INTENTS_NEEDING_ORDER.has(triage.intent) && !acted) {
    if (orderNumbers.length === 0) {
      parts.push(
        `To ${orderAction(triage.intent)}, I'll need your order number. You'll find it in your order confirmation email and under Orders in your account.`,
      );
    } else {
      parts.push(`Thanks, I have your order number, ${orderNumbers.join(" and ")}.`);
    }
  }

  // An executed or refused action is the answer; a policy quote after it would bury it.
  if (acted && actions.some((action) => action.decision !== "denied")) {
    parts.push("Is there anything else I can help with?");
    return parts.join("\n\n");
  }

  if (articles.length === 0) {
    if (parts.length === 0 && triage.intent === "other" && GREETING.test(input.message)) {
      return `Hi! I'm ${policy.brand.assistant_name}, ${possessive(policy.brand.store_name)} AI assistant. How can I help you today?`;
    }
    // Asking for the order number is useful on its own; otherwise admit there is no policy to answer from.
    // A draft for a person with no policy behind it is no draft: the person answers from experience.
    if (input.audience === "agent") return parts.join("\n\n");
    if (!parts.some((part) => part.includes("order number")) && !acted) parts.push(policy.disclosure.no_answer);
    return parts.join("\n\n");
  }

  const [first, second] = articles;
  parts.push(quote(first!, "Here's what our policy says"));
  if (second && second.score >= first!.score * SECOND_SOURCE_RATIO && second.passage !== first!.passage) {
    parts.push(quote(second, "Also relevant"));
  }
  const stale = articles.slice(0, second ? 2 : 1).filter((article) => article.stale);
  for (const article of stale) {
    parts.push(`Please note: "${article.title}" was last updated on ${article.updated} and may be out of date, so a person can confirm the details if it matters.`);
  }
  // A draft is sent by the person who already holds the conversation: no offer to find one.
  if (input.audience === "agent") parts.push("Is there anything else I can help with?");
  else
    parts.push(
      triage.sentiment === "frustrated" || triage.intent === "complaint"
        ? `If you'd like a person to take this over, just say "talk to a person".`
        : `Does that answer your question? If not, I can connect you with a person.`,
    );
  return parts.join("\n\n");
}

function quote(article: RetrievedArticle, lead: string): string {
  const where = article.section ? `"${article.title}", ${article.section}` : `"${article.title}"`;
  return `${lead} (${where}):\n\n${plain(article.passage)}`;
}

/** Passages are Markdown; the chat shows plain text, so emphasis markers go and list markers stay. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, "$1").replace(/__(.+?)__/g, "$1").trim();
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function orderAction(intent: Intent): string {
  if (intent === "cancel_order") return "cancel an order";
  if (intent === "order_change") return "change an order";
  return "check on your order";
}

/** Order numbers from this message or the customer's earlier ones, so the reply never asks twice. */
function knownOrderNumbers(input: ReplyInput): string[] {
  const texts = [input.message, ...input.history.filter((turn) => turn.role === "customer").map((turn) => turn.text)];
  return [...new Set(texts.flatMap((text) => extractEntities(text).orderNumbers))];
}
