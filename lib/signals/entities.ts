import { detectPii } from "./pii";

/**
 * Entities the triage stage pulls out of a customer message with patterns and checksums (both engines use these:
 * a model is not needed to find "NW-100042", and a regex does not hallucinate one).
 */
export type Entities = {
  orderNumbers: string[];
  emails: string[];
  phones: string[];
  /** Money amounts in cents, with the text they came from. */
  amounts: Array<{ cents: number; currency: string; text: string }>;
  /** Dates as written and, when unambiguous, as YYYY-MM-DD. */
  dates: Array<{ text: string; iso: string | null }>;
  products: string[];
};

// "NW-100042", "nw 100042", "#100042", "order 100042" (six to eight digits: the store's numbers grow).
const ORDER_NUMBER =
  /(?:\bNW[\s-]?(\d{6,8})|\b(?:order|ordre|pedido|bestellung)\s*(?:no\.?|number|nr\.?|#|n[º°])?\s*#?\s*(\d{6,8})|#(\d{6,8}))\b/gi;
const AMOUNT =
  /(?:([$€£])\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?)|(?:\b(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(dollars?|usd|eur|euros?|gbp|pounds?|bucks)\b)/gi;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/gi;
const DAY_MONTH_DATE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b/gi;
const RELATIVE_DATE =
  /\b(today|yesterday|tomorrow|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d+|a|two|three) (?:days?|weeks?|months?) ago)\b/gi;

const CURRENCY: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  bucks: "USD",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
};

export function extractEntities(text: string, catalog: readonly string[] = []): Entities {
  const pii = detectPii(text);
  return {
    orderNumbers: unique([...text.matchAll(ORDER_NUMBER)].map((m) => `NW-${m[1] ?? m[2] ?? m[3]}`)),
    emails: unique(pii.filter((s) => s.type === "email").map((s) => s.value.toLowerCase())),
    phones: unique(pii.filter((s) => s.type === "phone").map((s) => s.value)),
    amounts: [...text.matchAll(AMOUNT)].map((m) => {
      const whole = (m[2] ?? m[4] ?? "0").replace(/,/g, "");
      const fraction = (m[3] ?? m[5] ?? "").padEnd(2, "0");
      const unit = (m[1] ?? m[6] ?? "$").toLowerCase();
      return {
        cents: Number(whole) * 100 + Number(fraction || 0),
        currency: CURRENCY[unit] ?? "USD",
        text: m[0].trim(),
      };
    }),
    dates: extractDates(text),
    products: findProducts(text, catalog),
  };
}

function extractDates(text: string): Entities["dates"] {
  const dates: Entities["dates"] = [];
  for (const m of text.matchAll(ISO_DATE)) dates.push({ text: m[0], iso: m[0] });
  for (const m of text.matchAll(MONTH_DATE)) dates.push({ text: m[0], iso: isoFrom(m[3], m[1]!, m[2]!) });
  for (const m of text.matchAll(DAY_MONTH_DATE)) dates.push({ text: m[0], iso: isoFrom(m[3], m[2]!, m[1]!) });
  for (const m of text.matchAll(RELATIVE_DATE)) dates.push({ text: m[0], iso: null });
  return dates;
}

function isoFrom(year: string | undefined, month: string, day: string): string | null {
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  const dayNumber = Number(day);
  if (!year || index < 0 || dayNumber < 1 || dayNumber > 31) return null;
  return `${year}-${String(index + 1).padStart(2, "0")}-${String(dayNumber).padStart(2, "0")}`;
}

/** Product names from the catalog mentioned in full, or by their distinctive first word ("Ridgeline"). */
function findProducts(text: string, catalog: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const found = catalog.filter((name) => {
    const full = name.toLowerCase();
    if (lower.includes(full)) return true;
    const head = full.split(/\s+/)[0] ?? "";
    return head.length >= 5 && new RegExp(`\\b${escapeRegex(head)}\\b`).test(lower);
  });
  return unique(found);
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export type Complexity = "simple" | "moderate" | "complex";

/**
 * How much work a message asks for: one question about one thing is simple; several questions, several orders or
 * a long story is complex. Used for routing and for the supervisor's effort metrics.
 */
export function assessComplexity(text: string, entities: Entities): Complexity {
  const questions = (text.match(/\?/g) ?? []).length;
  const clauses = text.split(/[.!?\n]+/).filter((part) => part.trim().split(/\s+/).length >= 3).length;
  const things = entities.orderNumbers.length + entities.products.length + entities.amounts.length;
  const words = text.trim().split(/\s+/).length;
  const load = Math.max(0, questions - 1) + Math.max(0, clauses - 2) * 0.5 + Math.max(0, things - 1) + words / 60;
  if (load >= 3) return "complex";
  if (load >= 1.2) return "moderate";
  return "simple";
}
