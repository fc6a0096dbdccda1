import { normalizeMessage, screenMessage } from "@/lib/pipeline/screen";

/**
 * The page runs the server's own screen stage before sending, so the customer sees the same words and the same
 * count (code points after normalisation) either way. Only the size limit matters here.
 */
export function checkMessage(raw: string, maxChars: number) {
  return screenMessage(raw, { max_message_chars: maxChars });
}

export function countChars(raw: string): number {
  return [...normalizeMessage(raw)].length;
}
