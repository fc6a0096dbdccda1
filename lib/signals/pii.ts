/**
 * PII detection for the screen stage: payment cards (Luhn-checked), email addresses, phone numbers and government
 * ids, each with its span in the text. Spans let the pipeline redact traces, logs and model prompts while tools
 * that need the exact value (an email for identity verification) still receive it from the original text.
 */
export const PII_TYPES = ["card", "email", "phone", "ssn", "national_id", "iban"] as const;
export type PiiType = (typeof PII_TYPES)[number];

export type PiiSpan = { type: PiiType; start: number; end: number; value: string };

type Recognizer = { type: PiiType; pattern: RegExp; accept?: (value: string, text: string, start: number) => boolean };

// The local part starts at a boundary and is bounded, so a long run of letters with no "@" costs linear time.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 13–19 digits, optionally grouped by single spaces or dashes (the way people type card numbers).
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
// US SSN with or without separators; 9 bare digits only count with context (see acceptSsn).
const SSN = /\b\d{3}[- ]?\d{2}[- ]?\d{4}\b/g;
// UK National Insurance number, e.g. QQ 12 34 56 C.
const UK_NINO = /\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;

const SSN_CONTEXT = /\b(ssn|social security|social-security|tax id|taxpayer)\b/i;

const RECOGNIZERS: Recognizer[] = [
  { type: "email", pattern: EMAIL },
  { type: "card", pattern: CARD, accept: (value) => isLuhnValid(digitsOf(value)) },
  { type: "iban", pattern: IBAN, accept: (value) => isIbanValid(value) },
  { type: "ssn", pattern: SSN, accept: acceptSsn },
  { type: "national_id", pattern: UK_NINO },
];

export function detectPii(text: string): PiiSpan[] {
  const found: PiiSpan[] = [];
  for (const recognizer of RECOGNIZERS) {
    for (const match of text.matchAll(recognizer.pattern)) {
      const start = match.index;
      const value = match[0].trim();
      if (recognizer.accept && !recognizer.accept(value, text, start)) continue;
      const span = { type: recognizer.type, start, end: start + value.length, value };
      // Earlier recognizers win overlaps: a card number is not also a phone number.
      if (found.some((other) => span.start < other.end && other.start < span.end)) continue;
      found.push(span);
    }
  }
  // Phones last: a run of digits that is a card, an IBAN or an SSN is not also a phone number.
  for (const span of detectPhones(text)) {
    if (!found.some((other) => span.start < other.end && other.start < span.end)) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Replaces each span with a typed placeholder, e.g. "[card]", so text stays readable without the value. */
export function redactPii(text: string, spans: PiiSpan[] = detectPii(text), keep: PiiType[] = []): string {
  let result = "";
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (keep.includes(span.type) || span.start < cursor) continue;
    result += `${text.slice(cursor, span.start)}[${span.type}]`;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/**
 * What is masked before a message is stored (Message and its ConversationEvent): payment card numbers and
 * government ids. Emails and phone numbers stay: people in the workspace need them to help the customer.
 */
export const MASKED_AT_REST: readonly PiiType[] = ["card", "ssn", "national_id", "iban"];
const AT_REST_LABEL: Partial<Record<PiiType, string>> = {
  card: "card",
  ssn: "SSN",
  national_id: "national ID",
  iban: "IBAN",
};

/**
 * The text with every card number and government id replaced by its kind and last four characters, e.g.
 * "my card is 4111 1111 1111 1111" → "my card is [card ending 1111]". Text with fewer than six digits has none.
 */
export function maskForStorage(text: string): string {
  if ((text.match(/\d/g)?.length ?? 0) < 6) return text;
  const spans = detectPii(text).filter((span) => MASKED_AT_REST.includes(span.type));
  if (!spans.length) return text;
  let result = "";
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    const last4 = span.value.replace(/[\s.-]/g, "").slice(-4);
    result += `${text.slice(cursor, span.start)}[${AT_REST_LABEL[span.type] ?? span.type} ending ${last4}]`;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** A masked form for display in the workspace: the last four digits or characters stay visible. */
export function maskValue(span: Pick<PiiSpan, "type" | "value">): string {
  if (span.type === "email") {
    const [local = "", domain = ""] = span.value.split("@");
    return `${local.slice(0, 1)}***@${domain}`;
  }
  const compact = span.value.replace(/[\s.-]/g, "");
  return `•••• ${compact.slice(-4)}`;
}

export function isLuhnValid(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function isIbanValid(value: string): boolean {
  const compact = value.replace(/\s/g, "").toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function acceptSsn(value: string, text: string, start: number): boolean {
  const digits = digitsOf(value);
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900 || digits.slice(3, 5) === "00" || digits.slice(5) === "0000")
    return false;
  // Dashed form is distinctive; bare or spaced nine digits need the words nearby.
  if (/^\d{3}-\d{2}-\d{4}$/.test(value)) return true;
  return SSN_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/*
 * Phone numbers. A candidate is a run of digit groups joined by single separators (space, dot, dash, slash),
 * optionally led by "+" or an area code in brackets. The run is split into numbers, and each is judged by how
 * many digits it has and how they are grouped once separators are removed:
 * - "+" and 8–15 digits (E.164): +44 20 7946 0958, +33 6 12 48 90 37;
 * - "00" then 11–15 digits: 0044 20 7946 0958;
 * - 10 North American digits (area and exchange codes start 2–9), or 11 led by 1: (503) 555-0164, 1-800-555-0199;
 * - a national trunk "0" and 9–11 digits: 07700 900462, 09-7625400, 06 12 48 90 37;
 * - other grouped 9–12 digits, and 7 digits as 3+4, only after a word like "phone", "call" or "teléfono";
 * - digits typed with no separators at all also need such a word ("my number is 4258829090").
 * Runs right after an order, tracking, invoice, card or SKU label, after a currency sign, before a unit, shaped
 * like a date or an IP address, or glued to letters ("NW-100318", "1Z999AA1...") are not phone numbers.
 */
const DIGIT_RUN = /(?<![\w@+\-./#$€£])(?:\+ ?|\((?=\+?\d))?\+?\d(?:\d|(?: ?[.\-/] ?| )\(?\d|\) ?[.\-]? ?\d)*/g;
const DIGIT_GROUP = /\d+/g;
const MAX_GROUPS_PER_PHONE = 7;
const PHONE_CONTEXT =
  /\b(phone|tel|telephone|mobile|cell|call|ring|text|sms|whatsapp|reach|contact|number|fax|tel[eé]fono|m[oó]vil|celular|llam\w*|n[uú]mero|t[eé]l[eé]phone|portable|appel\w*|joindre|num[eé]ro|handy|telefon|mobil|nummer|anruf\w*|erreich\w*)\b/i;
// A label right before the digits says what they are: "order 5035550164", "tracking #: 0123 4567 8901".
const LABEL_BEFORE =
  /\b(order|invoice|tracking|ref(erence)?|sku|item|po|confirmation|transaction|account|acct|receipt|gift ?card|card|serial|model|part|case|ticket|member(ship)?|loyalty|customer|parcel|package|shipment|pedido|commande|bestellung|sendung|factura|facture|rechnung)(\s+(id|no\.?|num(ber)?|nr\.?|code|n[uú]mero|num[eé]ro|nummer))?\s*(is|was|es|est|ist|:|#|=)?\s*#?\s*$/i;
// A run of digits right after a mixed letter-and-digit token ("1Z 999 AA1 0123 4567") is the tail of a reference.
const MIXED_TOKEN_BEFORE = /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}\s$/i;
const UNIT_AFTER =
  /^(?:[\p{L}\d%$€£]|\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|kg|lbs?|mm|cm|km|miles?|units?|pcs|points?|pts)\b)/iu;
const DATE_SHAPED = /^(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2\d{2,4})(?!\d)/;
const IP_SHAPED = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** `lead` is a "+" or "(" typed right before the digits; `fresh` says a spaced slash ("212-555-0101 / 212-...") came before. */
type DigitGroup = { start: number; end: number; digits: string; lead: string; fresh: boolean };

function detectPhones(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const before = text.slice(Math.max(0, run.index - 40), run.index);
    if (/[$€£]\s?$/.test(before) || LABEL_BEFORE.test(before) || MIXED_TOKEN_BEFORE.test(before)) continue;
    if (UNIT_AFTER.test(text.slice(run.index + run[0].length, run.index + run[0].length + 8))) continue;
    const groups = digitGroups(run[0], run.index);
    const memo = new Map<number, number>();
    for (let i = 0; i < groups.length; ) {
      // Inside a run a second number starts afresh, with "+", a bracket or a trunk "0" ("052 5552606 074-7111234").
      if (i > 0 && !startsNumber(groups[i]!)) {
        i++;
        continue;
      }
      const end = longestPhone(text, groups, i, memo);
      if (end < 0) {
        i++;
        continue;
      }
      const first = groups[i]!;
      const start = first.start - first.lead.length;
      const value = text.slice(start, groups[end]!.end);
      spans.push({ type: "phone", start, end: start + value.length, value });
      i = end + 1;
    }
  }
  return spans;
}

function digitGroups(run: string, offset: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let previousEnd = 0;
  for (const m of run.matchAll(DIGIT_GROUP)) {
    const between = run.slice(previousEnd, m.index);
    const lead = /[(+][(+ ]*$/.exec(between)?.[0].replace(/ +$/, "") ?? "";
    // Keep "+" or "(" that sit right before the digits (or before a space before them) with the group.
    const leadStart = lead ? between.lastIndexOf(lead) : -1;
    const start = offset + m.index;
    groups.push({
      start,
      end: start + m[0].length,
      digits: m[0],
      lead: lead ? run.slice(leadStart, m.index) : "",
      fresh: / \/ ?| ?\/ /.test(between),
    });
    previousEnd = m.index + m[0].length;
  }
  return groups;
}

function startsNumber(group: DigitGroup): boolean {
  return group.lead !== "" || group.fresh || /^0[1-9]/.test(group.digits);
}

/** Index of the last group of the longest phone number starting at group `from`, or -1. */
function longestPhone(text: string, groups: DigitGroup[], from: number, memo: Map<number, number>): number {
  const known = memo.get(from);
  if (known !== undefined) return known;
  let found = -1;
  const last = Math.min(groups.length - 1, from + MAX_GROUPS_PER_PHONE - 1);
  for (let to = last; to >= from; to--) {
    // Digits left over that are not a phone number of their own mean one long number (a gift card, an account).
    const next = groups[to + 1];
    if (next && !(startsNumber(next) && longestPhone(text, groups, to + 1, memo) >= 0)) continue;
    if (isPhone(text, groups.slice(from, to + 1))) {
      found = to;
      break;
    }
  }
  memo.set(from, found);
  return found;
}

function isPhone(text: string, groups: DigitGroup[]): boolean {
  const first = groups[0]!;
  const digits = groups.map((g) => g.digits).join("");
  const n = digits.length;
  const value = text.slice(first.start - first.lead.length, groups[groups.length - 1]!.end);
  if (DATE_SHAPED.test(value) || IP_SHAPED.test(value)) return false;
  const context = () => PHONE_CONTEXT.test(text.slice(Math.max(0, first.start - 40), first.start));
  if (first.lead.includes("+")) return n >= 8 && n <= 15;
  if (groups.length === 1) return (n === 10 || n === 11) && (isNanp(digits) || /^0[1-9]/.test(digits)) && context();
  if (digits.startsWith("00")) return /^00[1-9]/.test(digits) && n >= 11 && n <= 15;
  if (n === 10 && isNanp(digits)) return true;
  if (n === 11 && digits.startsWith("1") && isNanp(digits.slice(1))) return true;
  if (/^0[1-9]/.test(digits) && n >= 9 && n <= 11) return true;
  if (n === 7) return groups.length === 2 && first.digits.length === 3 && context();
  return n >= 9 && n <= 12 && context();
}

/** North American numbering: area code and exchange both start with 2–9. */
function isNanp(digits: string): boolean {
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits);
}
