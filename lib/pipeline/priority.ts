import type { Sentiment, Urgency } from "@/lib/engines/types";

/**
 * A conversation's place in the human queue (higher first; ties go to the longest wait). Urgency dominates, then
 * what is at stake for the customer and the business (tier, a sensitive reason), then how they feel.
 */
const URGENCY: Record<Urgency, number> = { critical: 400, high: 300, normal: 200, low: 100 };
const TIER: Record<string, number> = { enterprise: 40, vip: 30, standard: 0 };
const SENSITIVE = new Set(["legal_language", "account_security", "payment_dispute"]);

export function queuePriority(input: {
  urgency: Urgency | null;
  tier: string | null;
  sentiment: Sentiment | null;
  reason: string | null;
}): number {
  return (
    URGENCY[input.urgency ?? "normal"] +
    (TIER[input.tier ?? "standard"] ?? 0) +
    (input.reason && SENSITIVE.has(input.reason) ? 50 : 0) +
    (input.sentiment === "frustrated" ? 20 : 0)
  );
}
