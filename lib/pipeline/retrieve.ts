import type { RetrievedArticle } from "@/lib/engines/types";
import type { KnowledgeArticle, SupportPolicy } from "@/lib/policy/schema";
import { type Passage, splitPassages } from "./passages";
import { analyzeQuery, onIntentTopic, type QueryHints, type QueryTerm, type Vocabulary } from "./retrieve-query";
import { words } from "@/lib/text/tokenize";
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
};

export type Retriever = {
  /** Articles at or above `retrieval.min_score`, best first, at most `retrieval.max_sources`. */
  retrieve(query: string, hints?: QueryHints): RetrievedArticle[];
  /** All scored candidates with the analysed query, for traces and evaluation. */
  candidates(query: string, hints?: QueryHints): CandidateReport;
};

type IndexedPassage = Passage & { tf: Map<string, number> };
type IndexedDoc = {
  article: KnowledgeArticle;
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
      const { terms, candidates } = scoreCandidates(index, query, { staleAfterDays, now: now(), hints });
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
    const passages = splitPassages(article.body).map((passage) => ({ ...passage, tf: passageTerms(passage) }));
    return { article, tf, length, passages, topicStems: new Set(article.topics.flatMap(terms)) };
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
  for (const { term, idf } of queryTerms) {
    bound += idf * (k1 + 1);
    for (const { doc, tf } of index.postings.get(term) ?? []) {
      raw[doc]! += (idf * tf * (k1 + 1)) / (tf + index.docs[doc]!.lengthNorm);
      matched[doc]!.push(term);
    }
  }
  const intent = options.hints?.intent;
  const onTopic = index.docs.map((doc) => onIntentTopic(doc.topicStems, intent));
  const intentWeight = queryTerms.length > 0 && onTopic.includes(true) ? bound / queryTerms.length : 0;
  const candidates = index.docs.map((doc, i) => ({
    article: doc.article,
    raw: raw[i]!,
    score: bound > 0 ? (raw[i]! + (onTopic[i] && raw[i]! > 0 ? intentWeight : 0)) / (bound + intentWeight) : 0,
    stale: isStale(doc.article, options.staleAfterDays, options.now),
    matched: matched[i]!,
  }));
  // Ties keep the articles' file order, so results never depend on sort stability quirks.
  candidates.sort((a, b) => b.score - a.score);
  return { terms: queryTerms, candidates };
}

export function isStale(article: Pick<KnowledgeArticle, "volatile" | "updated">, staleAfterDays: number, now: Date): boolean {
  if (!article.volatile) return false;
  const updated = Date.parse(`${article.updated}T00:00:00Z`);
  return (now.getTime() - updated) / MS_PER_DAY > staleAfterDays;
}

function toRetrieved(index: KnowledgeIndex, candidate: ScoredCandidate, queryTerms: QueryTerm[]): RetrievedArticle {
  const doc = index.docs.find((d) => d.article === candidate.article)!;
  const passage = bestPassage(doc.passages, queryTerms);
  const { article } = candidate;
  return {
    id: article.id,
    title: article.title,
    version: article.version,
    updated: article.updated,
    score: candidate.score,
    stale: candidate.stale,
    body: article.body,
    passage: passage?.text ?? article.body,
    section: passage?.section ?? null,
  };
}

/** The passage with the most query evidence; a term in its heading counts twice. Earlier passages win ties. */
function bestPassage(passages: IndexedPassage[], queryTerms: QueryTerm[]): IndexedPassage | undefined {
  let best: IndexedPassage | undefined;
  let bestScore = 0;
  for (const passage of passages) {
    let score = 0;
    for (const { term, idf } of queryTerms) {
      const tf = passage.tf.get(term) ?? 0;
      score += (idf * tf) / (tf + 1);
    }
    if (score > bestScore) {
      best = passage;
      bestScore = score;
    }
  }
  return best ?? passages[0];
}

function passageTerms(passage: Passage): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of terms(passage.section ?? "")) tf.set(term, (tf.get(term) ?? 0) + 2);
  for (const term of terms(withoutCrossReferences(passage.text))) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

/**
 * A cross-reference (`see "Returns and exchanges"`) names another article's topic, not this one's; indexed, it
 * would make "return" look common across the knowledge base and weaken it for the article that is about returns.
 */
function withoutCrossReferences(text: string): string {
  return text.replace(/\(?\bsee "[^"]*"\)?/gi, " ");
}

/** Index-side terms: words minus stop words, stemmed. */
function terms(text: string): string[] {
  return words(text)
    .filter((word) => !isStopWord(word))
    .map(stem);
}

// Lucene's BM25 idf: always positive, so a term in every article still counts a little.
function idfFor(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
