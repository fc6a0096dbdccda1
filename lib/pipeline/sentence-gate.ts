import type { ValidationResult } from "./validate";

/**
 * Streams a reply sentence by sentence, each one validated before it is released, so a customer never sees an
 * unchecked sentence even while the reply is still being written. The first failing sentence stops the stream.
 */
export function createSentenceGate(check: (sentence: string) => ValidationResult) {
  let pending = "";
  let failed: ValidationResult | null = null;
  const release = (text: string): string => {
    if (failed || text.trim() === "") return failed ? "" : text;
    const result = check(text);
    if (!result.ok) {
      failed = result;
      return "";
    }
    return text;
  };
  return {
    /** Feeds a delta; returns the text that may be shown now. */
    push(delta: string): string {
      if (failed) return "";
      pending += delta;
      let out = "";
      let boundary = nextBoundary(pending);
      while (boundary > 0 && !failed) {
        out += release(pending.slice(0, boundary));
        pending = pending.slice(boundary);
        boundary = nextBoundary(pending);
      }
      return out;
    },
    /** Ends the stream; returns the last sentence if it passes. */
    flush(): string {
      const out = release(pending);
      pending = "";
      return out;
    },
    get failure(): ValidationResult | null {
      return failed;
    },
  };
}

/** End of the first complete sentence (after its trailing space), or 0 when there is none yet. */
function nextBoundary(text: string): number {
  const match = /[.!?](?=\s)\s+|\n{2,}/.exec(text);
  if (!match) return 0;
  // "e.g. " and "$1.99 " are not sentence ends.
  const before = text.slice(Math.max(0, match.index - 3), match.index + 1);
  if (/\b(e\.g|i\.e|vs|no)\.$/i.test(before)) {
    const rest = nextBoundary(text.slice(match.index + match[0].length));
    return rest === 0 ? 0 : match.index + match[0].length + rest;
  }
  return match.index + match[0].length;
}
