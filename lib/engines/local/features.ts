import { STOP_WORDS } from "@/lib/text/stopwords";
import { foldText } from "@/lib/text/tokenize";
import { cueGroups } from "./cues";

/**
 * Sparse features of a message for the intent classifier, in three groups:
 * - words: unigrams other than stop words (what is asked) and bigrams over all words, stop words included
 *   ("talk to", "sign in", "where is" carry meaning their parts do not);
 * - characters: 3–5-grams inside words, which survive typos, slang and inflection ("refnd", "cancell",
 *   "Rückgabe" still share most of their n-grams with the clean word);
 * - cues: one feature per group of words that mean the same thing across four languages (see cues.ts), so what
 *   is learned from "manager" also applies to "Vorgesetzter"; the anger, praise and thanks groups carry the tone
 *   that separates a complaint or praise about returns from a question about returns.
 * The features depend only on the text, the cues and the text helpers, so the committed weights
 * (model/intent-weights.json) stay valid when the sentiment analysis changes; the former tone feature from
 * sentiment.ts measured no better (Bitext strict macro-F1 0.794 without it, 0.795 with it).
 * Identifiers are replaced by their kind first ("NW-100042" → <order>, an email → <email>, "$89" → <money>): they
 * say what sort of message it is, never which intent. Each of the word, character and cue groups is scaled to a
 * fixed length so that the hundreds of character n-grams do not drown the few words, with counts dampened (log)
 * so that a repeated word does not dominate.
 */
export type SparseVector = Map<string, number>;

// Group lengths, chosen by 5-fold cross-validation on the training set (not on any evaluation set).
const WORD_WEIGHT = 1.6;
const CHAR_WEIGHT = 1.6;
const CUE_WEIGHT = 0.5;

// Redaction placeholders first: the pipeline classifies redacted text ("[email]", "[card]": lib/signals/pii.ts)
// while the training lines are raw, so a placeholder is read as the identifier it replaced. Then emails, links,
// order numbers, amounts, card numbers, then phone numbers: order matters (a card number is also a long run of
// digits that the phone pattern would take).
const IDENTIFIERS: Array<[RegExp, string]> = [
  [/\[email\]/g, "<email>"],
  [/\[(?:card|iban)\]/g, "<card>"],
  [/\[phone\]/g, "<phone>"],
  [/\[(?:ssn|national_id)\]/g, "<id>"],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/g, "<email>"],
  [/https?:\/\/\S+|www\.\S+/g, "<url>"],
  [/\bnw[\s-]?\d{4,}\b|#\s?\d{4,}\b/g, "<order>"],
  [/[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:usd|eur|euros?|dollars?|gbp|pounds?)\b/g, "<money>"],
  [/\b\d(?:[ -]?\d){12,18}\b/g, "<card>"],
  [/\+?\d[\d ().-]{7,}\d/g, "<phone>"],
];

const TOKEN = /<\w+>|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

export function messageFeatures(text: string): SparseVector {
  const folded = foldText(text);
  let masked = folded;
  for (const [pattern, kind] of IDENTIFIERS) masked = masked.replace(pattern, ` ${kind} `);
  // Remaining digits carry quantity or size, not intent: "size 9" and "size 10" should look the same.
  const tokens = masked.replace(/\d+/g, "0").match(TOKEN) ?? [];

  const words = new Map<string, number>();
  const chars = new Map<string, number>();
  tokens.forEach((token, i) => {
    if (!STOP_WORDS.has(token)) bump(words, `w:${token}`);
    bump(words, `b:${i === 0 ? "<s>" : tokens[i - 1]} ${token}`);
    if (token.startsWith("<")) return;
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
  // Cues are read without the redaction placeholders: "[card]" stands for a number, not for the word "card".
  const cueText = folded.replace(/\[(?:email|card|iban|phone|ssn|national_id)\]/g, " ");
  addScaled(features, new Map(cueGroups(cueText).map((group) => [`k:${group}`, 1])), CUE_WEIGHT);
  return features;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function addScaled(into: SparseVector, counts: Map<string, number>, weight: number): void {
  let norm = 0;
  for (const count of counts.values()) norm += Math.log1p(count) ** 2;
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (const [key, count] of counts) into.set(key, Math.log1p(count) * scale);
}
