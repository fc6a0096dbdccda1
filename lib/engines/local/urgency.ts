import type { Urgency } from "@/lib/engines/types";
import type { Intent } from "@/lib/policy/schema";
import { foldText } from "@/lib/text/tokenize";

/**
 * How soon a person should look at this if it reaches the queue. Critical: someone may be losing money or be
 * in danger right now (account takeover, fraud, a product safety problem). High: a deadline, an explicit rush, a
 * legal threat, an order that may ship before it can be cancelled, or a very frustrated customer. Low: thanks,
 * suggestions and small talk. Everything else is normal.
 */
const CRITICAL = new RegExp(
  [
    String.raw`\bhack(?:ed|ing)?\b`,
    String.raw`\bfraud(?:ulent)?\b`,
    String.raw`\bstolen\b`,
    String.raw`\bunauthori[sz]ed\b`,
    String.raw`\bidentity theft\b`,
    String.raw`\bphishing\b`,
    String.raw`\bcompromised\b`,
    String.raw`\btakeover\b`,
    String.raw`\binjur(?:ed|y|ies)\b`,
    String.raw`\bburn(?:ed|t)\b`,
    String.raw`\bcaught fire\b`,
    String.raw`\bexplod`,
    String.raw`\bgas leak`,
    String.raw`\bcarbon monoxide\b`,
    String.raw`\bhospital\b`,
    String.raw`\bhacke`,
    String.raw`\bpirat`,
    String.raw`\bgehackt\b`,
    String.raw`\bbetrug\b`,
    String.raw`\bfraude\b`,
  ].join("|"),
);

const HIGH = new RegExp(
  [
    String.raw`\burgent(?:ly)?\b`,
    String.raw`\basap\b`,
    String.raw`\bimmediately\b`,
    String.raw`\bright now\b`,
    String.raw`\bemergency\b`,
    String.raw`\btoday\b`,
    String.raw`\btonight\b`,
    String.raw`\btomorrow\b`,
    String.raw`\bdeadline\b`,
    String.raw`\b(?:my|our) trip\b`,
    String.raw`\bleaving (?:on|for)\b`,
    String.raw`\blawyer\b`,
    String.raw`\battorney\b`,
    String.raw`\bsue\b`,
    String.raw`\bcourt\b`,
    String.raw`\bchargeback\b`,
    String.raw`\burgente\b`,
    String.raw`\bdringend\b`,
    String.raw`\bsofort\b`,
  ].join("|"),
);

const LOW_INTENTS = new Set<Intent>(["feedback", "other"]);

export function assessUrgency(text: string, intent: Intent, sentimentScore: number): Urgency {
  const folded = foldText(text);
  if (intent === "security" || CRITICAL.test(folded)) return "critical";
  if (HIGH.test(folded) || sentimentScore <= -0.6) return "high";
  // A pending order can ship within hours; a cancellation that waits in a queue may come too late.
  if (intent === "cancel_order") return "high";
  if (LOW_INTENTS.has(intent) && sentimentScore > -0.25) return "low";
  if (/\bno (?:rush|hurry)\b|\bwhenever\b/.test(folded)) return "low";
  return "normal";
}
