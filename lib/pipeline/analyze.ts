import type { ChatTurn, Engine, Triage } from "@/lib/engines/types";
import type { SupportPolicy } from "@/lib/policy/schema";
import type { Complexity, Entities } from "@/lib/signals/entities";
import { type EscalationReason, hardTrigger } from "./escalate";
import type { InjectionResult } from "@/lib/signals/injection";
import type { PiiType } from "@/lib/signals/pii";
import { automationMode } from "./route";
import { understand } from "./understand";

/**
 * Understand one message without a conversation or a database: what `npm run analyze` prints and what the
 * evaluation scores. It calls the same `understand` stage as the live pipeline (lib/pipeline/turn.ts), which adds
 * retrieval, tools, validation and the conversation-level escalation signals.
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
  /** What the customer asks for: questions, actions (with the order named), yes/no, chit-chat. */
  requests: Array<{ kind: string; action?: string; orderNumber?: string | null }>;
  route: "autonomous" | "draft_only" | "human_only";
  escalate: { now: boolean; reason: EscalationReason | null };
};

export async function analyzeMessage(
  input: AnalyzeInput,
  deps: { engine: Engine; policy: SupportPolicy; catalog?: readonly string[] },
): Promise<AnalyzeResult> {
  // The same understanding production runs: classification sees the redacted text, as a model would.
  const u = await understand({
    text: input.text,
    history: (input.history ?? []).map((turn) => ({ role: turn.role, text: turn.text })),
    engine: deps.engine,
    ...(deps.catalog ? { catalog: deps.catalog } : {}),
  });
  const { triage } = u;
  const escalation = hardTrigger({ policy: deps.policy, text: input.text, triage, tier: input.customer?.tier ?? null });
  const mode = automationMode(deps.policy, triage.intent);
  return {
    id: input.id,
    intent: triage.intent,
    confidence: round(triage.confidence),
    urgency: triage.urgency,
    sentiment: triage.sentiment,
    entities: u.entities,
    complexity: u.complexity,
    language: triage.language,
    injection: u.screen.injection,
    pii: u.screen.pii.map(({ type, start, end }) => ({ type, start, end })),
    requests: u.requests.map((r) =>
      r.kind === "action" ? { kind: r.kind, action: r.action, orderNumber: r.orderNumber } : { kind: r.kind },
    ),
    route: escalation.now ? "human_only" : mode,
    escalate: {
      now: escalation.now || mode === "human_only",
      reason: escalation.now ? escalation.reason : mode === "human_only" ? "policy_human_only" : null,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
