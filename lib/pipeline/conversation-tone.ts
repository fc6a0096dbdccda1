import type { Sentiment } from "@/lib/engines/types";

/**
 * The customer's tone over a conversation, from the sentiment stored on each of their messages (oldest first):
 * the latest analysed message's sentiment and the trend. One function for every place that shows it (the handoff
 * packet, the inbox's side panel and packet card), so they cannot disagree. A message not analysed yet (null)
 * is skipped, not read as neutral.
 */
export type ToneTrend = "improving" | "steady" | "worsening";
export type ConversationTone = { sentiment: Sentiment; trend: ToneTrend; analysed: number; values: number[] };

const VALUE: Record<Sentiment, number> = { frustrated: -1, neutral: 0, positive: 1 };

export function isSentiment(value: unknown): value is Sentiment {
  return typeof value === "string" && value in VALUE;
}

export function conversationTone(sentiments: ReadonlyArray<string | null | undefined>): ConversationTone {
  const analysed = sentiments.filter(isSentiment);
  const values = analysed.map((s) => VALUE[s]);
  return { sentiment: analysed.at(-1) ?? "neutral", trend: trendOf(values), analysed: analysed.length, values };
}

/**
 * The average of the last messages against the first ones: one each for up to three messages, two each from
 * four on (so a single outlier in a long conversation does not swing it). A change of more than a quarter of a
 * step counts.
 */
function trendOf(values: number[]): ToneTrend {
  if (values.length < 2) return "steady";
  const window = values.length >= 4 ? 2 : 1;
  const average = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  const delta = average(values.slice(-window)) - average(values.slice(0, window));
  return delta > 0.25 ? "improving" : delta < -0.25 ? "worsening" : "steady";
}
