/** Money, percentages and numbers written as words, dates and order numbers, as the reply guardrail finds them. */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, grand: 1_000, million: 1_000_000, k: 1_000 };
const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)`;
/** "fifty", "one hundred and twenty-five", "a hundred", "two thousand". */
const WORDS_NUMBER = String.raw`(?:(?:an?|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?${NUMBER_WORD})*)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const CURRENCY_WORD = String.raw`(?:dollars?|bucks|usd|us\$|eur|euros?|gbp|pounds?(?: sterling)?|quid|cad|aud|cents?)`;
const CURRENCY_CODE_BEFORE = String.raw`(?:usd|us\$|eur|gbp|cad|aud|c\$|a\$)`;

const MONEY_PATTERNS: RegExp[] = [
  // $19.99, US$ 19.99, €20, £7.95, $1k, $2 million
  new RegExp(String.raw`(?:us\$|c\$|a\$|[$€£])\s?(${DIGITS})(?:\s?(k|thousand|grand|million)\b)?`, "gi"),
  // USD 19.99, EUR 20
  new RegExp(String.raw`\b${CURRENCY_CODE_BEFORE}\s?(${DIGITS})(?:\s?(k|thousand|million)\b)?`, "gi"),
  // 19.99 dollars, 900 bucks, 20 EUR, 20€, 50 cents
  new RegExp(
    String.raw`(?<![\w.,$€£])(${DIGITS})(?:\s?(k|thousand|grand|million))?\s?(?:${CURRENCY_WORD}\b|[€£])`,
    "gi",
  ),
  // fifty dollars, a hundred bucks, two grand
  new RegExp(String.raw`\b(${WORDS_NUMBER})\s+(?:${CURRENCY_WORD}|grand)\b`, "gi"),
];

export type MoneyMention = { text: string; cents: number; index: number };

function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === "and") continue;
    if (word in SMALL) {
      current += SMALL[word]!;
      any = true;
    } else if (word in SCALE) {
      const scale = SCALE[word]!;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
    } else return null;
  }
  return any ? total + current : null;
}

export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of MONEY_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const raw = m[1]!;
      let value = /\d/.test(raw) ? Number(raw.replace(/,/g, "")) : wordsToNumber(raw);
      if (value === null || !Number.isFinite(value)) continue;
      const scale = (m[2] ?? "").toLowerCase();
      if (scale) value *= SCALE[scale] ?? 1;
      // "50 cents" is half a dollar, not fifty.
      const cents = /\bcents?\b/i.test(m[0]) ? Math.round(value) : Math.round(value * 100);
      taken.push([start, end]);
      out.push({ text: m[0].trim(), cents, index: start });
    }
  }
  return out;
}

const PERCENT_PATTERNS: RegExp[] = [
  /(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)/gi,
  new RegExp(String.raw`\b(${WORDS_NUMBER})(?:[\s-]+)(?:percent|per cent)\b`, "gi"),
];
const HALF_OFF = /\bhalf[\s-](?:off|price)\b|\b(?:at|for) half (?:the )?price\b/gi;

export function findPercents(text: string): Array<{ text: string; value: string }> {
  const out: Array<{ text: string; value: string }> = [];
  for (const pattern of PERCENT_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = /\d/.test(m[1]!) ? Number(m[1]) : wordsToNumber(m[1]!);
      if (value !== null) out.push({ text: m[0], value: String(value) });
    }
  }
  HALF_OFF.lastIndex = 0;
  for (let m = HALF_OFF.exec(text); m; m = HALF_OFF.exec(text)) out.push({ text: m[0], value: "50" });
  return out;
}

export const DATE =
  /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b/gi;
export const ORDER_REF = /\bNW-\d{6}\b/gi;
