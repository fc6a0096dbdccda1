import type { Dashboard } from "@/lib/metrics/dashboard";
import { DEFINITIONS } from "@/lib/metrics/definitions";
import { count, decimal, duration, pct, usd } from "@/lib/metrics/format";
import { type OutcomeRow, outcomeRates } from "@/lib/metrics/outcomes";
import { KpiCard } from "./panel";

/** The dashboard's headline figures for the range: resolution, escalation, satisfaction, overrides, time and cost. */
export function KpiGrid({
  overall,
  escalations,
  overrides,
  cost,
}: { overall: OutcomeRow } & Pick<Dashboard, "escalations" | "overrides" | "cost">) {
  const rates = outcomeRates(overall);
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="kpis">
      <KpiCard
        testId="kpi-durable"
        label="Durable resolution"
        value={pct(rates.durableRate)}
        tone="good"
        definition={DEFINITIONS.durable}
        detail={`${count(overall.durable)} of ${count(overall.settled)} settled · ${count(overall.pending)} still in their 7 days`}
      />
      <KpiCard
        testId="kpi-recontact"
        label="Re-contact within 7 days"
        value={pct(rates.recontactRate)}
        tone="warn"
        definition={DEFINITIONS.recontact}
        detail={`${count(overall.recontacted)} resolutions came back on the same issue`}
      />
      <KpiCard
        testId="kpi-fcr"
        label="First-contact resolution"
        value={pct(rates.fcrRate)}
        definition={DEFINITIONS.fcr}
        detail={`${count(overall.firstContactsDurable)} of ${count(overall.firstContactsSettled)} first contacts`}
      />
      <KpiCard
        testId="kpi-escalation"
        label="Escalated to a person"
        value={pct(escalations.rate)}
        definition={DEFINITIONS.escalation}
        detail={
          escalations.needed + escalations.notNeeded
            ? `${pct(escalations.appropriateness)} judged needed (${escalations.needed + escalations.notNeeded} marked)`
            : "No handoffs judged yet"
        }
      />
      <KpiCard
        testId="kpi-csat"
        label="CSAT"
        value={overall.rated ? `${decimal(overall.csatAvg)} / 5` : "—"}
        definition={DEFINITIONS.csat}
        detail={`${pct(rates.satisfiedRate)} satisfied · ${count(overall.rated)} ratings`}
      />
      <KpiCard
        testId="kpi-override"
        label="Human override"
        value={pct(overrides.rate)}
        tone="warn"
        definition={DEFINITIONS.override}
        detail={`${count(overrides.overrides)} of ${count(overrides.draftsDecided + overrides.actionsDecided)} drafts and actions decided`}
      />
      <KpiCard
        testId="kpi-handle"
        label="Handle time (median)"
        value={duration(overall.handleSeconds)}
        definition={DEFINITIONS.handleTime}
        detail={`First human reply ${duration(overall.firstReplySeconds)} · ${decimal(overall.turnsAvg)} AI turns per conversation`}
      />
      <KpiCard
        testId="kpi-cost"
        label="Cost per durable resolution"
        value={overall.durable ? usd(cost.costUsd / overall.durable) : "—"}
        definition={DEFINITIONS.cost}
        detail={
          cost.inputTokens + cost.outputTokens
            ? `${usd(cost.costUsd)} for ${count(cost.inputTokens + cost.outputTokens)} model tokens`
            : "The local engine answered: no model cost"
        }
      />
    </div>
  );
}
