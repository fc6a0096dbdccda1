import "server-only";
import { env } from "@/lib/env";
import { singleton } from "@/lib/singleton";
import { loadPolicySet, type PolicySet } from "./load";

/**
 * The policy set the running app uses, loaded and validated once at start (instrumentation.ts calls this so a
 * broken file stops the server before it takes traffic).
 */
export function currentPolicy(): PolicySet {
  return singleton("policy", () => loadPolicySet(env().TANDEM_POLICY_DIR));
}
