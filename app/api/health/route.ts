import { db } from "@/lib/db/client";
import { pingDatabase } from "@/lib/db/health";
import { engineStatus } from "@/lib/engines/select";
import { log } from "@/lib/log";
import { pipelineRuntime } from "@/lib/pipeline/runtime";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: the database answers and the policy set is loaded. */
export async function GET() {
  try {
    await pingDatabase(db());
    const { policySet } = pipelineRuntime();
    return Response.json({ ok: true, policyVersion: policySet.version, engine: engineStatus().engine });
  } catch (error) {
    log.error("health.failed", { error });
    return Response.json({ ok: false }, { status: 503 });
  }
}
