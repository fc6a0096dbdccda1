import { z } from "zod";

export const INTENTS = [
  "order_status",
  "order_change",
  "cancel_order",
  "shipping",
  "returns",
  "refund",
  "billing",
  "account",
  "product",
  "technical",
  "complaint",
  "feedback",
  "human_request",
  "security",
  "other",
] as const;
export type Intent = (typeof INTENTS)[number];

export const AUTOMATION_MODES = ["autonomous", "draft_only", "human_only"] as const;
export type AutomationMode = (typeof AUTOMATION_MODES)[number];

const ORDER_STATES = ["pending", "processing", "shipped", "delivered", "cancelled", "returned"] as const;

const text = z.string().trim().min(1);
const cents = z.number().int().nonnegative();
const days = z.number().int().positive();
const ratio = z.number().min(0).max(1);

export const supportPolicySchema = z
  .object({
    brand: z.object({ store_name: text, assistant_name: text, support_hours: text }).strict(),
    disclosure: z.object({ greeting: text, handoff_notice: text, no_answer: text, refusal: text }).strict(),
    limits: z
      .object({
        max_message_chars: z.number().int().min(1).max(100_000),
        burst_messages: z.number().int().positive(),
        burst_window_seconds: z.number().positive(),
        max_turns_before_handoff: z.number().int().positive(),
      })
      .strict(),
    retrieval: z.object({ min_score: ratio, stale_after_days: days, max_sources: z.number().int().min(1).max(5) }).strict(),
    prohibited: z.object({ topics: z.array(text), phrases: z.array(text) }).strict(),
    automation: z
      .object({
        default: z.enum(AUTOMATION_MODES),
        intents: z.partialRecord(z.enum(INTENTS), z.enum(AUTOMATION_MODES)),
      })
      .strict(),
    escalation: z
      .object({
        frustrated_turns: z.number().int().positive(),
        low_confidence: ratio,
        low_retrieval_confidence: ratio,
        sensitive_intents: z.array(z.enum(INTENTS)),
        max_tool_denials: z.number().int().positive(),
        legal_terms: z.array(text),
        payment_dispute_threshold_cents: cents,
        enterprise_billing_to_human: z.boolean(),
      })
      .strict(),
    tools: z
      .object({
        refund: z.object({ cap_cents: cents, window_days: days, allowed_states: z.array(z.enum(ORDER_STATES)) }).strict(),
        return: z.object({ window_days: days, allowed_states: z.array(z.enum(ORDER_STATES)) }).strict(),
        cancel: z.object({ allowed_states: z.array(z.enum(ORDER_STATES)) }).strict(),
        change_address: z.object({ allowed_states: z.array(z.enum(ORDER_STATES)) }).strict(),
        goodwill_credit: z.object({ cap_cents: cents }).strict(),
        verification: z.object({ max_attempts: z.number().int().positive() }).strict(),
      })
      .strict(),
  })
  .strict();

export type SupportPolicy = z.infer<typeof supportPolicySchema>;

export const articleFrontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lowercase letters, digits and dashes"),
    title: text,
    topics: z.array(text).min(1),
    version: z.number().int().positive(),
    // YAML reads an unquoted 2026-05-01 as a Date; accept both spellings.
    updated: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).transform((value) =>
      typeof value === "string" ? value : value.toISOString().slice(0, 10),
    ),
    volatile: z.boolean().default(false),
  })
  .strict();

export type KnowledgeArticle = z.infer<typeof articleFrontMatterSchema> & {
  /** Markdown body without the front matter. */
  body: string;
  file: string;
};
