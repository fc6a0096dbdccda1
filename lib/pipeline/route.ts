import type { Triage } from "@/lib/engines/types";
import type { AutomationMode, SupportPolicy } from "@/lib/policy/schema";

/**
 * Stage 3: who answers this turn. Policy sets an automation mode per intent; an explicit request for a person
 * always reaches a person, whatever the mode says.
 */
export type RouteDecision =
  | { action: "answer"; mode: "autonomous" }
  | { action: "handoff"; mode: AutomationMode; reason: HandoffReason };

export const HANDOFF_REASONS = ["customer_request", "policy_human_only", "policy_draft_only"] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

export function automationMode(policy: SupportPolicy, intent: Triage["intent"]): AutomationMode {
  return policy.automation.intents[intent] ?? policy.automation.default;
}

export function routeTurn(policy: SupportPolicy, triage: Triage): RouteDecision {
  if (triage.intent === "human_request") return { action: "handoff", mode: "human_only", reason: "customer_request" };
  const mode = automationMode(policy, triage.intent);
  if (mode === "human_only") return { action: "handoff", mode, reason: "policy_human_only" };
  // Shadow mode: the AI's draft goes to a person (the workspace shows it); the customer waits for that person.
  if (mode === "draft_only") return { action: "handoff", mode, reason: "policy_draft_only" };
  return { action: "answer", mode };
}
