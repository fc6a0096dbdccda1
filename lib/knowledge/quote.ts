import type { Sentence } from "./passages";
import type { IndexedPassage, IndexedSentence } from "./bm25-index";
import type { QueryTerm } from "./retrieve-query";

/** What a reply quotes from a retrieved article: the section that answers, and its sentences that do (retrieve.ts). */

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
export function chooseSentences(units: IndexedSentence[], queryTerms: QueryTerm[]): string[] {
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
    .filter(
      (i) =>
        scores[i]! >= best * SENTENCE_RATIO ||
        (Math.abs(i - top) === 1 && scores[i]! > 0 && units[i]!.paragraph === units[top]!.paragraph),
    )
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
export function bestPassage(
  passages: IndexedPassage[],
  sectionIdf: Map<string, number>,
  queryTerms: QueryTerm[],
): IndexedPassage | undefined {
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
