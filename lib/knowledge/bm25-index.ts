import type { KnowledgeArticle } from "@/lib/policy/schema";
import { isStopWord } from "@/lib/text/stopwords";
import { stem } from "@/lib/text/stem";
import { foldText, words } from "@/lib/text/tokenize";
import { type Passage, type Sentence, splitPassages, splitSentences } from "./passages";
import { rewritePhrases, type Vocabulary } from "./retrieve-query";

/**
 * The knowledge base's search index (createRetriever in retrieve.ts builds it): BM25F term frequencies over
 * each article's title, topics and body, postings and idf, each section's terms and sentences, and the surface
 * forms the query side corrects typos against.
 */
export const BM25_PARAMS = { k1: 1.2, b: 0.75, boosts: { title: 3, topics: 2, body: 1 } } as const;

export type IndexedSentence = Sentence & { stems: Set<string> };
export type IndexedPassage = Passage & { tf: Map<string, number>; textTf: Set<string>; sentences: IndexedSentence[] };
type IndexedDoc = {
  article: KnowledgeArticle;
  sectionIdf: Map<string, number>;
  tf: Map<string, number>;
  lengthNorm: number;
  topicStems: Set<string>;
  passages: IndexedPassage[];
};

export type KnowledgeIndex = Vocabulary & {
  docs: IndexedDoc[];
  postings: Map<string, Array<{ doc: number; tf: number }>>;
};

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
    for (const passage of passages)
      for (const term of passage.tf.keys()) sectionDf.set(term, (sectionDf.get(term) ?? 0) + 1);
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
    docs: docs.map(({ length, ...doc }) => ({
      ...doc,
      lengthNorm: k1 * (1 - b + (b * length) / (averageLength || 1)),
    })),
    postings,
    idf,
    unknownIdf: idfFor(n, 1),
    surface,
  };
}

function passageTerms(passage: Passage, title: string): { tf: Map<string, number>; textTf: Set<string> } {
  const tf = new Map<string, number>();
  // The introduction has no heading of its own: it is what the article's title announces. The title counts half
  // as much as a heading, because it announces every section, not only the introduction.
  for (const term of terms(passage.section ?? title))
    tf.set(term, (tf.get(term) ?? 0) + (passage.section === null ? 1 : 2));
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
export function terms(text: string): string[] {
  return words(rewritePhrases(foldText(text)))
    .filter((word) => !isStopWord(word))
    .map(stem);
}

// Lucene's BM25 idf: always positive, so a term in every article still counts a little.
function idfFor(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
