import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks, and writes CRLF rows", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          [1, null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n1,\r\n');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses customer text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1 555 0100")).toBe("'+1 555 0100");
    expect(csvCell(-3)).toBe("-3"); // numbers are numbers, not formulas
  });

  it("writes dates as ISO timestamps", () => {
    expect(csvCell(new Date("2026-06-01T10:00:00.000Z"))).toBe("2026-06-01T10:00:00.000Z");
  });
});
