import type { Sentiment } from "@/lib/engines/types";
import { foldText } from "@/lib/text/tokenize";

/**
 * Lexicon sentiment in the manner of VADER: word valences (-3..3) adjusted by negation ("not happy"),
 * intensifiers ("really bad"), dampeners ("a bit slow"), a contrastive "but" (what follows it counts more),
 * SHOUTED words and "!!!". The sum is squashed to -1..1. Support messages are short and formulaic, so a
 * transparent lexicon does as well as a model here, and a supervisor can read why a message scored as it did.
 */
export type SentimentResult = { sentiment: Sentiment; score: number };

const LEXICON: Record<string, number> = {
  // English, negative
  angry: -2.5, annoyed: -2, annoying: -2, awful: -3, bad: -2, broken: -1.5, cheated: -2.5, crap: -2.5, damaged: -1.5,
  disappointed: -2.2, disappointing: -2.2, disgraceful: -3, disgusting: -3, dissatisfied: -2.2, frustrated: -2.5,
  frustrating: -2.5, furious: -3.2, garbage: -2.8, hate: -3, horrible: -3, incompetent: -2.8, joke: -1.5, junk: -2.5,
  late: -1, lied: -2.5, lost: -1.2, mess: -2, missing: -1, nightmare: -3, pathetic: -3, poor: -2, rediculous: -2.5,
  ridiculous: -2.5, rude: -2.5, sad: -1.8, scam: -3, shame: -2, shameful: -3, sucks: -2.8, terrible: -3,
  unacceptable: -3, unhappy: -2.2, upset: -2.2, useless: -2.8, waste: -2.2, worse: -2.5, worst: -3.2, wrong: -1.2,
  problem: -0.8, issue: -0.6, ugh: -2, wtf: -3, seriously: -0.8, disaster: -3, fail: -2, failed: -2,
  // English, positive
  amazing: 3, appreciate: 2, appreciated: 2, awesome: 3, best: 2.5, brilliant: 3, cool: 1.3, excellent: 3,
  fantastic: 3, fast: 1, glad: 2, good: 1.9, great: 3, happy: 2.5, helpful: 2, impressed: 2.5, kind: 1.8, love: 3,
  loving: 2.5, lovely: 2.5, nice: 1.8, perfect: 3, pleased: 2.2, quick: 1, recommend: 1.8, solved: 1.5, superb: 3,
  thank: 1.5, thanks: 1.5, thx: 1.5, ty: 1.2, wonderful: 3, works: 0.8, kudos: 2.5,
  // Spanish
  enfadado: -2.5, pesimo: -3, malo: -2, mala: -2, harto: -2.5, harta: -2.5, decepcionado: -2.2,
  decepcionada: -2.2, gracias: 1.5, genial: 2.5, excelente: 3, perfecto: 3, bueno: 1.8, encanta: 3,
  // French
  nul: -2.5, nulle: -2.5, inadmissible: -3, honteux: -3, mecontent: -2.2, mecontente: -2.2, decu: -2.2,
  decue: -2.2, enerve: -2.5, lamentable: -3, merci: 1.5, parfait: 3, bravo: 2.5,
  // German
  schlecht: -2, enttauscht: -2.2, unzufrieden: -2.2, frechheit: -3, furchtbar: -3, schrecklich: -3, argerlich: -2.2,
  katastrophe: -3, danke: 1.5, toll: 2.5, toller: 2.5, tolle: 2.5, tolles: 2.5, prima: 2.5, hilfreich: 2, zufrieden: 2, klasse: 2.5,
};

// Phrases first, so that "no problem" is not read as "no" + "problem".
const PHRASES: Array<[RegExp, number]> = [
  [/\bno (?:problem|worries)\b/g, 1.2],
  [/\bthank you\b/g, 1.8],
  [/\bfed up\b/g, -2.8],
  [/\bsick (?:and tired )?of\b/g, -2.5],
  [/\bhad enough\b/g, -2.5],
  [/\bwaste of (?:time|money)\b/g, -2.8],
  [/\bpiece of (?:junk|crap|garbage)\b/g, -3],
  [/\brip(?:ped)? ?off\b/g, -2.8],
  [/\b(?:third|fourth|fifth|3rd|4th|5th) time\b/g, -2],
  [/\bstill (?:waiting|nothing|no (?:answer|reply|response|refund))\b/g, -1.8],
  [/\b(?:nobody|no one|noone) (?:helps|cares|answers|responds)\b/g, -2.5],
  [/\bwell done\b/g, 2.2],
  // Sarcasm the lexicon would misread: "great, just great".
  [/\bjust (?:great|perfect|wonderful|brilliant|fantastic)\b/g, -3],
  [/\bfive stars\b/g, 2.5],
];

const NEGATIONS = new Set([
  "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "hardly", "without", "cannot",
  "dont", "isnt", "wasnt", "didnt", "doesnt", "cant", "wont", "aint", "havent", "hasnt", "wouldnt", "couldnt",
  "pas", "jamais", "nicht", "kein", "keine", "nie", "nunca", "tampoco", "ni",
]);
const INTENSIFIERS = new Set([
  "very", "really", "so", "extremely", "super", "totally", "absolutely", "incredibly", "completely", "utterly", "too",
  "truly", "seriously", "muy", "tan", "tres", "vraiment", "sehr", "total", "echt",
]);
const DAMPENERS = new Set(["slightly", "somewhat", "kinda", "sorta", "bit", "little", "fairly", "barely", "quite"]);

const NEGATION_SCALE = -0.74;
const INTENSIFIER_SCALE = 1.3;
const DAMPENER_SCALE = 0.7;
const CAPS_SCALE = 1.4;
const EXCLAMATION_BOOST = 0.3;
const ALPHA = 15;
const THRESHOLD = 0.25;

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu;
const TOKEN_OR_BOUNDARY = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|[.!?;]+/gu;
const SENTENCE_END = /^[.!?;]+$/;
const EMOJI: Record<string, number> = {
  "😡": -3, "😠": -2.8, "🤬": -3.2, "😤": -2.2, "😞": -2, "😢": -2, "😭": -2.2, "👎": -2, "🙄": -1.5,
  "🙂": 1.2, "😊": 2, "😀": 2, "😃": 2, "😍": 3, "👍": 1.8, "❤": 2.5, "🙏": 1.5, "🎉": 2,
};

export function analyzeSentiment(text: string): SentimentResult {
  let folded = foldText(text).replace(/\b(?:kind|sort) of\b/g, "kinda");
  let total = 0;
  for (const [pattern, valence] of PHRASES) {
    folded = folded.replace(pattern, () => {
      total += valence;
      return " ";
    });
  }

  const rawTokens: string[] = text.match(TOKEN) ?? [];
  // A sentence end stops negation: in "no answer. I'm furious" the "no" does not reach "furious".
  const tokens: string[] = folded.match(TOKEN_OR_BOUNDARY) ?? [];
  // Shouting counts only when the message also has lowercase words; an all-caps message is just a style.
  const hasLower = /\p{Ll}/u.test(text);
  const shouted = new Set(rawTokens.filter((t) => hasLower && t.length >= 3 && t === t.toUpperCase() && /\p{Lu}/u.test(t)).map(foldText));

  const butIndex = tokens.lastIndexOf("but");
  tokens.forEach((token, i) => {
    const base = token.endsWith("n't") ? undefined : (LEXICON[token] ?? EMOJI[token]);
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
    if (shouted.has(token)) valence *= CAPS_SCALE;
    // "The jacket is nice but the zipper broke": the clause after "but" carries the verdict.
    if (butIndex >= 0) valence *= i > butIndex ? 1.5 : 0.5;
    total += valence;
  });

  const exclamations = Math.min((text.match(/!/g) ?? []).length, 4);
  if (total !== 0) total += Math.sign(total) * exclamations * EXCLAMATION_BOOST;

  const score = round(total / Math.sqrt(total * total + ALPHA));
  const sentiment: Sentiment = score <= -THRESHOLD ? "frustrated" : score >= THRESHOLD ? "positive" : "neutral";
  return { sentiment, score };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
