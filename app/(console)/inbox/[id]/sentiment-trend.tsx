import { Badge } from "@/components/badge";
import { conversationTone } from "@/lib/pipeline/conversation-tone";
import type { ConversationView } from "@/lib/workspace/conversation";
import { SENTIMENT } from "../presentation";

/** The sentiment stored on each of the customer's messages, oldest first: what the panel and the packet card read. */
export function customerSentiments(view: Pick<ConversationView, "messages">): Array<string | null> {
  return view.messages.filter((m) => m.role === "customer" && !m.internal).map((m) => m.sentiment);
}

export const TREND = {
  improving: { key: "improving", label: "Improving", tone: "success" as const },
  steady: { key: "steady", label: "Steady", tone: "neutral" as const },
  worsening: { key: "worsening", label: "Worsening", tone: "danger" as const },
};

/**
 * The customer's sentiment message by message (frustrated, neutral, positive) as a small line, with the latest and
 * the trend as conversationTone reads them, the same reading as the handoff packet's.
 */
export function SentimentTrend({ sentiments }: { sentiments: Array<string | null> }) {
  const tone = conversationTone(sentiments);
  const values = tone.values;
  if (values.length === 0) return <p className="text-ink-muted">No customer messages analysed yet.</p>;
  const trend = TREND[tone.trend];
  const latest = SENTIMENT[tone.sentiment]!;
  const width = 280;
  const height = 56;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => 8 + ((1 - v) / 2) * (height - 16);
  const points = values.map((v, i) => [values.length > 1 ? i * step : width / 2, y(v)] as const);
  return (
    <div data-testid="sentiment-trend" data-trend={trend.key} data-sentiment={tone.sentiment}>
      <div className="mb-2 flex items-center gap-2">
        <Badge tone={latest.tone}>Now {latest.label.toLowerCase()}</Badge>
        <Badge tone={trend.tone}>{trend.label}</Badge>
        <span className="ml-auto text-xs text-ink-subtle">
          {values.length} {values.length === 1 ? "message" : "messages"}
        </span>
      </div>
      <svg
        viewBox={`-6 0 ${width + 12} ${height}`}
        className="h-14 w-full"
        role="img"
        aria-label={`Sentiment over ${values.length} messages: ${trend.label}`}
      >
        {[1, 0, -1].map((v) => (
          <line
            key={v}
            x1={0}
            x2={width}
            y1={y(v)}
            y2={y(v)}
            className="stroke-line"
            strokeDasharray={v === 0 ? "0" : "3 4"}
          />
        ))}
        {points.length > 1 ? (
          <polyline
            points={points.map((p) => p.join(",")).join(" ")}
            fill="none"
            className="stroke-brand-400"
            strokeWidth={2}
            strokeLinejoin="round"
          />
        ) : null}
        {points.map(([px, py], i) => (
          <circle
            key={i}
            cx={px}
            cy={py}
            r={3.5}
            className={values[i]! < 0 ? "fill-red-500" : values[i]! > 0 ? "fill-emerald-500" : "fill-ink-subtle"}
          />
        ))}
      </svg>
      <div className="flex justify-between text-[11px] text-ink-subtle">
        <span>First message</span>
        <span>Latest</span>
      </div>
    </div>
  );
}
