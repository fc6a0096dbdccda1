import { foldText } from "@/lib/text/tokenize";

/**
 * Sparse features of a message for the linear classifiers: word unigrams and bigrams (what is asked) and
 * character 3–5-grams inside words (what survives typos, slang and inflection: "refnd", "cancell", "Rückgabe"
 * still share most of their n-grams with the clean word). Each group is scaled to unit length so that the
 * hundreds of character n-grams do not drown the few words; counts are dampened (log) so a repeated word does
 * not dominate.
 */
export type SparseVector = Map<string, number>;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const WORD_WEIGHT = 0.75;
const CHAR_WEIGHT = 0.66;

export function messageFeatures(text: string): SparseVector {
  // Digits carry identity, not intent: "NW-100042" and "NW-318200" should look the same.
  const folded = foldText(text).replace(/\d+/g, "0");
  const tokens = folded.match(WORD) ?? [];

  const words = new Map<string, number>();
  const chars = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  tokens.forEach((token, i) => {
    bump(words, `w:${token}`);
    bump(words, `b:${i === 0 ? "<s>" : tokens[i - 1]} ${token}`);
    const padded = ` ${token} `;
    for (let n = 3; n <= 5; n++) {
      for (let start = 0; start + n <= padded.length; start++) bump(chars, `c:${padded.slice(start, start + n)}`);
    }
  });
  if (tokens.length > 0) bump(words, `b:${tokens[tokens.length - 1]} </s>`);
  // A question mark is a cheap, strong cue: questions lean towards information intents, statements towards complaints.
  if (folded.includes("?")) bump(words, "p:?");

  const features: SparseVector = new Map();
  addScaled(features, words, WORD_WEIGHT);
  addScaled(features, chars, CHAR_WEIGHT);
  return features;
}

function addScaled(into: SparseVector, counts: Map<string, number>, weight: number): void {
  let norm = 0;
  for (const count of counts.values()) norm += Math.log1p(count) ** 2;
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (const [key, count] of counts) into.set(key, Math.log1p(count) * scale);
}
