/**
 * `npm run eval -- --cases`: the evaluation cases supervisors saved from corrected AI answers, read from the
 * database the app uses (DATABASE_URL, else TANDEM_DATA_DIR; the environment, then `.env.local`). The embedded
 * database allows one process at a time: stop Tandem first, or export the cases as JSONL from the review page and
 * run them with `npm run eval -- --scenarios <file>`.
 */
import { createAdapter, databaseTarget, describeTarget } from "@/lib/db/connection";
import { env } from "@/lib/env";
import { readSavedCases } from "@/lib/eval/cases";
import type { Scenario } from "@/lib/eval/scenarios";
import { PrismaClient } from "@/lib/generated/prisma/client";

export async function loadSavedCases(): Promise<{
  database: string;
  scenarios: Scenario[];
  errors: Array<{ id: string; error: string }>;
}> {
  // Only now: reading .env.local is for finding the app's database, not for the rest of the evaluation.
  await import("./load-env");
  const target = databaseTarget(env());
  const handle = createAdapter(target);
  const prisma = new PrismaClient({ adapter: handle.adapter });
  try {
    return { database: describeTarget(target), ...(await readSavedCases(prisma)) };
  } finally {
    await prisma.$disconnect();
    await handle.close();
  }
}
