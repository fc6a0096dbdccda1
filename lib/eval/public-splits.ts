/**
 * Which rows of the public sets the local intent model may train on and which are kept for measuring it, decided
 * here once so that `npm run train:intent` and `npm run eval -- --public` can never disagree:
 * - banking77 (train split only upstream): one row in five, chosen by a hash of its text, is kept for measuring;
 * - CLINC150: the `train` split is for training and the `val` split for measuring; of the out-of-scope examples
 *   (`oos_train`, `oos_val`) one in five, by the same hash, is kept for measuring out-of-scope detection.
 * support_dev and tau-bench's dev tasks are never trained on (scripts/train-intent.ts does not read them).
 * A hash of the text rather than a position keeps the split stable if upstream reorders its rows.
 */
export const HOLD_OUT_ONE_IN = 5;

export type PublicRow = { set: "banking77" | "clinc150"; split: string; text: string };

export function heldOutForMeasuring({ set, split, text }: PublicRow): boolean {
  if (set === "clinc150") {
    if (split === "val") return true;
    if (split === "train") return false;
    return hashText(text) % HOLD_OUT_ONE_IN === 0;
  }
  return hashText(text) % HOLD_OUT_ONE_IN === 0;
}

/** FNV-1a over the UTF-16 code units of the trimmed, lowercased text: tiny, fast and stable across platforms. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  const normal = text.trim().toLowerCase();
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
