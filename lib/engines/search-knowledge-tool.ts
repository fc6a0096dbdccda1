import { tool } from "ai";
import { z } from "zod";
import type { RetrievedArticle } from "@/lib/knowledge/article";

/**
 * A read-only tool the reply model may call when the articles it was given do not cover the question. Built by
 * a factory so the engine decides which knowledge index (and policy thresholds) it searches.
 */
export function searchKnowledgeTool(search: (query: string) => RetrievedArticle[]) {
  return tool({
    description:
      "Search Northwind Outfitters' support policy articles. Use it when the articles you already have do not answer " +
      "the customer's question. Returns up to two matching articles with their id, title, version, relevance " +
      "score (0 to 1) and the best-matching passage; an empty list means no policy covers the question.",
    inputSchema: z.object({
      query: z
        .string()
        .trim()
        .min(2)
        .max(200)
        .describe("What to look for, as a few English keywords, e.g. 'return window for boots'"),
    }),
    execute: async ({ query }) => ({
      articles: search(query).map((article) => ({
        id: article.id,
        title: article.title,
        version: article.version,
        score: Math.round(article.score * 1000) / 1000,
        stale: article.stale,
        section: article.section ?? null,
        passage: article.passage,
      })),
    }),
  });
}
