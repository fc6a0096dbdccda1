import type { RetrievedArticle } from "@/lib/knowledge/article";
import type { KnowledgeArticle, SupportPolicy } from "@/lib/policy/schema";
import { type Passage, type Sentence, splitPassages, splitSentences } from "./passages";
import {
  analyzeQuery,
  ITEM_WEIGHT,
  onIntentTopic,
  productNames,
  type QueryHints,
  type QueryTerm,
  rewritePhrases,
  type Vocabulary,
} from "./retrieve-query";
import { foldText, words } from "@/lib/text/tokenize";
import { isStopWord } from "@/lib/text/stopwords";
import { stem } from "@/lib/text/stem";

/**
 * Stage 4: which knowledge articles answer this message. BM25F over three fields of each article: title and
 * topics are boosted because an article's title is the best summary of what it answers, and the body is long.
 *
 * Score normalisation. Raw BM25 is unbounded and depends on the query's length, so it cannot be compared with a
 * threshold from policy. For every query term t the most a document can earn is idf(t)·(k1 + 1) (BM25's term
 * frequency part saturates at k1 + 1), so the sum of those over the query is the best score any document could
 * reach for it. The normalised score is the share of that bound a document earns: 1 would be a document that
 * saturates every query term, 0 one that matches none. A query term that no article contains still counts in
 * the bound (with the idf of a term that one article has): the question is then partly about something the
 * knowledge base does not cover, and the score says so instead of over-trusting the words that did match.
 *
 * With an intent hint from triage, the intent counts as one more query term, as heavy as the average of the
 * others, which every article on that intent's topic (INTENT_TOPIC_WORDS) matches fully: triage read the whole
 * message, and "return" matters more than "boots" in "how do I return boots that don't fit?". The intent term
 * only adds to articles that share at least one real word with the question, so it never creates a match alone.
 * Typical on-topic questions land at 0.4–0.9, unrelated ones below 0.2.
 *
 * Query terms carry a weight (retrieve-query.ts): a kind of product ("tents") counts a quarter when the question
 * also asks about something the articles know ("warranty"), an expansion half; the weight scales the term's part
 * of the score and of the bound alike, so scores stay comparable with the threshold.
 *
 * Within the chosen article, the section that answers is the one with the most query evidence: its heading counts
 * twice (the introduction's "heading" is the article's title, counted once), and each term is weighed by how rare
 * it is across the article's own sections too, so "Is shipping refunded?" picks Refunds → "Shipping costs", not the
 * section every refund question shares "refund" with. Within that section the one to three sentences that share
 * the most with the question are what a reply leads with (`sentences`, chooseSentences below).
 *
 * A question about a product's price or specifications that names a product the articles never mention is the
 * catalog's (`catalog` in the report): `retrieve` returns nothing for it rather than the nearest article.
 */
export const BM25_PARAMS = { k1: 1.2, b: 0.75, boosts: { title: 3, topics: 2, body: 1 } } as const;

const MS_PER_DAY = 86_400_000;

export type ScoredCandidate = {
  article: KnowledgeArticle;
  /** Normalised score, 0..1 (see above). */
  score: number;
  /** The raw BM25F score. */
  raw: number;
  stale: boolean;
  /** Query terms (stems) this article contains. */
  matched: string[];
};

export type CandidateReport = {
  terms: QueryTerm[];
  /** Every article, best first, including those below the policy's threshold. */
  candidates: ScoredCandidate[];
  /**
   * The question asks for a product fact (its price, or something about a product the articles never name:
   * "How much is the Summit Dome 2?", "Is the Ridgeline 2 freestanding?"). The catalog answers those
   * (lookup_product), so `retrieve` returns no article for them rather than the nearest one that mentions a cost.
   */
  catalog: boolean;
};

export type Retriever = {
  /** Articles at or above `retrieval.min_score`, best first, at most `retrieval.max_sources`. */
  retrieve(query: string, hints?: QueryHints): RetrievedArticle[];
  /** All scored candidates with the analysed query, for traces and evaluation. */
  candidates(query: string, hints?: QueryHints): CandidateReport;
};

type IndexedSentence = Sentence & { stems: Set<string> };
type IndexedPassage = Passage & { tf: Map<string, number>; textTf: Set<string>; sentences: IndexedSentence[] };
type IndexedDoc = {
  article: KnowledgeArticle;
  sectionIdf: Map<string, number>;
  tf: Map<string, number>;
  lengthNorm: number;
  topicStems: Set<string>;
  passages: IndexedPassage[];
};

export type KnowledgeIndex = Vocabulary & { docs: IndexedDoc[]; postings: Map<string, Array<{ doc: number; tf: number }>> };

export function createRetriever(articles: KnowledgeArticle[], policy: SupportPolicy, now: () => Date = () => new Date()): Retriever {
  const index = buildIndex(articles);
  const { min_score: minScore, max_sources: maxSources, stale_after_days: staleAfterDays } = policy.retrieval;
  return {
    candidates: (query, hints) => scoreCandidates(index, query, { staleAfterDays, now: now(), hints }),
    retrieve(query, hints) {
      const { terms, candidates, catalog } = scoreCandidates(index, query, { staleAfterDays, now: now(), hints });
      if (catalog) return [];
      return candidates
        .filter((candidate) => candidate.score > 0 && candidate.score >= minScore)
        .slice(0, maxSources)
        .map((candidate) => toRetrieved(index, candidate, terms));
    },
  };
}

export function buildIndex(articles: KnowledgeArticle[]): KnowledgeIndex {
  const { k1, b, boosts } = BM25_PARAMS;
  const docs = articles.map((article) => {
    const tf = new Map<string, number>();
    let length = 0;
    const add = (text: string, weight: number) => {
      for (const term of terms(text)) {
        tf.set(term, (tf.get(term) ?? 0) + weight);
        length += weight;
      }
    };
    add(article.title, boosts.title);
    add(article.topics.join(" . "), boosts.topics);
    add(withoutCrossReferences(article.body), boosts.body);
    const passages = splitPassages(article.body).map((passage) => ({
      ...passage,
      ...passageTerms(passage, article.title),
      sentences: splitSentences(passage.text).map((unit) => ({ ...unit, stems: new Set(terms(unit.text)) })),
    }));
    // Within an article, a word every section uses ("refund" in Refunds) tells its sections apart less than one
    // only some use ("shipping"): section choice weighs each term by this within-article idf as well.
    const sectionDf = new Map<string, number>();
    for (const passage of passages) for (const term of passage.tf.keys()) sectionDf.set(term, (sectionDf.get(term) ?? 0) + 1);
    const sectionIdf = new Map([...sectionDf].map(([term, df]) => [term, idfFor(passages.length, df)]));
    return { article, tf, length, passages, sectionIdf, topicStems: new Set(article.topics.flatMap(terms)) };
  });
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(docs.length, 1);

  const postings = new Map<string, Array<{ doc: number; tf: number }>>();
  docs.forEach((doc, i) => {
    for (const [term, tf] of doc.tf) {
      const list = postings.get(term) ?? [];
      list.push({ doc: i, tf });
      postings.set(term, list);
    }
  });
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [term, list] of postings) idf.set(term, idfFor(n, list.length));

  // Surface forms (unstemmed words) let the query side correct typos against words the articles really use.
  const surface = new Map<string, string>();
  for (const article of articles) {
    for (const word of words(`${article.title} ${article.topics.join(" ")} ${article.body}`)) {
      if (word.length >= 4 && !isStopWord(word) && !surface.has(word)) surface.set(word, stem(word));
    }
  }

  return {
    docs: docs.map(({ length, ...doc }) => ({ ...doc, lengthNorm: k1 * (1 - b + (b * length) / (averageLength || 1)) })),
    postings,
    idf,
    unknownIdf: idfFor(n, 1),
    surface,
  };
}

export function scoreCandidates(
  index: KnowledgeIndex,
  query: string,
  options: { staleAfterDays: number; now: Date; hints?: QueryHints },
): CandidateReport {
  const { k1 } = BM25_PARAMS;
  const queryTerms = analyzeQuery(index, query);
  const raw = new Float64Array(index.docs.length);
  const matched: string[][] = index.docs.map(() => []);
  let bound = 0;
  for (const { term, idf, weight } of queryTerms) {
    bound += weight * idf * (k1 + 1);
    for (const { doc, tf } of index.postings.get(term) ?? []) {
      raw[doc]! += (weight * idf * tf * (k1 + 1)) / (tf + index.docs[doc]!.lengthNorm);
      matched[doc]!.push(term);
    }
  }
  const intent = options.hints?.intent;
  const onTopic = index.docs.map((doc) => onIntentTopic(doc.topicStems, intent));
  const termWeights = queryTerms.reduce((sum, t) => sum + t.weight, 0);
  const intentWeight = termWeights > 0 && onTopic.includes(true) ? bound / termWeights : 0;
  // "Shares a real word": a kind of product alone ("tent" in "How much is the Ridgeline 2 tent?") is not one.
  const about = new Set(queryTerms.filter((t) => t.weight > ITEM_WEIGHT).map((t) => t.term));
  const candidates = index.docs.map((doc, i) => ({
    article: doc.article,
    raw: raw[i]!,
    score:
      bound > 0 ? (raw[i]! + (onTopic[i] && matched[i]!.some((term) => about.has(term)) ? intentWeight : 0)) / (bound + intentWeight) : 0,
    stale: isStale(doc.article, options.staleAfterDays, options.now),
    matched: matched[i]!,
  }));
  // Ties keep the articles' file order, so results never depend on sort stability quirks.
  candidates.sort((a, b) => b.score - a.score);
  return { terms: queryTerms, candidates, catalog: isCatalogQuestion(query, queryTerms) };
}

// Words of a price question. A question whose only known words are these (and kinds of product) is about a price.
const PRICE_TERMS = new Set(["cost", "pric", "much", "expens", "cheap"]);

/**
 * Whether a question asks for a catalog fact: it names something the articles never mention with a capital letter
 * (a product), and everything else it asks is a price or a kind of product. "How much is the Summit Dome 2?" and
 * "Is the Ridgeline 2 freestanding?" are; "How much is shipping to Canada for a Ridgeline tent?" is not (shipping
 * and Canada are the articles' words).
 */
function isCatalogQuestion(query: string, queryTerms: QueryTerm[]): boolean {
  const names = productNames(query);
  if (!queryTerms.some((t) => t.via === "unknown" && names.has(t.term))) return false;
  return queryTerms.every((t) => t.via === "unknown" || t.weight <= ITEM_WEIGHT || PRICE_TERMS.has(t.term));
}

export function isStale(article: Pick<KnowledgeArticle, "volatile" | "updated">, staleAfterDays: number, now: Date): boolean {
  if (!article.volatile) return false;
  const updated = Date.parse(`${article.updated}T00:00:00Z`);
  return (now.getTime() - updated) / MS_PER_DAY > staleAfterDays;
}

function toRetrieved(index: KnowledgeIndex, candidate: ScoredCandidate, queryTerms: QueryTerm[]): RetrievedArticle {
  const doc = index.docs.find((d) => d.article === candidate.article)!;
  const passage = bestPassage(doc.passages, doc.sectionIdf, queryTerms);
  const { article } = candidate;
  const passageText = passage?.text ?? article.body;
  const units = passage?.sentences ?? splitSentences(article.body).map((unit) => ({ ...unit, stems: new Set(terms(unit.text)) }));
  return {
    id: article.id,
    title: article.title,
    version: article.version,
    updated: article.updated,
    score: candidate.score,
    stale: candidate.stale,
    body: article.body,
    passage: passageText,
    section: passage?.section ?? null,
    sentences: chooseSentences(units, queryTerms),
  };
}

// A term in every section of an article still counts a little when choosing among them.
const SECTION_IDF_FLOOR = 0.25;

// Sentences scoring at least this share of the best one are quoted with it; at most MAX_SENTENCES.
const SENTENCE_RATIO = 0.5;
const MAX_SENTENCES = 3;

/**
 * The one to three sentences of a passage that answer the question, verbatim and in the article's order: the
 * sentence sharing the most (idf-weighted) query terms; any scoring at least half as much; a neighbour of the best
 * one that shares a term with the question ("We ship to Canada, …" before "We cannot ship to other countries
 * yet."); and what lies between two chosen sentences ("Your bank then needs 5 to 10 business days" between the two
 * refund sentences). A list item brings the sentence that introduces its list. When no sentence shares a term, the
 * passage's first sentence.
 */
function chooseSentences(units: IndexedSentence[], queryTerms: QueryTerm[]): string[] {
  if (units.length === 0) return [];
  const scores = units.map(({ stems }) => {
    let score = 0;
    for (const { term, idf, weight } of queryTerms) if (stems.has(term)) score += idf * Math.max(weight, 0.5);
    return score;
  });
  const best = Math.max(...scores);
  const top = scores.indexOf(best);
  if (best <= 0) return withLeads([units[0]!]);
  const ranked = units
    .map((_, i) => i)
    .filter((i) => scores[i]! >= best * SENTENCE_RATIO || (Math.abs(i - top) === 1 && scores[i]! > 0 && units[i]!.paragraph === units[top]!.paragraph))
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, MAX_SENTENCES);
  const first = Math.min(...ranked);
  const last = Math.max(...ranked);
  const oneParagraph = units[first]!.paragraph === units[last]!.paragraph;
  const chosen = oneParagraph && last - first + 1 <= MAX_SENTENCES ? range(first, last) : ranked.sort((a, b) => a - b);
  return withLeads(chosen.map((i) => units[i]!));
}

/** The chosen units as quotable strings: a list item keeps its marker ("- …") and brings its list's lead-in. */
function withLeads(units: Sentence[]): string[] {
  const out: string[] = [];
  for (const unit of units) {
    if (unit.lead && !out.includes(unit.lead)) out.push(unit.lead);
    out.push(unit.marker ? `${unit.marker} ${unit.text}` : unit.text);
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The passage with the most query evidence; a term in its heading counts twice. Earlier passages win ties. Kinds of
 * product count at least half here: within one article they do tell its sections apart ("Boots", "Tents").
 */
function bestPassage(passages: IndexedPassage[], sectionIdf: Map<string, number>, queryTerms: QueryTerm[]): IndexedPassage | undefined {
  let best: IndexedPassage | undefined;
  let bestScore = 0;
  for (const passage of passages) {
    // A heading earns nothing for a passage whose text shares no word with the question: "Shipping options and
    // delivery times" announces the whole article, not the introduction's warehouse hours.
    if (!queryTerms.some(({ term }) => passage.textTf.has(term))) continue;
    let score = 0;
    for (const { term, idf, weight } of queryTerms) {
      const tf = passage.tf.get(term) ?? 0;
      score += (Math.max(weight, 0.5) * idf * (SECTION_IDF_FLOOR + (sectionIdf.get(term) ?? 0)) * tf) / (tf + 1);
    }
    if (score > bestScore) {
      best = passage;
      bestScore = score;
    }
  }
  return best ?? passages[0];
}

function passageTerms(passage: Passage, title: string): { tf: Map<string, number>; textTf: Set<string> } {
  const tf = new Map<string, number>();
  // The introduction has no heading of its own: it is what the article's title announces. The title counts half
  // as much as a heading, because it announces every section, not only the introduction.
  for (const term of terms(passage.section ?? title)) tf.set(term, (tf.get(term) ?? 0) + (passage.section === null ? 1 : 2));
  const textTerms = terms(withoutCrossReferences(passage.text));
  for (const term of textTerms) tf.set(term, (tf.get(term) ?? 0) + 1);
  return { tf, textTf: new Set(textTerms) };
}

/**
 * A cross-reference (`see "Returns and exchanges"`) names another article's topic, not this one's; indexed, it
 * would make "return" look common across the knowledge base and weaken it for the article that is about returns.
 */
function withoutCrossReferences(text: string): string {
  return text.replace(/\(?\bsee "[^"]*"\)?/gi, " ");
}

/** Index-side terms: words minus stop words, stemmed, after the same phrase rewriting as queries ("how long"). */
function terms(text: string): string[] {
  return words(rewritePhrases(foldText(text)))
    .filter((word) => !isStopWord(word))
    .map(stem);
}

// Lucene's BM25 idf: always positive, so a term in every article still counts a little.
function idfFor(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
