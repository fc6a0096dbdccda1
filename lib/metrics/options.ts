import "server-only";
import { env } from "@/lib/env";
import { currentPolicy } from "@/lib/policy/current";
import type { DashboardOptions } from "./dashboard";
import { priceTable } from "./prices";

/** The dashboard's settings from the running configuration: model prices (TANDEM_MODEL_PRICES) and the policy. */
export function dashboardOptions(): DashboardOptions {
  return {
    prices: priceTable(env().TANDEM_MODEL_PRICES),
    lowRetrievalConfidence: currentPolicy().policy.escalation.low_retrieval_confidence,
  };
}
