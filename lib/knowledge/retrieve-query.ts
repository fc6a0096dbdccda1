import type { Intent } from "@/lib/policy/schema";
import { withinOneEdit } from "@/lib/text/edit-distance";
import { stem } from "@/lib/text/stem";
import { isStopWord } from "@/lib/text/stopwords";
import { COMPOUND_PARTS, ITEM_WORDS, QUERY_EXPANSIONS, QUERY_PHRASES, QUERY_SYNONYMS } from "@/lib/text/synonyms";
import { foldText, hasDigit, words } from "@/lib/text/tokenize";

/**
 * The query side of retrieval: a customer's words → the index terms to score, each with its idf. Customers
 * misspell, write in Spanish, or paste order numbers; each case is resolved here, in this order, and recorded in
 * `via` so a trace shows why a term was searched for.
 */
export type QueryTerm = {
  /** The stemmed index term. */
  term: string;
  /** The customer's word it came from. */
  word: string;
  via: "word" | "synonym" | "expansion" | "compound" | "typo" | "unknown";
  idf: number;
  /**
   * How much the term counts, 0..1, in the score and in the query's best possible score alike: 1 for the
   * customer's own words; 0.5 for a QUERY_EXPANSIONS term; 0.25 for a kind of product (ITEM_WORDS) when the question
   * also has a policy word the articles know.
   */
  weight: number;
};

export type Vocabulary = {
  idf: Map<string, number>;
  /** idf used for a query word no article contains. */
  unknownIdf: number;
  /** Unstemmed words of the articles (4+ letters) → their stem, for typo correction. */
  surface: Map<string, string>;
};

/**
 * Triage reads the whole message, so its intent says what the question is about better than its rarest word:
 * "how do I return a pair of boots that don't fit?" shares more words with the sizing article than with the
 * returns one. Articles whose topics (front matter) contain one of these words are "on the intent's topic" and
 * rank higher (scoreCandidates in retrieve.ts: the intent counts as one more query term). Intents that no article
 * answers (complaints) have none.
 */
export const INTENT_TOPIC_WORDS: Readonly<Partial<Record<Intent, readonly string[]>>> = {
  order_status: ["tracking"],
  order_change: ["modify", "edit"],
  cancel_order: ["cancel", "cancellation"],
  shipping: ["shipping"],
  returns: ["return", "exchange"],
  refund: ["refund"],
  billing: ["payment", "billing", "promo", "gift"],
  account: ["account", "password", "login"],
  security: ["security", "hacked", "phishing"],
  product: ["sizing", "care", "warranty"],
  human_request: ["contact", "human"],
};

/** What the pipeline knows about the message besides its words. Pass an intent only when triage is confident. */
export type QueryHints = { intent?: Intent };

/** Whether an article's topics mention the intent, given the article's stemmed topic words. */
export function onIntentTopic(topicStems: ReadonlySet<string>, intent: Intent | undefined): boolean {
  if (!intent) return false;
  return (INTENT_TOPIC_WORDS[intent] ?? []).some((word) => topicStems.has(stem(word)));
}

// Shorter words have too many one-edit neighbours ("sale"/"safe"/"size") for a correction to be trustworthy.
const MIN_TYPO_LENGTH = 5;

// Weekdays, months and "tomorrow" say when, not what: like order numbers they are identifiers of the customer's
// situation, and "I need it Saturday" must not pull up the support hours ("Monday to Saturday"). "May" stays: it is
// also a verb.
const WHEN_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|today|tomorrow|tonight|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen)\b/g;

const EXPANSION_WEIGHT = 0.5;
export const ITEM_WEIGHT = 0.25;

/** Folded text with QUERY_PHRASES applied: the form both the query and the articles are tokenised from. */
export function rewritePhrases(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of QUERY_PHRASES) text = text.replace(pattern, ` ${replacement} `);
  return text;
}

export function analyzeQuery(vocabulary: Vocabulary, query: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Map<string, QueryTerm>();
  const push = (term: string, word: string, via: QueryTerm["via"], weight = 1) => {
    const existing = seen.get(term);
    if (existing) {
      // The same term reached twice (a word and a synonym of another word) counts once, at its strongest.
      if (weight > existing.weight) Object.assign(existing, { word, via, weight });
      return;
    }
    const entry: QueryTerm = { term, word, via, idf: vocabulary.idf.get(term) ?? vocabulary.unknownIdf, weight };
    seen.set(term, entry);
    out.push(entry);
  };
  const known = (terms: readonly string[] | undefined) =>
    terms?.map(stem).filter((term) => vocabulary.idf.has(term)) ?? [];

  // Order numbers, amounts and dates are identifiers, not topics: they say nothing about which article applies
  // (and "NW-100042" would otherwise search for "nw").
  let text = foldText(query).replace(/\b[a-z]{0,4}[-#\s]?\d[\d,.:/-]*\b/g, " ");
  text = rewritePhrases(text).replace(WHEN_WORDS, " ");
  const items: string[] = [];
  for (const word of words(text)) {
    if (isStopWord(word)) continue;
    if (ITEM_WORDS.has(word)) items.push(word);
    const stemmed = stem(word);
    if (vocabulary.idf.has(stemmed)) {
      push(stemmed, word, "word");
      for (const term of known(QUERY_EXPANSIONS[word])) push(term, word, "expansion", EXPANSION_WEIGHT);
      continue;
    }
    // One customer word is one word of evidence: its translations share it ("Zoll" → customs or duties).
    const synonyms = known(QUERY_SYNONYMS[word]);
    if (synonyms.length > 0) {
      for (const term of synonyms) push(term, word, "synonym", 1 / synonyms.length);
      continue;
    }
    if (hasDigit(word)) continue;
    const parts = compoundParts(word).flatMap((part) => known(QUERY_SYNONYMS[part]));
    if (parts.length > 0) {
      for (const term of parts) push(term, word, "compound");
      continue;
    }
    const corrected = word.length >= MIN_TYPO_LENGTH ? correctTypo(vocabulary, word) : undefined;
    if (corrected) push(corrected, word, "typo");
    else if (word.length > 1) push(stemmed, word, "unknown");
  }

  // A kind of product ("tent") or a product's name ("Ridgeline") names the item; when the question also asks about
  // something the articles know (a policy word), that is what decides the article, and the item only breaks ties.
  // A name the articles never use then no longer counts against the question's score either.
  const names = productNames(query);
  const itemTerms = new Set(items.flatMap((word) => [stem(word), ...known(QUERY_SYNONYMS[word])]));
  const isItem = (t: QueryTerm) => itemTerms.has(t.term) || (t.via === "unknown" && names.has(t.term));
  const aboutSomething = out.some((t) => !isItem(t) && t.via !== "unknown" && vocabulary.idf.has(t.term));
  if (aboutSomething) for (const t of out) if (isItem(t)) t.weight = Math.min(t.weight, ITEM_WEIGHT);
  return out;
}

// A capitalised word that does not start a sentence: a name ("Summit Dome", "Ridgeline", "Granite Peak").
const NAME_WORD = /(?<![.!?¿¡]\s*|^\s*)\b\p{Lu}[\p{L}'-]+/gu;

/** Stems of the capitalised words of a question that are not the first of a sentence: the names it mentions. */
export function productNames(query: string): Set<string> {
  return new Set((query.match(NAME_WORD) ?? []).map((word) => stem(foldText(word))));
}

/**
 * A long German word made of two words the term map knows ("versandkosten" = "versand" + "kosten",
 * "zollgebuhren" = "zoll" + "gebuhren"), with or without a linking "s"; none when it is not one.
 */
function compoundParts(word: string): string[] {
  if (word.length < 8) return [];
  for (const head of COMPOUND_PARTS) {
    if (!word.startsWith(head) || word.length - head.length < 4) continue;
    const rest = word.slice(head.length);
    for (const tail of [rest, rest.startsWith("s") ? rest.slice(1) : null]) {
      if (tail && QUERY_SYNONYMS[tail]) return [head, tail];
    }
  }
  return [];
}

/** The stem of a vocabulary word one edit away from `word`, or undefined. */
function correctTypo(vocabulary: Vocabulary, word: string): string | undefined {
  let best: string | undefined;
  let bestIdf = -1;
  for (const [surface, term] of vocabulary.surface) {
    // Typos almost never hit the first letter; requiring it keeps real words apart ("weather" is not "leather").
    if (surface[0] !== word[0] || Math.abs(surface.length - word.length) > 1 || !withinOneEdit(word, surface)) continue;
    const idf = vocabulary.idf.get(term) ?? 0;
    // Most typos are of common words; among several candidates the commonest (lowest idf) is the likelier one.
    if (best === undefined || idf < bestIdf) {
      best = term;
      bestIdf = idf;
    }
  }
  return best;
}
