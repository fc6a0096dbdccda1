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
