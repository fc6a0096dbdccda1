/**
 * A postal address as customers type it in a chat sentence: "…to 592 Elm Avenue, Suite 978, Houston, TX 77242",
 * "ship it to 12 pine st apt 4 portland or 97201 usa", "10 Downing Street, London SW1A 2AA, United Kingdom",
 * "Hauptstraße 5, 10115 Berlin, Deutschland". What is found becomes structured fields; what cannot be read
 * with confidence is not guessed at (null), and the turn asks for the address again.
 *
 * Order numbers, emails and phone numbers are removed first, so "change NW-665881 to 123 Elm Street…" can never
 * yield a street number of 665881. The words between the street and the region are split on commas when there
 * are any, else at the last street-type word ("Drive", "Ave") or unit ("Suite 394").
 */
export type ParsedAddress = {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
};

const US_STATES =
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI".split(
    " ",
  );
const CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" ");

const COUNTRIES: Array<[RegExp, string]> = [
  [/^(?:u\.?s\.?a?\.?|united states(?: of america)?|america)$/i, "US"],
  [/^(?:canada|ca)$/i, "CA"],
  [/^(?:uk|u\.k\.|united kingdom|great britain|england|scotland|wales|gb)$/i, "GB"],
  [/^(?:germany|deutschland|de|allemagne|alemania)$/i, "DE"],
  [/^(?:france|fr|frankreich|francia)$/i, "FR"],
  [/^(?:spain|espa[ñn]a|es|espagne|spanien)$/i, "ES"],
  [/^(?:ireland|ie)$/i, "IE"],
  [/^(?:netherlands|nederland|nl|the netherlands)$/i, "NL"],
];

const UNIT = String.raw`(?:apt|apartment|suite|ste|unit|#|floor|fl|room|rm|bldg|building|po box)\.?\s*#?\s*[A-Za-z0-9-]+`;
const STREET_TYPES = String.raw`(?:street|st|avenue|ave|av|road|rd|drive|dr|lane|ln|boulevard|blvd|way|court|ct|place|pl|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|loop|crescent|cres|close|row|alley|path|pike|run)\.?`;

// Identifiers that must never be read as part of an address.
const NOISE = [
  /\b(?:NW|W)[\s-]?\d{4,}\b/gi,
  /#\s?[A-Z]?\d{5,}\b/gi,
  /\b(?:order|pedido|commande|bestellung)\s*(?:no\.?|number|nr\.?|#)?\s*#?\s*\d{5,}\b/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi,
  /\+?\d[\d ().-]{8,}\d/g,
];

export function parseAddress(text: string): ParsedAddress | null {
  let clean = text;
  for (const pattern of NOISE) clean = clean.replace(pattern, " ");
  clean = clean.replace(/\s+/g, " ");
  return parseNorthAmerican(clean) ?? parseUk(clean) ?? parseContinental(clean);
}

/** "<number> <street>[,] [unit][,] <city>[,] <ST> <ZIP>[,] [country]" */
function parseNorthAmerican(text: string): ParsedAddress | null {
  const pattern = new RegExp(
    String.raw`(?:^|[\s:,(])(\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+[^\d,;:!?]{2,80}?(?:,\s*|\s+)(?:${UNIT}(?:,\s*|\s+))?[A-Za-z][A-Za-z .'-]{1,40}?),?\s+([A-Za-z]{2})\.?,?\s+(\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d)\b(?:,?\s+([A-Za-z][A-Za-z. ]{1,30}?))?(?=[\s.,;!?)]|$)`,
    "i",
  );
  const match = pattern.exec(text);
  if (!match) return null;
  const region = match[2]!.toUpperCase();
  const postal = match[3]!.toUpperCase();
  const canadian = /^[A-Z]\d[A-Z]/.test(postal);
  if (canadian ? !CA_PROVINCES.includes(region) : !US_STATES.includes(region)) return null;
  const country = countryCode(match[4]) ?? (canadian ? "CA" : "US");
  if (country !== "US" && country !== "CA") return null;
  const parts = splitStreetAndCity(match[1]!);
  if (!parts) return null;
  return { ...parts, region, postalCode: canadian ? `${postal.slice(0, 3)} ${postal.slice(-3)}` : postal, country };
}

/** "<street>[, <unit>], <City> <POSTCODE>[, country]" with a UK postcode. */
function parseUk(text: string): ParsedAddress | null {
  const match = new RegExp(
    String.raw`(?:^|[\s:,(])(\d{1,5}[A-Za-z]?\s+[^\d,;:!?]{2,60}?(?:,\s*${UNIT})?),\s*([A-Za-z][A-Za-z .'-]{1,40}?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b(?:,?\s+([A-Za-z][A-Za-z. ]{1,30}?))?(?=[\s.,;!?)]|$)`,
    "i",
  ).exec(text);
  if (!match) return null;
  const country = countryCode(match[4]) ?? "GB";
  if (country !== "GB") return null;
  const [line1, line2] = splitUnit(match[1]!);
  const postal = match[3]!.toUpperCase().replace(/\s+/g, "");
  return {
    line1: line1!,
    ...(line2 ? { line2 } : {}),
    city: titleCase(match[2]!),
    postalCode: `${postal.slice(0, -3)} ${postal.slice(-3)}`,
    country,
  };
}

/** "<Street> <number>, <POSTCODE> <City>, <Country>": Germany, France, Spain, the Netherlands… (country required). */
function parseContinental(text: string): ParsedAddress | null {
  const match =
    /(?:^|[\s:,(])((?:\d{1,4}[a-z]?,?\s+)?[\p{L}][\p{L} .'-]{2,60}?(?:\s+\d{1,4}[a-z]?)?),\s*(\d{4,5}|\d{4}\s?[A-Z]{2})\s+([\p{L}][\p{L} .'-]{1,40}?),\s*([\p{L}][\p{L}. ]{1,30}?)(?=[\s.,;!?)]|$)/iu.exec(
      text,
    );
  if (!match) return null;
  const country = countryCode(match[4]);
  if (!country || country === "US" || country === "CA" || country === "GB") return null;
  if (!/\d/.test(match[1]!)) return null;
  // "bitte an Hauptstraße 5": the street name starts at its first capitalised word ("12 rue de la Paix" at its number).
  const street = /^\d/.test(match[1]!.trim()) ? match[1]!.trim() : match[1]!.trim().replace(/^(?:\p{Ll}+\s+)+/u, "");
  return { line1: street.replace(/,$/, ""), city: match[3]!.trim(), postalCode: match[2]!.toUpperCase(), country };
}

/** The street part and the city from the words before the region, using commas, then units, then street types. */
function splitStreetAndCity(head: string): { line1: string; line2?: string; city: string } | null {
  const segments = head.split(/\s*,\s*/).filter(Boolean);
  if (segments.length >= 2) {
    const city = segments.pop()!;
    const unitIndex = segments.findIndex((segment, i) => i > 0 && new RegExp(`^${UNIT}$`, "i").test(segment));
    if (unitIndex > 0) {
      return clean({
        line1: segments.slice(0, unitIndex).join(", "),
        line2: segments.slice(unitIndex).join(", "),
        city,
      });
    }
    const [line1, line2] = splitUnit(segments.join(", "));
    // "12 Pine St Apt 4, Portland" keeps its unit; a lone street must still leave a city behind.
    return clean({ line1: line1!, ...(line2 ? { line2 } : {}), city });
  }
  // No commas: "445 Maple Drive Suite 394 Fort Worth" or "445 Maple Drive Fort Worth".
  const unit = new RegExp(String.raw`^(.*?)\s+(${UNIT})\s+(.+)$`, "i").exec(head);
  if (unit) return clean({ line1: unit[1]!, line2: unit[2]!, city: unit[3]! });
  const typed = new RegExp(String.raw`^(.*\b${STREET_TYPES})\s+(.+)$`, "i").exec(head);
  if (typed) return clean({ line1: typed[1]!, city: typed[2]! });
  return null;
}

function splitUnit(street: string): [string, string | undefined] {
  const unit = new RegExp(String.raw`^(.*?)(?:,\s*|\s+)(${UNIT})$`, "i").exec(street.trim());
  return unit ? [unit[1]!.trim(), unit[2]!.trim()] : [street.trim(), undefined];
}

function clean(parts: {
  line1: string;
  line2?: string;
  city: string;
}): { line1: string; line2?: string; city: string } | null {
  const line1 = tidy(parts.line1);
  const city = titleCase(tidy(parts.city).replace(/^(?:in|at)\s+/i, ""));
  if (!/^\d/.test(line1) || line1.split(/\s+/).length < 2 || !/\p{L}/u.test(city)) return null;
  const line2 = parts.line2 ? formatUnit(tidy(parts.line2)) : undefined;
  return { line1: titleCase(line1), ...(line2 ? { line2 } : {}), city };
}

function tidy(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .replace(/^[\s,]+|[\s,.]+$/g, "")
    .trim();
}

/** "suite 978" → "Suite 978", "apt. 4b" → "Apt 4B". */
function formatUnit(unit: string): string {
  return unit.replace(/^([A-Za-z#]+)\.?\s*#?\s*(.*)$/, (_, word: string, rest: string) =>
    `${word === "#" ? "#" : titleCase(word.toLowerCase())} ${rest.toUpperCase()}`.trim(),
  );
}

/** Lower-case input gets capitals; a word the customer capitalised their own way keeps it ("McAllen"). */
function titleCase(value: string): string {
  return value.replace(/\p{L}[\p{L}'’]*/gu, (word) =>
    word === word.toLowerCase() || (word === word.toUpperCase() && word.length > 3)
      ? word[0]!.toUpperCase() + word.slice(1).toLowerCase()
      : word,
  );
}

function countryCode(name: string | undefined): string | undefined {
  const trimmed = name?.trim().replace(/\.$/, "");
  if (!trimmed) return undefined;
  for (const [pattern, code] of COUNTRIES) if (pattern.test(trimmed)) return code;
  return undefined;
}
