import { describe, expect, it } from "vitest";
import { levenshtein } from "./edit-distance";

describe("levenshtein (the edit distance stored for every edited AI draft)", () => {
  it("is zero for a draft sent as is and counts each changed character otherwise", () => {
    expect(levenshtein("Your refund is on its way.", "Your refund is on its way.")).toBe(0);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("refund", "refunds")).toBe(1);
    expect(levenshtein("refunds", "refund")).toBe(1);
  });

  it("counts a whole rewrite as the length of the longer text, and an empty side as the other's length", () => {
    expect(levenshtein("", "Hello Jamie")).toBe(11);
    expect(levenshtein("Hello Jamie", "")).toBe(11);
    expect(levenshtein("abc", "xyz")).toBe(3);
  });

  it("is symmetric and counts an emoji or accented letter as one character", () => {
    const a = "Thanks for waiting, we'll sort this today.";
    const b = "Thanks so much for waiting — I'll sort this out today.";
    expect(levenshtein(a, b)).toBe(levenshtein(b, a));
    expect(levenshtein("ok 👍", "ok 👌")).toBe(1);
    expect(levenshtein("cafe", "café")).toBe(1);
  });
});
