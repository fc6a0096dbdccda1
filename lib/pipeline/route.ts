import type { Triage } from "@/lib/engines/types";
import type { AutomationMode, SupportPolicy } from "@/lib/policy/schema";

/**
 * Stage 3: who answers this turn. Policy sets an automation mode per intent: `autonomous` (the AI answers),
 * `draft_only` (shadow mode: the AI drafts, a person checks and sends) or `human_only`. Hard escalation triggers
 * (lib/pipeline/escalate.ts) override the mode.
 */
export function automationMode(policy: SupportPolicy, intent: Triage["intent"]): AutomationMode {
  return policy.automation.intents[intent] ?? policy.automation.default;
}
