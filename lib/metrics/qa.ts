import "server-only";
import type { MetricsRange } from "./range";
import { type Db, num, numOrNull } from "./sql";

/** Average QA rubric scores (1–5) of the reviewed conversations started in the range. */
export type QaSummary = {
  reviews: number;
  conversations: number;
  policyAccuracy: number | null;
  tone: number | null;
  resolution: number | null;
  escalationAppropriate: number | null;
};

export async function qaSummary(prisma: Db, range: MetricsRange): Promise<QaSummary> {
  const [row] = await prisma.$queryRaw<Array<Record<string, unknown>>>`
    SELECT count(*)::int AS reviews, count(DISTINCT q."conversationId")::int AS conversations,
           avg(q."policyAccuracy")::float8 AS policy, avg(q.tone)::float8 AS tone,
           avg(q.resolution)::float8 AS resolution, avg(q."escalationAppropriate")::float8 AS escalation
    FROM "QaReview" q
    JOIN "ConversationRollup" r ON r."conversationId" = q."conversationId"
    WHERE r."createdAt" >= ${range.from} AND r."createdAt" < ${range.to}`;
  return {
    reviews: num(row?.reviews),
    conversations: num(row?.conversations),
    policyAccuracy: numOrNull(row?.policy),
    tone: numOrNull(row?.tone),
    resolution: numOrNull(row?.resolution),
    escalationAppropriate: numOrNull(row?.escalation),
  };
}
