/**
 * The supervisor's and the team's own traces in the demo history: staff signing in on working days, handoffs
 * judged needed or not, QA scores on a sample of conversations, each with its audit row.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PlannedConversation } from "./history-plan";
import type { Staff } from "./history-people";
import { randomStream } from "./random";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Handoffs a person would call unnecessary: the AI could have answered these from policy. */
const OFTEN_UNNEEDED = new Set(["policy_draft_only", "low_confidence", "low_retrieval_confidence", "turn_limit"]);

export async function simulateSupervision(
  prisma: PrismaClient,
  plans: PlannedConversation[],
  deps: { seed: number; now: Date; days: number; supervisor: Staff; staff: Array<Staff & { email: string }> },
): Promise<{ assessed: number; reviewed: number; signIns: number }> {
  const now = deps.now.getTime();
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  for (let day = deps.days; day >= 0; day--) {
    const date = new Date(now - day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const [i, person] of deps.staff.entries()) {
      const at = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 7 + i, (day * 7 + i * 13) % 60);
      if (at < now)
        audits.push({
          actorType: "staff",
          actorId: person.id,
          action: "auth.sign_in",
          target: person.email,
          createdAt: new Date(at),
        });
    }
  }
  const signIns = audits.length;

  const rows = await prisma.conversation.findMany({
    where: { id: { in: plans.map((p) => p.id) }, status: "resolved", resolutionPath: { not: "abandoned" } },
    select: { id: true, handoffReason: true, handoffAt: true, resolvedAt: true, resolutionPath: true, csatScore: true },
  });
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const assessments: Array<{ id: string; assessment: string; at: string }> = [];
  const reviews: Prisma.QaReviewCreateManyInput[] = [];
  for (const row of rows) {
    const plan = planOf.get(row.id)!;
    const r = randomStream(deps.seed, "history-supervision", plan.index);
    const at = row.resolvedAt!.getTime() + r.between(4, 60) * HOUR;
    if (at > now - 2 * HOUR) continue; // not reviewed yet
    if (row.handoffAt && r.chance(0.4)) {
      const assessment = r.chance(OFTEN_UNNEEDED.has(row.handoffReason ?? "") ? 0.45 : 0.08) ? "not_needed" : "needed";
      assessments.push({ id: row.id, assessment, at: new Date(at).toISOString() });
      audits.push({
        actorType: "staff",
        actorId: deps.supervisor.id,
        action: "handoff.assessed",
        target: `conversation:${row.id}`,
        details: { assessment, previous: null },
        createdAt: new Date(at),
      });
    }
    if (plan.fate.qa) {
      const weak = (row.csatScore ?? 4) <= 2 || row.resolutionPath === "ai_only";
      const score = () => (weak ? r.int(2, 4) : r.int(3, 5));
      const review = {
        conversationId: row.id,
        reviewerId: deps.supervisor.id,
        policyAccuracy: score(),
        tone: score(),
        resolution: score(),
        escalationAppropriate: score(),
        createdAt: new Date(at + HOUR),
      };
      reviews.push(review);
      audits.push({
        actorType: "staff",
        actorId: deps.supervisor.id,
        action: "qa.scored",
        target: `conversation:${row.id}`,
        details: {
          policyAccuracy: review.policyAccuracy,
          tone: review.tone,
          resolution: review.resolution,
          escalationAppropriate: review.escalationAppropriate,
        },
        createdAt: new Date(at + HOUR),
      });
    }
  }
  if (assessments.length) {
    await prisma.$executeRaw`
      UPDATE "Conversation" AS c SET "handoffAssessment" = v.assessment, "handoffAssessedById" = ${deps.supervisor.id}, "handoffAssessedAt" = v.at::timestamp
      FROM unnest(${assessments.map((a) => a.id)}::text[], ${assessments.map((a) => a.assessment)}::text[], ${assessments.map((a) => a.at)}::text[]) AS v(id, assessment, at)
      WHERE c.id = v.id`;
  }
  await prisma.qaReview.createMany({ data: reviews });
  await prisma.auditEvent.createMany({ data: audits });
  // The admin page's "last seen" agrees with the sign-ins above (a real sign-in moves it on).
  for (const person of deps.staff) {
    const last = audits.filter((a) => a.actorId === person.id && a.action === "auth.sign_in").at(-1)?.createdAt;
    if (last)
      await prisma.staffUser.updateMany({
        where: { id: person.id, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: last } }] },
        data: { lastSeenAt: last },
      });
  }
  return { assessed: assessments.length, reviewed: reviews.length, signIns };
}
