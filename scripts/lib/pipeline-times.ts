/**
 * The pipeline's own time per turn, read back from the traces the benchmark's turns wrote: every stage from
 * loading the conversation to the stored trace, on the local engine (so no model time to subtract).
 */
import { createAdapter, type DatabaseTarget } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Percentiles } from "./chat-load";

export type PipelineTimes = { turns: number; totalMs: Percentiles; firstTokenMs: Percentiles };

/** Traces written from `since` (up to `until`, when given). */
export async function readPipelineTimes(target: DatabaseTarget, since: Date, until?: Date): Promise<PipelineTimes> {
  const handle = createAdapter(target);
  const prisma = new PrismaClient({ adapter: handle.adapter });
  try {
    const traces = await prisma.turnTrace.findMany({ where: { createdAt: { gte: since, ...(until ? { lt: until } : {}) }, engine: "local" }, select: { durationMs: true, stages: true } });
    const totals = traces.map((trace) => trace.durationMs);
    const firstTokens = traces.flatMap((trace) => {
      const value = (trace.stages as { timings?: { firstToken?: number } } | null)?.timings?.firstToken;
      return typeof value === "number" ? [value] : [];
    });
    return { turns: traces.length, totalMs: percentiles(totals), firstTokenMs: percentiles(firstTokens) };
  } finally {
    await prisma.$disconnect();
    await handle.close();
  }
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
