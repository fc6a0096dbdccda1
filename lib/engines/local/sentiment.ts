import type { Sentiment } from "@/lib/engines/types";
import { foldText } from "@/lib/text/tokenize";
import { cueGroups } from "./cues";
import { detectLanguage } from "./language";
import {
  DURATION,
  FRUSTRATION_CUES,
  HOW_LONG,
  NEGATED,
  SARCASM,
  SERVICE,
  WAITING,
  WEAK,
  WHY_STILL,
} from "./sentiment-cues";
import {
  ACRONYMS,
  analyzer,
  DAMPENERS,
  IDIOMS,
  IDIOMS_ANY_CASE,
  INTENSIFIERS,
  LEXICON,
  NEGATIONS,
  SUPPORT_WORDS,
  VADER_LOWERCASE,
} from "./sentiment-lexicon";

/**
 * Sentiment of one customer message: frustrated, neutral or positive, with a score in -1..1.
 *
 * Three parts, added in VADER's units (a word's valence is about -4..4) and squashed as VADER squashes:
 * 1. VADER (the `vader-sentiment` package, Hutto & Gilbert 2014): a 7,500-word English lexicon validated by human
 *    raters, with negation, intensifiers, "but", SHOUTED words and "!!!". A few English words it reads as feelings
 *    are plain support vocabulary here ("help", "please", "cancel", "credit", "no") and are scored by (2) instead.
 * 2. The team's own lexicon (sentiment-lexicon.ts) for what VADER lacks: Spanish, French and German words and
 *    emoji, and support words with a valence that fits support chat ("damaged" is a fact to act on, not fury), with
 *    the same negation, intensifier and "but" handling. Only words VADER does not know are used, so nothing is
 *    counted twice.
 * 3. Frustration cues (sentiment-cues.ts) VADER has no words for: giving up on the company ("never again", "done
 *    with you", "last time I order"), contacting again and again, waiting, sarcasm ("thanks for nothing", "great,
 *    another delay"), exasperated questions ("Seriously??", "why is it so hard"), shouting, and the cue group
 *    `anger` of cues.ts.
 * Transparent and fast (tens of microseconds a message), so a supervisor can see why a message scored as it did.
 * The score keeps the old scale (-1..1, frustrated at -0.25 or below, positive at 0.25 or above).
 */
export type SentimentResult = { sentiment: Sentiment; score: number };

const NEGATION_SCALE = -0.74;
const INTENSIFIER_SCALE = 1.3;
const DAMPENER_SCALE = 0.7;
const CAPS_SCALE = 1.4;
/** Cues can make a message frustrated, but never outweigh everything else many times over. */
const MAX_CUES = -4.5;
const SHOUTING = -1;
const ALPHA = 15; // VADER's normalisation constant
const THRESHOLD = 0.25;

const TOKEN_OR_BOUNDARY = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|[.!?;]+/gu;
const SENTENCE_END = /^[.!?;]+$/;
const ENGLISH_WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;
const EDGE_PUNCTUATION = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]+|[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]+$/g;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032`´]/g;

export function analyzeSentiment(text: string): SentimentResult {
  let folded = foldText(text).replace(/\b(?:kind|sort) of\b/g, "kinda");
  let total = 0;

  // Idioms: scored whole, then blanked in both the folded text and what VADER reads.
  let forVader = text.replace(CURLY_APOSTROPHES, "'");
  for (const [pattern, valence] of IDIOMS) {
    folded = folded.replace(pattern, () => {
      total += valence;
      return " ";
    });
  }
  for (const pattern of IDIOMS_ANY_CASE) forVader = forVader.replace(pattern, " ");

  // (1) VADER, without the support vocabulary, with hashtags read as words, sentence by sentence; "!" and "?"
  // add emphasis once, below, to the sum of all three parts. "no" becomes "not": VADER scores "no" itself -1.2
  // ("no tracking yet" is not a complaint) and does not let it negate ("no good").
  forVader = forVader
    .replace(ENGLISH_WORD, (word) => {
      const lower = word.toLowerCase();
      if (lower === "no") return "not";
      if (lower in SUPPORT_WORDS) return "xx";
      // This port of VADER matches negations and "but" case-sensitively: "Not bad" would read as "bad".
      return VADER_LOWERCASE.has(lower) || lower.endsWith("n't") ? lower : word;
    })
    .replace(/#(?=\p{L})/gu, "");
  // Sentence by sentence, as VADER's authors advise: a negation does not reach into the next sentence
  // ("No answer. I hate this" is not "I don't hate this"). VADER's lexicon is English: in "Kann ich die Größe ändern?" it would read the German article as "die". A
  // message of one or two words is too short to tell ("no good" looks Spanish), so VADER reads it anyway.
  const english = detectLanguage(text) === "en" || (text.match(/\p{L}+/gu) ?? []).length < 3;
  for (const sentence of english ? forVader.split(/[.!?;\n]+/) : []) {
    if (mayScore(sentence)) total += fromCompound(analyzer.polarity_scores(sentence).compound);
  }
  const fromVader = total;

  // (2) The team's lexicon: only words VADER lacks, with negation, intensifiers, dampeners, shouting and "but".
  const tokens: string[] = folded.match(TOKEN_OR_BOUNDARY) ?? [];
  const hasLower = /\p{Ll}/u.test(text);
  const rawWords: string[] = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const shouted = hasLower ? rawWords.filter((w) => w.length >= 3 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) : [];
  const shoutedFolded = new Set(shouted.map(foldText));
  const butIndex = tokens.lastIndexOf("but");
  tokens.forEach((token, i) => {
    const base = LEXICON[token];
    if (!base) return;
    let valence = base;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const previous = tokens[i - back]!;
      if (SENTENCE_END.test(previous)) break;
      if (NEGATIONS.has(previous) || previous.endsWith("n't")) {
        valence *= NEGATION_SCALE;
        break;
      }
      if (back === 1 && INTENSIFIERS.has(previous)) valence *= INTENSIFIER_SCALE;
      if (back <= 2 && DAMPENERS.has(previous)) valence *= DAMPENER_SCALE;
    }
    if (shoutedFolded.has(token)) valence *= CAPS_SCALE;
    // "The jacket is nice but the zipper broke": the clause after "but" carries the verdict.
    if (butIndex >= 0) valence *= i > butIndex ? 1.5 : 0.5;
    total += valence;
  });

  // (3) Frustration cues.
  let cues = 0;
  let durationCounted = false;
  for (const [pattern, valence] of FRUSTRATION_CUES) {
    pattern.lastIndex = 0;
    if (pattern.test(folded)) {
      cues += valence;
      if (pattern === HOW_LONG) durationCounted = true;
    }
  }
  if (cueGroups(folded).includes("anger")) cues -= 1;
  // Weak complaint markers (Preoţiuc-Pietro et al. 2019, "Automatically identifying complaints in social media":
  // negations, "why", "still", talking about "customer service"), counted in a message that reads no better than
  // neutral; none of them alone makes it frustrated.
  const negations = (folded.match(NEGATED) ?? []).length;
  if (total <= 0)
    cues -= WEAK * (Math.min(negations, 2) + (WHY_STILL.test(folded) ? 1 : 0) + (SERVICE.test(folded) ? 1 : 0));
  // A length of time in the same sentence as waiting: "the wait on the phone is 40 minutes", "2 hours on the tarmac".
  if (!durationCounted && folded.split(/[.!?;\n]+/).some((s) => DURATION.test(s) && WAITING.test(s))) cues -= 1;
  // Shouting words that carry no valence themselves ("WHERE IS MY REFUND"): VADER only boosts lexicon words.
  if (
    shouted.filter(
      (w) => w.length >= 4 && /^\p{Lu}+$/u.test(w) && !ACRONYMS.has(foldText(w)) && !(foldText(w) in LEXICON),
    ).length >= 2
  )
    cues += SHOUTING;
  if (SARCASM.test(folded)) {
    // The praise was blame: take it back twice over, and count the sarcasm itself.
    if (fromVader > 0) total -= 2 * fromVader;
    cues -= 2;
  } else if (cues < 0 && fromVader > 0) {
    // Politeness does not cancel a complaint: "my bag is lost, please help, thanks!" is not a happy message.
    total -= fromVader / 2;
  }
  total += Math.max(cues, MAX_CUES);

  // Emphasis, as VADER adds it: up to four "!", and two or more "?".
  if (total !== 0) total += Math.sign(total) * emphasis(text);

  const score = round(total / Math.sqrt(total * total + ALPHA));
  const sentiment: Sentiment = score <= -THRESHOLD ? "frustrated" : score >= THRESHOLD ? "positive" : "neutral";
  return { sentiment, score };
}

/**
 * Whether VADER could score anything in a sentence: only its lexicon words (and emoticons) carry valence, and
 * boosters, negations and idioms act only on them, so a sentence without one scores 0 and VADER (a few hundred
 * microseconds on a long message) is not asked. Whether a word is in the lexicon is asked once and remembered.
 */
const known = new Map<string, boolean>();
const MAX_KNOWN = 50_000;
function mayScore(sentence: string): boolean {
  for (const raw of sentence.split(/\s+/)) {
    if (raw.length < 2) continue;
    const word = raw.replace(EDGE_PUNCTUATION, "").toLowerCase();
    if (!/[a-z0-9]/.test(word)) return true; // an emoticon, or something VADER may read as one
    if (word.length < 2) continue;
    let hit = known.get(word);
    if (hit === undefined) {
      hit = analyzer.polarity_scores(word).compound !== 0;
      if (known.size >= MAX_KNOWN) known.clear();
      known.set(word, hit);
    }
    if (hit) return true;
  }
  return false;
}

/** VADER's compound back to its sum of valences (compound = sum / sqrt(sum² + 15)). */
function fromCompound(compound: number): number {
  const c = Math.max(-0.9999, Math.min(0.9999, compound));
  return c === 0 ? 0 : c * Math.sqrt(ALPHA / (1 - c * c));
}

function emphasis(text: string): number {
  const exclamations = Math.min((text.match(/!/g) ?? []).length, 4) * 0.292;
  const questions = (text.match(/\?/g) ?? []).length;
  return exclamations + (questions > 3 ? 0.96 : questions > 1 ? questions * 0.18 : 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
