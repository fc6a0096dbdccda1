import { z } from "zod";
import { AUTOMATION_MODES } from "@/lib/policy/schema";

/**
 * The one description of a turn trace's `stages` document (TurnTrace.stages, JSON): every stage's result, the tool
 * decisions and timings. It stores decisions and reasons, never a raw card number, phone or email (PII is masked).
 * The pipeline writes it (lib/pipeline/trace.ts builds the parts, lib/db/trace.ts inserts the row); the review page
 * and the handoff packet read it back through `readTraceStages`; SQL reads it through lib/trace/sql-paths.ts, whose
 * paths are typed against this schema, so a renamed field fails the typecheck everywhere at once.
 *
 * Open vocabularies (intents, engines, tools, decisions, violation and escalation reasons, injection signals) are
 * plain strings here: stored rows outlive the lists that produced them, and a reader must still read them. The
 * pipeline's own types narrow them where it writes.
 */

const masked = z.object({ type: z.string(), masked: z.string() });

export const screenStageSchema = z.object({
  injection: z.object({ flagged: z.boolean(), score: z.number(), reasons: z.array(z.string()) }),
  pii: z.array(masked),
  chars: z.number(),
});

const entitiesSchema = z.object({
  orderNumbers: z.array(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  amounts: z.array(z.object({ cents: z.number(), currency: z.string(), text: z.string() })),
  dates: z.array(z.object({ text: z.string(), iso: z.string().nullable() })),
  products: z.array(z.string()),
});

export const triageStageSchema = z.object({
  intent: z.string(),
  confidence: z.number(),
  sentiment: z.string(),
  sentimentScore: z.number(),
  urgency: z.string(),
  language: z.string(),
  entities: entitiesSchema,
  complexity: z.string(),
  engine: z.string(),
});

export const ROUTE_ACTIONS = ["answer", "refuse", "draft", "handoff"] as const;

export const routeStageSchema = z.object({ mode: z.enum(AUTOMATION_MODES), action: z.enum(ROUTE_ACTIONS) });

export const traceArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number(),
  score: z.number(),
  stale: z.boolean(),
  used: z.boolean(),
});

export const traceToolCallSchema = z.object({
  tool: z.string(),
  decision: z.string(),
  reason: z.string().optional(),
  executed: z.boolean(),
  orderNumber: z.string().optional(),
  input: z.unknown(),
  durationMs: z.number(),
  /** Money the call moved or will move (write tools), as the tool computed it. */
  money: z.unknown().optional(),
  /** The proposal the customer confirmed, when the call ran on one. */
  proposalId: z.string().optional(),
  /** Ran after the customer's explicit yes to a proposal. */
  confirmed: z.boolean().optional(),
  /** A preview for a proposal: checked and priced, nothing written. */
  preview: z.boolean().optional(),
});

/** What the customer asked for, as understood (kinds, tools, orders; never the customer's text). */
export const understandStageSchema = z.object({
  requests: z.array(
    z.object({
      kind: z.string(),
      action: z.string().optional(),
      orderNumber: z.string().nullable().optional(),
      confidence: z.number(),
    }),
  ),
});

/** Proposals offered to the customer this turn, and their answer to earlier ones. */
export const proposalStageSchema = z.object({
  offered: z.array(z.object({ id: z.string(), tool: z.string(), lines: z.array(z.string()) })),
  answered: z.enum(["yes", "no"]).nullable(),
});

export const traceViolationSchema = z.object({ type: z.string(), detail: z.string() });

export const validateStageSchema = z.object({
  ok: z.boolean(),
  violations: z.array(traceViolationSchema),
  replaced: z.boolean(),
});

export const escalateStageSchema = z.discriminatedUnion("now", [
  z.object({ now: z.literal(false), reason: z.null(), signals: z.array(z.string()) }),
  z.object({ now: z.literal(true), reason: z.string(), kind: z.enum(["hard", "soft"]), signals: z.array(z.string()) }),
]);

export const traceStagesSchema = z.object({
  screen: screenStageSchema,
  triage: triageStageSchema,
  route: routeStageSchema,
  retrieve: z.array(traceArticleSchema),
  tools: z.array(traceToolCallSchema),
  understand: understandStageSchema.optional(),
  proposal: proposalStageSchema.optional(),
  validate: validateStageSchema,
  escalate: escalateStageSchema,
  handoff: z.object({ packetWords: z.number() }).nullable(),
  timings: z.record(z.string(), z.number()),
});

export type TraceStages = z.infer<typeof traceStagesSchema>;
export type TraceArticle = z.infer<typeof traceArticleSchema>;
export type TraceToolCall = z.infer<typeof traceToolCallSchema>;
export type TraceViolation = z.infer<typeof traceViolationSchema>;
export type RouteAction = (typeof ROUTE_ACTIONS)[number];

type StageName = keyof TraceStages;
const STAGE_NAMES = Object.keys(traceStagesSchema.shape) as StageName[];

/**
 * A stored `stages` document as far as it reads. A row the schema accepts comes back whole; an older or partial row
 * (written before a stage existed, or by a fixture that fills in only what it tests) keeps every stage that still
 * reads and leaves out the rest, so one odd stage never hides the others. Unknown keys are dropped.
 */
export function readTraceStages(value: unknown): Partial<TraceStages> {
  const whole = traceStagesSchema.safeParse(value);
  if (whole.success) return whole.data;
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const stored = value as Record<string, unknown>;
  const stages: Partial<Record<StageName, unknown>> = {};
  for (const name of STAGE_NAMES) {
    const stage = traceStagesSchema.shape[name].safeParse(stored[name]);
    if (stage.success && stage.data !== undefined) stages[name] = stage.data;
  }
  return stages as Partial<TraceStages>;
}
