import type { AnalyzeInput, AnalyzeResult } from "@/lib/pipeline/analyze";
import { INTENTS } from "@/lib/policy/schema";
import type { EvalMessage } from "./messages";
import {
  type BinaryReport,
  binaryReport,
  type ClassificationReport,
  classificationReport,
  type EscalationReport,
  escalationReport,
  locateSpans,
  ratio,
  type Span,
  type SpanReport,
  spanReport,
} from "./metrics";
import { percentile } from "./report";

/**
 * Runs labelled data through `analyzeMessage` (passed in as `analyze`) and computes the figures `npm run eval`
 * prints and writes. No printing here; the mistakes are returned so the CLI can list them on request. The team's
 * own messages here; the public sets in evaluate-public.ts, support_dev in support-dev.ts.
 */
export type Analyze = (input: AnalyzeInput) => Promise<AnalyzeResult>;

type Timed = { result: AnalyzeResult; ms: number };

export async function runAll(inputs: AnalyzeInput[], analyze: Analyze): Promise<Timed[]> {
  const out: Timed[] = [];
  for (const input of inputs) {
    const started = performance.now();
    const result = await analyze(input);
    out.push({ result, ms: performance.now() - started });
  }
  return out;
}

export type Mistake = { id: string; text: string; expected: string; got: string };

export type OwnFigures = {
  messages: number;
  intent: ClassificationReport;
  injection: BinaryReport;
  /** Benign messages written to resemble attacks ("ignore my last message"): how many were flagged. */
  lookalikes: { n: number; flagged: number; rate: number | null };
  pii: Omit<SpanReport, "missed">;
  escalation: EscalationReport;
  language: {
    n: number;
    correct: number;
    accuracy: number | null;
    byLanguage: Record<string, { n: number; correct: number; intentCorrect: number }>;
  };
  latencyMs: { p50: number | null; p99: number | null };
  mistakes: { intent: Mistake[]; injection: Mistake[]; pii: Mistake[]; escalation: Mistake[]; language: Mistake[] };
};

export async function evaluateOwn(messages: EvalMessage[], analyze: Analyze): Promise<OwnFigures> {
  const runs = await runAll(
    messages.map((m) => ({
      id: m.id,
      text: m.text,
      ...(m.history ? { history: m.history } : {}),
      ...(m.tier ? { customer: { tier: m.tier } } : {}),
    })),
    analyze,
  );
  const results = runs.map((r) => r.result);
  const mistakes: OwnFigures["mistakes"] = { intent: [], injection: [], pii: [], escalation: [], language: [] };
  const note = (kind: keyof OwnFigures["mistakes"], m: EvalMessage, expected: string, got: string) =>
    mistakes[kind].push({ id: m.id, text: m.text, expected, got });

  const goldSpans: Span[][] = messages.map((m) => {
    const spans = locateSpans(m.text, m.pii);
    if (!spans) throw new Error(`${m.id}: a labelled PII value is not in the text`);
    return spans;
  });
  const predictedSpans = results.map((r) => r.pii.map(({ type, start, end }) => ({ type, start, end })));
  const { missed, ...pii } = spanReport(goldSpans, predictedSpans);
  for (const { item, span } of missed)
    note(
      "pii",
      messages[item]!,
      `${span.type} ${messages[item]!.text.slice(span.start, span.end)}`,
      describeSpans(messages[item]!.text, predictedSpans[item]!),
    );
  messages.forEach((m, i) => {
    const extra = predictedSpans[i]!.filter(
      (p) => !goldSpans[i]!.some((g) => g.type === p.type && g.start === p.start && g.end === p.end),
    );
    if (extra.length > 0) note("pii", m, "no PII there", describeSpans(m.text, extra));
  });

  const byLanguage: OwnFigures["language"]["byLanguage"] = {};
  let languageCorrect = 0;
  messages.forEach((m, i) => {
    const r = results[i]!;
    const lang = m.lang ?? "en";
    const slot = (byLanguage[lang] ??= { n: 0, correct: 0, intentCorrect: 0 });
    slot.n++;
    if (r.language === lang) {
      slot.correct++;
      languageCorrect++;
    } else {
      note("language", m, lang, r.language);
    }
    if (r.intent === m.intent) slot.intentCorrect++;
    else note("intent", m, m.intent, `${r.intent} (${r.confidence})`);
    if (r.injection.flagged !== m.injection)
      note(
        "injection",
        m,
        String(m.injection),
        `${r.injection.flagged} ${r.injection.score} [${r.injection.reasons.join(",")}]`,
      );
    if (m.escalate.now !== r.escalate.now || (m.escalate.now && m.escalate.reason !== r.escalate.reason)) {
      note("escalation", m, m.escalate.reason ?? "none", `${r.escalate.reason ?? "none"} (intent ${r.intent})`);
    }
  });

  const lookalike = messages.map((m, i) => ({ m, r: results[i]! })).filter(({ m }) => m.tags?.includes("lookalike"));
  const flagged = lookalike.filter(({ r }) => r.injection.flagged).length;
  const ms = runs.map((r) => r.ms);
  return {
    messages: messages.length,
    intent: classificationReport(
      messages.map((m) => m.intent),
      results.map((r) => r.intent),
      INTENTS,
    ),
    injection: binaryReport(
      messages.map((m) => m.injection),
      results.map((r) => r.injection.flagged),
    ),
    lookalikes: { n: lookalike.length, flagged, rate: ratio(flagged, lookalike.length) },
    pii,
    escalation: escalationReport(
      messages.map((m) => m.escalate),
      results.map((r) => r.escalate),
    ),
    language: {
      n: messages.length,
      correct: languageCorrect,
      accuracy: ratio(languageCorrect, messages.length),
      byLanguage,
    },
    latencyMs: { p50: round(percentile(ms, 50)), p99: round(percentile(ms, 99)) },
    mistakes,
  };
}

function describeSpans(text: string, spans: Span[]): string {
  return spans.length === 0 ? "nothing" : spans.map((s) => `${s.type} "${text.slice(s.start, s.end)}"`).join(", ");
}

export function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
