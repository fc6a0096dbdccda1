import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import {
  conversationExists,
  findHandoffState,
  insertEvaluationCase,
  insertQaReview,
  setHandoffAssessment,
} from "@/lib/db/review";
import { transaction } from "@/lib/db/transaction";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildEvalCase, type EvalCaseInput } from "./eval-case";

/**
 * What a supervisor records about a conversation: a QA score against the rubric, a judgement of the AI's handoff,
 * and evaluation cases from corrected answers. Each write and its audit row commit together. The server actions in
 * app/(console)/supervisor/actions.ts check the session and role, then call these.
 */
export type Supervisor = { id: string; name: string };

export class ReviewError extends UserFacingError<"not_found" | "no_handoff"> {}

const score = z.coerce.number().int().min(1).max(5);

export const qaInputSchema = z.object({
  conversationId: z.string().min(1).max(64),
  policyAccuracy: score,
  tone: score,
  resolution: score,
  escalationAppropriate: score,
  notes: z.string().trim().max(2000).optional(),
});
export type QaInput = z.infer<typeof qaInputSchema>;

/** The rubric, in the words the form and the review page show. */
export const RUBRIC = [
  { key: "policyAccuracy", label: "Policy accuracy", hint: "Every claim matches policy or account data" },
  { key: "tone", label: "Tone", hint: "Clear, kind, on brand" },
  { key: "resolution", label: "Resolution", hint: "The customer's problem was actually solved" },
  { key: "escalationAppropriate", label: "Escalation", hint: "Handed over when, and only when, it should have been" },
] as const;

export async function scoreConversation(
  prisma: PrismaClient,
  supervisor: Supervisor,
  input: QaInput,
): Promise<{ id: string }> {
  return transaction(prisma, async (tx) => {
    if (!(await conversationExists(tx, input.conversationId)))
      throw new ReviewError("not_found", "That conversation no longer exists.");
    const review = await insertQaReview(tx, {
      conversationId: input.conversationId,
      reviewerId: supervisor.id,
      policyAccuracy: input.policyAccuracy,
      tone: input.tone,
      resolution: input.resolution,
      escalationAppropriate: input.escalationAppropriate,
      notes: input.notes || null,
    });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: supervisor.id,
      action: "qa.scored",
      target: `conversation:${input.conversationId}`,
      details: {
        qaReviewId: review.id,
        policyAccuracy: input.policyAccuracy,
        tone: input.tone,
        resolution: input.resolution,
        escalationAppropriate: input.escalationAppropriate,
      },
    });
    return review;
  });
}

export const handoffInputSchema = z.object({
  conversationId: z.string().min(1).max(64),
  assessment: z.enum(["needed", "not_needed"]),
});
export type HandoffInput = z.infer<typeof handoffInputSchema>;

/** A person's judgement of the AI's handoff (escalation appropriateness); a later judgement replaces an earlier one. */
export async function assessHandoff(prisma: PrismaClient, supervisor: Supervisor, input: HandoffInput): Promise<void> {
  await transaction(prisma, async (tx) => {
    const current = await findHandoffState(tx, input.conversationId);
    if (!current) throw new ReviewError("not_found", "That conversation no longer exists.");
    if (!current.handoffAt)
      throw new ReviewError(
        "no_handoff",
        "The AI never handed this conversation over, so there is no handoff to judge.",
      );
    await setHandoffAssessment(tx, input.conversationId, {
      handoffAssessment: input.assessment,
      handoffAssessedById: supervisor.id,
      handoffAssessedAt: new Date(),
    });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: supervisor.id,
      action: "handoff.assessed",
      target: `conversation:${input.conversationId}`,
      details: { assessment: input.assessment, previous: current.handoffAssessment },
    });
  });
}

/** Saves a corrected AI answer as an evaluation case that `npm run eval -- --cases` replays. */
export async function saveEvalCase(
  prisma: PrismaClient,
  supervisor: Supervisor,
  input: EvalCaseInput,
): Promise<{ id: string }> {
  const record = await buildEvalCase(prisma, input);
  return transaction(prisma, async (tx) => {
    const row = await insertEvaluationCase(tx, { ...record, createdBy: supervisor.id });
    await recordAudit(tx, {
      actorType: "staff",
      actorId: supervisor.id,
      action: "eval_case.created",
      target: `conversation:${input.conversationId}`,
      details: { evaluationCaseId: row.id, messageId: input.messageId },
    });
    return row;
  });
}
