/**
 * PII detection for the screen stage: payment cards (Luhn-checked), email addresses, phone numbers and government
 * ids, each with its span in the text. Spans let the pipeline redact traces, logs and model prompts while tools
 * that need the exact value (an email for identity verification) still receive it from the original text.
 */
export const PII_TYPES = ["card", "email", "phone", "ssn", "national_id", "iban"] as const;
export type PiiType = (typeof PII_TYPES)[number];

export type PiiSpan = { type: PiiType; start: number; end: number; value: string };

type Recognizer = { type: PiiType; pattern: RegExp; accept?: (value: string, text: string, start: number) => boolean };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 13–19 digits, optionally grouped by single spaces or dashes (the way people type card numbers).
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
// US SSN with or without separators; 9 bare digits only count with context (see acceptSsn).
const SSN = /\b\d{3}[- ]?\d{2}[- ]?\d{4}\b/g;
// UK National Insurance number, e.g. QQ 12 34 56 C.
const UK_NINO = /\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
// International (+44 20 7946 0958), North American ((555) 123-4567, 555-123-4567, 555.123.4567) and plain
// groups of digits with separators; at least 9 digits once separators are removed.
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}\b|\+\d{9,15}\b/g;

const SSN_CONTEXT = /\b(ssn|social security|social-security|tax id|taxpayer)\b/i;
const ORDER_CONTEXT = /\b(order|#|nw-|tracking|invoice|ref(erence)?)\b[^.!?\n]{0,24}$/i;
// A run of digits right after a mixed letter-and-digit token ("1Z 999 AA1 0123 4567") is the tail of a reference.
const MIXED_TOKEN_BEFORE = /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}\s$/i;

const RECOGNIZERS: Recognizer[] = [
  { type: "email", pattern: EMAIL },
  { type: "card", pattern: CARD, accept: (value) => isLuhnValid(digitsOf(value)) },
  { type: "iban", pattern: IBAN, accept: (value) => isIbanValid(value) },
  { type: "ssn", pattern: SSN, accept: acceptSsn },
  { type: "national_id", pattern: UK_NINO },
  { type: "phone", pattern: PHONE, accept: acceptPhone },
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
  if (area === 0 || area === 666 || area >= 900 || digits.slice(3, 5) === "00" || digits.slice(5) === "0000") return false;
  // Dashed form is distinctive; bare or spaced nine digits need the words nearby.
  if (/^\d{3}-\d{2}-\d{4}$/.test(value)) return true;
  return SSN_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
}

function acceptPhone(value: string, text: string, start: number): boolean {
  const digits = digitsOf(value);
  if (digits.length < 9 || digits.length > 15) return false;
  // Dates (2026-11-24), prices (1,299.00) and order references are not phone numbers.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (ORDER_CONTEXT.test(before) || MIXED_TOKEN_BEFORE.test(before)) return false;
  return true;
}

function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}
