import "server-only";
import { qaRow } from "@/lib/db/metrics";
import type { Db } from "@/lib/db/types";
import type { MetricsRange } from "./range";
import { num, numOrNull } from "./sql";

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
  const row = await qaRow(prisma, range);
  return {
    reviews: num(row?.reviews),
    conversations: num(row?.conversations),
    policyAccuracy: numOrNull(row?.policy),
    tone: numOrNull(row?.tone),
    resolution: numOrNull(row?.resolution),
    escalationAppropriate: numOrNull(row?.escalation),
  };
}
