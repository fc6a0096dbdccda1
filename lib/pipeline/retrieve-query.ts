import type { Intent } from "@/lib/policy/schema";
import { withinOneEdit } from "@/lib/text/edit-distance";
import { stem } from "@/lib/text/stem";
import { isStopWord } from "@/lib/text/stopwords";
import { QUERY_PHRASES, QUERY_SYNONYMS } from "@/lib/text/synonyms";
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
  via: "word" | "synonym" | "typo" | "unknown";
  idf: number;
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
 * rank higher (see INTENT_BOOST in retrieve.ts). Intents that no article answers (complaints) have none.
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

export function analyzeQuery(vocabulary: Vocabulary, query: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (term: string, word: string, via: QueryTerm["via"]) => {
    if (seen.has(term)) return;
    seen.add(term);
    out.push({ term, word, via, idf: vocabulary.idf.get(term) ?? vocabulary.unknownIdf });
  };

  // Order numbers, amounts and dates are identifiers, not topics: they say nothing about which article applies
  // (and "NW-100042" would otherwise search for "nw").
  let text = foldText(query).replace(/\b[a-z]{0,4}[-#\s]?\d[\d,.:/-]*\b/g, " ");
  for (const [pattern, replacement] of QUERY_PHRASES) text = text.replace(pattern, ` ${replacement} `);
  for (const word of words(text)) {
    if (isStopWord(word)) continue;
    const stemmed = stem(word);
    if (vocabulary.idf.has(stemmed)) {
      push(stemmed, word, "word");
      continue;
    }
    const synonyms = QUERY_SYNONYMS[word];
    const known = synonyms?.map(stem).filter((term) => vocabulary.idf.has(term)) ?? [];
    if (known.length > 0) {
      for (const term of known) push(term, word, "synonym");
      continue;
    }
    if (hasDigit(word)) continue;
    const corrected = word.length >= MIN_TYPO_LENGTH ? correctTypo(vocabulary, word) : undefined;
    if (corrected) push(corrected, word, "typo");
    else if (word.length > 1) push(stemmed, word, "unknown");
  }
  return out;
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
