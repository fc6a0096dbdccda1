/**
 * Text to word tokens, shared by retrieval and the local engine's classifiers. Folding is deliberately
 * aggressive (case, accents, curly quotes) because customers type "Rückgabe", "ruckgabe" and "RÜCKGABE" for the
 * same thing, and neither BM25 nor a linear model should have to learn that.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032`´]/g;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Lowercase, strip accents, straighten apostrophes. "Ça m’énerve" → "ca m'enerve". */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(CURLY_APOSTROPHES, "'")
    .replace(/ß/g, "ss")
    .toLowerCase();
}

/** Words of folded text, in order. Apostrophes stay inside words ("don't"), hyphens split ("e-mail" → e, mail). */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

export function hasDigit(token: string): boolean {
  return /\d/.test(token);
}
