/**
 * True when `a` becomes `b` by at most one edit: an insertion, a deletion, a substitution or a swap of two
 * neighbouring letters (the commonest typos: "retrun", "refnd", "shiping", "jakcet"). Linear time, no matrix:
 * retrieval calls it for every unknown query word against a few hundred vocabulary words.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  // One insertion/deletion: skip the extra character in the longer word.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn `a` into
 * `b`, counted in Unicode code points (an emoji is one edit, not two). Two rows of memory, O(|a|·|b|) time; the
 * workspace stores it for every edited AI draft (the human override rate).
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const s = [...a];
  const t = [...b];
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length]!;
}
