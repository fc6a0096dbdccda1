import type { ChatTurn, Engine, Triage } from "@/lib/engines/types";
import type { SupportPolicy } from "@/lib/policy/schema";
import { assessComplexity, type Complexity, type Entities, extractEntities } from "./entities";
import { type EscalationReason, hardTrigger } from "./escalate";
import { detectInjection, type InjectionResult } from "./injection";
import { detectPii, type PiiType } from "./pii";
import { automationMode } from "./route";

/**
 * Screen and triage one message without a conversation or a database: what `npm run analyze` prints and what the
 * evaluation scores. The live pipeline runs the same stages (lib/pipeline/turn.ts) and adds retrieval, tools,
 * validation and the conversation-level escalation signals.
 */
export type AnalyzeInput = {
  id: string;
  text: string;
  history?: Array<{ role: ChatTurn["role"]; text: string }>;
  customer?: { tier?: "standard" | "vip" | "enterprise" };
};

export type AnalyzeResult = {
  id: string;
  intent: Triage["intent"];
  confidence: number;
  urgency: Triage["urgency"];
  sentiment: Triage["sentiment"];
  entities: Entities;
  complexity: Complexity;
  language: string;
  injection: InjectionResult;
  pii: Array<{ type: PiiType; start: number; end: number }>;
  route: "autonomous" | "draft_only" | "human_only";
  escalate: { now: boolean; reason: EscalationReason | null };
};

export async function analyzeMessage(input: AnalyzeInput, deps: { engine: Engine; policy: SupportPolicy; catalog?: readonly string[] }): Promise<AnalyzeResult> {
  const injection = detectInjection(input.text);
  const pii = detectPii(input.text);
  const entities = extractEntities(input.text, deps.catalog);
  const history = (input.history ?? []).map((turn) => ({ role: turn.role, text: turn.text }));
  const { triage } = await deps.engine.triage({ message: input.text, history });
  const escalation = hardTrigger({
    policy: deps.policy,
    text: input.text,
    triage: { ...triage, entities },
    tier: input.customer?.tier ?? null,
  });
  const mode = automationMode(deps.policy, triage.intent);
  return {
    id: input.id,
    intent: triage.intent,
    confidence: round(triage.confidence),
    urgency: triage.urgency,
    sentiment: triage.sentiment,
    entities,
    complexity: assessComplexity(input.text, entities),
    language: triage.language,
    injection,
    pii: pii.map(({ type, start, end }) => ({ type, start, end })),
    route: escalation.now ? "human_only" : mode,
    escalate: { now: escalation.now || mode === "human_only", reason: escalation.now ? escalation.reason : mode === "human_only" ? "policy_human_only" : null },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
