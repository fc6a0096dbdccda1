import "server-only";
import {
  analyzeRollups,
  changedConversationIds,
  deleteUncountedRollups,
  replaceWeakAnswers,
  updateContactFlags,
  upsertRollupRows,
} from "@/lib/db/metrics-rollup";
import { readSetting, writeSetting } from "@/lib/db/settings";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { singleton } from "@/lib/singleton";
import { HEAVY_EDIT_RATIO, RECONTACT_WINDOW_DAYS } from "./definitions";

/**
 * The metrics roll-up (DESIGN.md: "metrics roll-ups run as jobs in the same database"): one narrow row per
 * conversation in ConversationRollup and one row per weakly grounded AI answer in WeakAnswer, derived from the
 * conversations, turn traces, drafts and action requests with set-based SQL (lib/db/metrics-rollup.ts). The
 * dashboard's queries aggregate these instead of reading trace JSON and sorting every conversation, which keeps each
 * under 300 ms at 100k conversations (`npm run bench -- --suite metrics`).
 *
 * A refresh is incremental: it redoes the conversations changed since the last run (updatedAt, new traces,
 * decided drafts and action requests, with a two-minute overlap for transactions that committed late) and the
 * re-contact flags of every conversation of their customers. The first run, or more than FULL_REFRESH_ABOVE
 * changes, rebuilds everything. Every statement is an idempotent upsert, so two refreshes at once are harmless.
 */
export type RefreshResult = { mode: "full" | "incremental" | "none"; conversations: number; ms: number };

const WATERMARK_KEY = "metrics.rollup.watermark";
/** Bump when what the roll-up derives changes: a stored watermark of another version rebuilds everything. */
const ROLLUP_VERSION = 2;
const OVERLAP_MS = 2 * 60_000;
const FULL_REFRESH_ABOVE = 5_000;
/** Answers whose best article scored below this are kept as WeakAnswer rows; the report filters by the policy. */
export const GAP_CEILING = 0.5;

export async function refreshRollups(prisma: PrismaClient, options: { full?: boolean } = {}): Promise<RefreshResult> {
  const started = performance.now();
  const startedAt = new Date();
  const watermark = options.full ? null : await readSetting(prisma, WATERMARK_KEY);
  let ids: string[] | null = null;
  const [version, at] = (watermark ?? "").split("|");
  if (watermark !== null && Number(version) === ROLLUP_VERSION && at) {
    const changed = await changedConversationIds(prisma, new Date(Date.parse(at) - OVERLAP_MS));
    if (changed.length === 0) {
      await saveWatermark(prisma, startedAt);
      return { mode: "none", conversations: 0, ms: performance.now() - started };
    }
    if (changed.length <= FULL_REFRESH_ABOVE) ids = changed;
  }

  await deleteUncountedRollups(prisma, ids);
  const conversations = await upsertRollupRows(prisma, ids, HEAVY_EDIT_RATIO);
  await updateContactFlags(prisma, ids, RECONTACT_WINDOW_DAYS);
  await replaceWeakAnswers(prisma, ids, GAP_CEILING);
  // A rebuilt table has new statistics, and the planner's row estimates matter here.
  if (!ids) await analyzeRollups(prisma);
  await saveWatermark(prisma, startedAt);
  return { mode: ids ? "incremental" : "full", conversations, ms: performance.now() - started };
}

/** At most one refresh per interval per process before a dashboard read: the figures lag by seconds at most. */
const freshness = () =>
  singleton("metrics.rollup.freshness", () => ({ refreshedAt: 0, running: null as Promise<RefreshResult> | null }));

export async function ensureFreshRollups(prisma: PrismaClient, maxAgeMs = 10_000): Promise<void> {
  const state = freshness();
  if (state.running) {
    await state.running;
    return;
  }
  if (state.refreshedAt && Date.now() - state.refreshedAt < maxAgeMs) return;
  state.running = refreshRollups(prisma);
  try {
    await state.running;
    state.refreshedAt = Date.now();
  } finally {
    state.running = null;
  }
}

function saveWatermark(prisma: PrismaClient, at: Date): Promise<void> {
  return writeSetting(prisma, WATERMARK_KEY, `${ROLLUP_VERSION}|${at.toISOString()}`);
}
