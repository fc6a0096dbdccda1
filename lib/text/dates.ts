import { foldText } from "./tokenize";

/**
 * The date a customer says they need something by ("I need it Saturday", "by Friday", "before Dec 12",
 * "para el sábado", "avant samedi", "bis Samstag"), as YYYY-MM-DD, with the words they used. Weekdays mean the next
 * such day from `now` (today when it is that day); "tomorrow" the day after; a month and day without a year the next
 * such date. Dates are calendar days in UTC, like the order dates tools report. Null when the text names no date.
 */
export type AskedDate = { iso: string; text: string };

const WEEKDAY_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:sunday|domingo|dimanche|sonntag)s?\b/, 0],
  [/\b(?:monday|lunes|lundi|montag)s?\b/, 1],
  [/\b(?:tuesday|martes|mardi|dienstag)s?\b/, 2],
  [/\b(?:wednesday|miercoles|mercredi|mittwoch)s?\b/, 3],
  [/\b(?:thursday|jueves|jeudi|donnerstag)s?\b/, 4],
  [/\b(?:friday|viernes|vendredi|freitag)s?\b/, 5],
  [/\b(?:saturday|sabado|samedi|samstag)s?\b/, 6],
];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/;
const DAY_MONTH =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/;
const TOMORROW = /\b(?:tomorrow|manana|demain|morgen)\b/;
const TODAY = /\b(?:today|tonight|hoy|aujourd'hui|heute)\b/;
const DAY_MS = 86_400_000;

export function askedDate(text: string, now: Date): AskedDate | null {
  const folded = foldText(text);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // The customer's own spelling when folding kept every position ("Saturday", "sábado"), else the folded words.
  const original = (match: RegExpExecArray) =>
    folded.length === text.length ? text.slice(match.index, match.index + match[0].length) : match[0];

  const isoMatch = ISO.exec(folded);
  if (isoMatch) return { iso: isoMatch[0], text: isoMatch[0] };
  const monthDay = MONTH_DAY.exec(folded) ?? DAY_MONTH.exec(folded);
  if (monthDay) {
    const [monthWord, dayWord] = /^\d/.test(monthDay[1]!) ? [monthDay[2]!, monthDay[1]!] : [monthDay[1]!, monthDay[2]!];
    const month = MONTHS.indexOf(monthWord.slice(0, 3));
    const day = Number(dayWord);
    if (month >= 0 && day >= 1 && day <= 31) {
      let ms = Date.UTC(now.getUTCFullYear(), month, day);
      if (ms < today) ms = Date.UTC(now.getUTCFullYear() + 1, month, day);
      return { iso: iso(ms), text: original(monthDay) };
    }
  }
  const tomorrow = TOMORROW.exec(folded);
  if (tomorrow) return { iso: iso(today + DAY_MS), text: original(tomorrow) };
  const todayMatch = TODAY.exec(folded);
  if (todayMatch) return { iso: iso(today), text: original(todayMatch) };
  for (const [pattern, weekday] of WEEKDAY_WORDS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const ahead = (weekday - new Date(today).getUTCDay() + 7) % 7;
    return { iso: iso(today + ahead * DAY_MS), text: original(match) };
  }
  return null;
}
