import "server-only";
import { env } from "@/lib/env";
import { loadPolicySet, type PolicySet } from "./load";

/**
 * The policy set the running app uses, loaded and validated once at start (instrumentation.ts calls this so a
 * broken file stops the server before it takes traffic).
 */
const holder = globalThis as { __tandemPolicy?: PolicySet };

export function currentPolicy(): PolicySet {
  holder.__tandemPolicy ??= loadPolicySet(env().TANDEM_POLICY_DIR);
  return holder.__tandemPolicy;
}
