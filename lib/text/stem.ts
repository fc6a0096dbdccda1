/**
 * A light English stemmer: plural and verb endings plus a few derivational suffixes, so that "shipping",
 * "shipped", "shipment" and "ships" meet at "ship", and "cancellation" meets "cancel". It is not Porter: it only
 * needs to map related forms to the same key, consistently on both the index and the query side, so occasional
 * odd stems ("polic") are harmless. Words of three letters or fewer are left alone.
 */

// Longest suffix first; `min` is the shortest stem the rule may leave behind.
const SUFFIXES: Array<{ suffix: string; replace: string; min: number }> = [
  { suffix: "ication", replace: "ify", min: 3 },
  { suffix: "ation", replace: "", min: 4 },
  { suffix: "ition", replace: "", min: 4 },
  { suffix: "tion", replace: "t", min: 3 },
  { suffix: "ness", replace: "", min: 3 },
  { suffix: "ment", replace: "", min: 3 },
  { suffix: "able", replace: "", min: 4 },
  { suffix: "ible", replace: "", min: 4 },
  { suffix: "ful", replace: "", min: 3 },
  { suffix: "ing", replace: "", min: 3 },
  { suffix: "ly", replace: "", min: 4 },
  { suffix: "ed", replace: "", min: 2 },
];

const VOWEL = /[aeiouy]/;

const cache = new Map<string, string>();

export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  // Vocabulary is small (a few thousand words); an unbounded cache would only grow on hostile input.
  if (cache.size < 50_000) cache.set(word, result);
  return result;
}

function computeStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  w = stripPlural(w);
  for (const { suffix, replace, min } of SUFFIXES) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      if (base.length >= min && VOWEL.test(base)) {
        w = base + replace;
        break;
      }
    }
  }
  // "delivery" → "deliver", "warranty" → "warrant": a consonant + y ending is treated as derivational.
  if (w.length > 4 && w.endsWith("y") && !VOWEL.test(w.charAt(w.length - 2))) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  // "shipp" (from "shipping") → "ship"; applied to every word so that "fill" and "filling" still agree.
  const last = w.charAt(w.length - 1);
  if (w.length > 3 && last === w.charAt(w.length - 2) && !VOWEL.test(last) && last !== "s") w = w.slice(0, -1);
  return w;
}

function stripPlural(w: string): string {
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("s") && w.length > 3) return w.slice(0, -1);
  return w;
}
