/**
 * Character trigrams of lowercased, accent-free text with order numbers masked: what near-copies share. Used to keep
 * training lines apart from the lines that measure the classifier.
 */
export function trigrams(text: string): Set<string> {
  const normal = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\bnw-?\d{6}\b|#?\b\d{6}\b/g, "ordnum")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const padded = ` ${normal} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}
