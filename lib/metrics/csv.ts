/**
 * CSV for the supervisor's exports (RFC 4180: comma separated, CRLF, quotes doubled). Cells that a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe: customer
 * text is data, and an export must not turn it into code on a supervisor's machine.
 */
export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
