/**
 * Streams finished text as small deltas (a word and the space before it), so text produced all at once still
 * reaches the customer the way a model's answer does. There is no delay between deltas: the first word is on
 * the wire as soon as the reply exists, which is what the time-to-first-token benchmark measures.
 */
export async function* wordDeltas(text: string, signal?: AbortSignal): AsyncGenerator<string> {
  for (const match of text.matchAll(/\s*\S+/g)) {
    if (signal?.aborted) return;
    yield match[0];
  }
}
