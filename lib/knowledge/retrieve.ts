import type { RetrievedArticle } from "@/lib/knowledge/article";
import type { KnowledgeArticle, SupportPolicy } from "@/lib/policy/schema";
import { BM25_PARAMS, buildIndex, type KnowledgeIndex, terms } from "./bm25-index";
import { splitSentences } from "./passages";
import { bestPassage, chooseSentences } from "./quote";
import {
  analyzeQuery,
  ITEM_WEIGHT,
  onIntentTopic,
  productNames,
  type QueryHints,
  type QueryTerm,
} from "./retrieve-query";

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
 * the most with the question are what a reply leads with (`sentences`, chooseSentences in quote.ts).
 *
 * A question about a product's price or specifications that names a product the articles never mention is the
 * catalog's (`catalog` in the report): `retrieve` returns nothing for it rather than the nearest article.
 */
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

export function createRetriever(
  articles: KnowledgeArticle[],
  policy: SupportPolicy,
  now: () => Date = () => new Date(),
): Retriever {
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
      bound > 0
        ? (raw[i]! + (onTopic[i] && matched[i]!.some((term) => about.has(term)) ? intentWeight : 0)) /
          (bound + intentWeight)
        : 0,
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

export function isStale(
  article: Pick<KnowledgeArticle, "volatile" | "updated">,
  staleAfterDays: number,
  now: Date,
): boolean {
  if (!article.volatile) return false;
  const updated = Date.parse(`${article.updated}T00:00:00Z`);
  return (now.getTime() - updated) / MS_PER_DAY > staleAfterDays;
}

function toRetrieved(index: KnowledgeIndex, candidate: ScoredCandidate, queryTerms: QueryTerm[]): RetrievedArticle {
  const doc = index.docs.find((d) => d.article === candidate.article)!;
  const passage = bestPassage(doc.passages, doc.sectionIdf, queryTerms);
  const { article } = candidate;
  const passageText = passage?.text ?? article.body;
  const units =
    passage?.sentences ?? splitSentences(article.body).map((unit) => ({ ...unit, stems: new Set(terms(unit.text)) }));
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
