import type { ChatTurn } from "@/lib/engines/types";
import { foldText } from "@/lib/text/tokenize";

/**
 * Which language a customer writes in, from profiles of each language's commonest words plus letters only
 * one of them uses (ñ, ß, ç…). Tandem answers in English, Spanish, French or German; anything else is "other".
 * Short messages with no evidence ("NW-100042", "ok") inherit the language of the customer's earlier messages,
 * and default to English, the store's language.
 */
export type Language = "en" | "es" | "fr" | "de" | "other";

const PROFILES: Record<string, string> = {
  en: `the a an is are was my i you your to and of it in for this that have has not with can do does where what how
    when why please thanks thank hi hello order want need get did didn't don't i'm it's from be will would could`,
  es: `el la los las un una es son de del que y en mi mis por para con no como donde cuando quiero puedo puede
    gracias hola esta estoy tengo pedido se me su muy ya pero porque hay al lo`,
  fr: `le la les un une des est sont de du et en je j'ai mon ma mes pour pas que qui dans avec vous ce cette
    commande merci bonjour suis ai ou comment quand ne sur au aux il elle votre`,
  de: `der die das ein eine ist sind und ich nicht mein meine mit fur zu den dem von bitte danke hallo wo wie
    bestellung kann habe sie es auf noch wurde wann warum mir mich ihr`,
  // Recognised only so that they are not mistaken for one of the four above.
  it: `il di che e per non mio mia ordine grazie ciao dove come sono ho gli della vorrei`,
  pt: `o de que e do da em um uma meu minha pedido obrigado obrigada ola onde como nao esta voce`,
  nl: `de het een en ik mijn niet is van wat waar hoe bestelling bedankt hallo dank je u wil`,
};

const WORDS = Object.fromEntries(
  Object.entries(PROFILES).map(([lang, list]) => [lang, new Set(list.split(/\s+/).filter(Boolean))]),
);

const LETTER_CUES: Array<[RegExp, string, number]> = [
  [/[ñ¿¡]/g, "es", 2],
  [/[çœ]|[èêëîïôûù]/g, "fr", 1],
  [/[äöüß]/g, "de", 1.5],
  [/[ãõ]/g, "pt", 2],
];

// Scripts other than Latin: the local engine cannot tell those languages apart, and does not need to.
const NON_LATIN =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}]/u;

const SUPPORTED = new Set<Language>(["en", "es", "fr", "de"]);
// On a tie, the earlier language wins: English first, as the store's own language.
const ORDER = ["en", "es", "fr", "de", "it", "pt", "nl"];

export function detectLanguage(text: string, history: ChatTurn[] = []): Language {
  const own = detectOne(text);
  if (own) return own;
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role !== "customer") continue;
    const earlier = detectOne(turn.text);
    if (earlier) return earlier;
  }
  return "en";
}

/** The language with the most evidence, or undefined when there is none. */
function detectOne(text: string): Language | undefined {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return undefined;
  if (NON_LATIN.test(text) && (letters.match(new RegExp(NON_LATIN.source, "gu"))?.length ?? 0) * 2 > letters.length)
    return "other";

  const scores: Record<string, number> = Object.fromEntries(ORDER.map((lang) => [lang, 0]));
  const lower = text.toLowerCase();
  for (const [pattern, lang, weight] of LETTER_CUES) scores[lang]! += (lower.match(pattern)?.length ?? 0) * weight;
  for (const word of foldText(text).match(/[\p{L}]+(?:'[\p{L}]+)?/gu) ?? []) {
    for (const lang of ORDER) if (WORDS[lang]!.has(word)) scores[lang]! += 1;
  }

  let best = ORDER[0]!;
  for (const lang of ORDER) if (scores[lang]! > scores[best]!) best = lang;
  if (scores[best] === 0) return undefined;
  return SUPPORTED.has(best as Language) ? (best as Language) : "other";
}
