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

/** What can be wrong with an item the customer received (or did not). */
export const ITEM_PROBLEMS = ["damaged", "defective", "missing", "wrong_item"] as const;
export type ItemProblem = (typeof ITEM_PROBLEMS)[number];
/** on_receipt is the one timing the tools implement: a return's refund waits for the parcel and its inspection. */
export const REFUND_TIMINGS = ["on_receipt"] as const;

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
    retrieval: z
      .object({ min_score: ratio, stale_after_days: days, max_sources: z.number().int().min(1).max(5) })
      .strict(),
    prohibited: z.object({ topics: z.array(text), phrases: z.array(text) }).strict(),
    automation: z
      .object({
        default: z.enum(AUTOMATION_MODES),
        intents: z.partialRecord(z.enum(INTENTS), z.enum(AUTOMATION_MODES)),
        /**
         * How a plain question is handled when its intent is `draft_only`: `autonomous` lets the AI answer it when
         * the articles do ("Which payment methods do you accept?"), while requests and disputes still go to a person;
         * `intent` keeps the intent's mode for questions too.
         */
        questions: z.enum(["autonomous", "intent"]).default("autonomous"),
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
        refund: z
          .object({
            cap_cents: cents,
            window_days: days,
            allowed_states: z.array(z.enum(ORDER_STATES)),
            /** The problems for which the AI may refund without a return (the customer keeps or never got the item). */
            direct_problems: z.array(z.enum(ITEM_PROBLEMS)).default(["damaged", "defective", "missing", "wrong_item"]),
            /** Original shipping is refunded only for these problems (our mistake), never for a change of mind. */
            shipping_refunded_for: z.array(z.enum(ITEM_PROBLEMS)).default(["damaged", "defective", "wrong_item"]),
          })
          .strict(),
        return: z
          .object({
            window_days: days,
            allowed_states: z.array(z.enum(ORDER_STATES)),
            /** on_receipt: a return's refund is issued when the parcel arrives and passes inspection. */
            refund_timing: z.enum(REFUND_TIMINGS).default("on_receipt"),
          })
          .strict(),
        exchange: z
          .object({ window_days: days, allowed_states: z.array(z.enum(ORDER_STATES)) })
          .strict()
          .default({ window_days: 30, allowed_states: ["delivered"] }),
        modify_items: z
          .object({ allowed_states: z.array(z.enum(ORDER_STATES)) })
          .strict()
          .default({ allowed_states: ["pending", "processing"] }),
        cancel: z.object({ allowed_states: z.array(z.enum(ORDER_STATES)) }).strict(),
        change_address: z.object({ allowed_states: z.array(z.enum(ORDER_STATES)) }).strict(),
        /** The verified customer's default address: no order, so no state rule. */
        update_address: z.object({}).strict().default({}),
        goodwill_credit: z.object({ cap_cents: cents }).strict(),
        verification: z.object({ max_attempts: z.number().int().positive() }).strict(),
        /** Write tools the AI may run without the customer confirming a proposal first. */
        confirmation_exempt: z.array(text).default(["resend_confirmation"]),
        /** How long a proposal waits for the customer's yes. */
        proposal_ttl_minutes: z.number().int().positive().default(30),
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
    updated: z
      .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
      .transform((value) => (typeof value === "string" ? value : value.toISOString().slice(0, 10))),
    volatile: z.boolean().default(false),
  })
  .strict();

export type KnowledgeArticle = z.infer<typeof articleFrontMatterSchema> & {
  /** Markdown body without the front matter. */
  body: string;
  file: string;
};
