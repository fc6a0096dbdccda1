/** A knowledge article as retrieval returns it: ranked, scored and checked for staleness. */
export type RetrievedArticle = {
  id: string;
  title: string;
  version: number;
  updated: string;
  /** BM25F score normalised to 0..1: the share of the query's best possible score (retrieve.ts). */
  score: number;
  stale: boolean;
  /** The article body (Markdown). */
  body: string;
  /** The passage of the body that best matches the query. */
  passage: string;
  /** The heading of the section the passage comes from; null for the article's introduction. */
  section?: string | null;
  /** The 1–3 sentences of the passage that answer the question, verbatim, in the article's order. */
  sentences?: string[];
};
