/**
 * The pipeline's own time per turn, read back from the traces the benchmark's turns wrote: every stage from
 * loading the conversation to the stored trace, on the local engine (so no model time to subtract).
 */
import { createAdapter, type DatabaseTarget } from "@/lib/db/connection";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { type Percentiles, percentiles } from "./chat-load";

export type PipelineTimes = { turns: number; totalMs: Percentiles; firstTokenMs: Percentiles };

/**
 * The traces written in each named window (from `since`, up to `until` when given), read with one connection: the
 * embedded database takes a second or two to open.
 */
export async function readPipelineTimes<Name extends string>(
  target: DatabaseTarget,
  windows: Record<Name, { since: Date; until?: Date }>,
): Promise<Record<Name, PipelineTimes>> {
  const handle = createAdapter(target);
  const prisma = new PrismaClient({ adapter: handle.adapter });
  try {
    const entries = Object.entries(windows) as Array<[Name, { since: Date; until?: Date }]>;
    const earliest = new Date(Math.min(...entries.map(([, window]) => window.since.getTime())));
    const traces = await prisma.turnTrace.findMany({
      where: { createdAt: { gte: earliest }, engine: "local" },
      select: { createdAt: true, durationMs: true, stages: true },
    });
    const times = ({ since, until }: { since: Date; until?: Date }): PipelineTimes => {
      const inWindow = traces.filter((trace) => trace.createdAt >= since && (!until || trace.createdAt < until));
      const firstTokens = inWindow.flatMap((trace) => {
        const value = (trace.stages as { timings?: { firstToken?: number } } | null)?.timings?.firstToken;
        return typeof value === "number" ? [value] : [];
      });
      return {
        turns: inWindow.length,
        totalMs: percentiles(inWindow.map((trace) => trace.durationMs)),
        firstTokenMs: percentiles(firstTokens),
      };
    };
    return Object.fromEntries(entries.map(([name, window]) => [name, times(window)])) as Record<Name, PipelineTimes>;
  } finally {
    await prisma.$disconnect();
    await handle.close();
  }
}
