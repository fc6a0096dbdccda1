import { readFileSync } from "node:fs";
import { z } from "zod";
import { ESCALATION_REASONS } from "@/lib/pipeline/escalate";
import { PII_TYPES } from "@/lib/signals/pii";
import { INTENTS } from "@/lib/policy/schema";
import { TIERS } from "./scenarios";

/**
 * One labelled customer message of evals/messages.jsonl (format in evals/README.md): the intent, whether it is an
 * injection attempt, every piece of PII with its exact value, and the escalation the policy requires.
 */
export const evalMessageSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1).max(4000),
    intent: z.enum(INTENTS),
    escalate: z
      .object({ now: z.boolean(), reason: z.enum(ESCALATION_REASONS).nullable() })
      .strict()
      .refine((e) => e.now === (e.reason !== null), "an escalation has a reason, and only an escalation has one"),
    injection: z.boolean(),
    pii: z.array(z.object({ type: z.enum(PII_TYPES), value: z.string().min(1) }).strict()),
    tier: z.enum(TIERS).optional(),
    /** ISO 639-1 code of the message's language; omitted means English. */
    lang: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    /** Free-form labels for slicing the report, e.g. "lookalike" (benign text that resembles an attack). */
    tags: z.array(z.string().min(1)).optional(),
    history: z
      .array(z.object({ role: z.enum(["customer", "ai", "agent", "system"]), text: z.string() }).strict())
      .optional(),
  })
  .strict();

export type EvalMessage = z.infer<typeof evalMessageSchema>;

export type LoadedMessages = { messages: EvalMessage[]; errors: Array<{ line: number; error: string }> };

/** Reads a JSON Lines file of labelled messages; invalid lines are reported with their line number, not thrown. */
export function readEvalMessages(file: string): LoadedMessages {
  const messages: EvalMessage[] = [];
  const errors: LoadedMessages["errors"] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        errors.push({ line: i + 1, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      const parsed = evalMessageSchema.safeParse(value);
      if (parsed.success) messages.push(parsed.data);
      else
        errors.push({
          line: i + 1,
          error: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
        });
    });
  return { messages, errors };
}
