import { NO_USAGE, type Triage, type TriageInput, type TriageResult } from "@/lib/engines/types";
import { classifyIntent } from "./intent-classifier";
import { detectLanguage } from "./language";
import { analyzeSentiment } from "./sentiment";
import { assessUrgency } from "./urgency";

/** The local engine's triage: a trained intent classifier plus lexicon sentiment, urgency rules and language. */
export function localTriage(input: TriageInput): TriageResult {
  const prediction = classifyIntent(input.message);
  const { sentiment, score } = analyzeSentiment(input.message);
  const triage: Triage = {
    intent: prediction.label,
    confidence: Math.round(prediction.confidence * 1000) / 1000,
    sentiment,
    sentimentScore: score,
    urgency: assessUrgency(input.message, prediction.label, score),
    language: detectLanguage(input.message, input.history),
  };
  return { triage, usage: NO_USAGE, engineUsed: "local" };
}
