import type { Metadata } from "next";
import { Badge, type BadgeTone } from "@/components/badge";
import { requireStaffPage } from "@/lib/auth/require-staff";
import { db } from "@/lib/db/client";
import { recentPolicyVersions } from "@/lib/governance/policy-versions";
import { count, intentName } from "@/lib/metrics/format";
import { currentPolicy } from "@/lib/policy/current";
import { INTENTS } from "@/lib/policy/schema";
import { isStale } from "@/lib/knowledge/retrieve";
import { automationMode } from "@/lib/pipeline/route";
import { Panel } from "../panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Policies · Tandem" };

const MODE: Record<string, { label: string; tone: BadgeTone }> = {
  autonomous: { label: "AI answers", tone: "brand" },
  draft_only: { label: "AI drafts, a person sends", tone: "info" },
  human_only: { label: "Straight to a person", tone: "success" },
};
const money = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 0 })}`;
const list = (items: readonly string[]) => items.map((item) => item.replace(/_/g, " ")).join(", ");

/** The policy the AI runs on right now: its version, automation per intent, escalation rules, limits, knowledge. */
export default async function PoliciesPage() {
  await requireStaffPage("supervisor", "/supervisor/policies");
  const { policy, articles, version, dir } = currentPolicy();
  const now = new Date();
  const versions = await recentPolicyVersions(db(), new Date(now.getTime() - 30 * 86_400_000));
  const e = policy.escalation;
  const t = policy.tools;

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Policies</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Loaded version{" "}
          <code
            className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-ink"
            data-testid="policy-version"
          >
            {version}
          </code>{" "}
          from <code className="font-mono text-xs">{dir}</code>: {articles.length} knowledge articles. Changing a rule
          is an edit to these files; every AI turn records the version it used.
        </p>
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Panel
          testId="policy-automation"
          title="Automation mode per intent"
          description={`Intents not listed use the default: ${MODE[policy.automation.default]?.label}.`}
        >
          <table className="w-full text-sm">
            <tbody className="divide-y divide-line">
              {INTENTS.map((intent) => {
                const mode = automationMode(policy, intent);
                return (
                  <tr key={intent}>
                    <td className="py-2 text-ink">{intentName(intent)}</td>
                    <td className="py-2 text-right">
                      <Badge tone={MODE[mode]?.tone ?? "neutral"}>{MODE[mode]?.label ?? mode}</Badge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Panel>

        <div className="space-y-6">
          <Panel
            testId="policy-escalation"
            title="Escalation"
            description="When the AI hands a conversation to a person."
          >
            <Settings
              rows={[
                ["Frustrated turns in a row", String(e.frustrated_turns)],
                ["Low triage confidence below", String(e.low_confidence)],
                ["Low retrieval confidence below", String(e.low_retrieval_confidence)],
                ["Sensitive intents", list(e.sensitive_intents)],
                ["Refused actions before handoff", String(e.max_tool_denials)],
                ["Turns before handoff", String(policy.limits.max_turns_before_handoff)],
                ["Payment disputes from", money(e.payment_dispute_threshold_cents)],
                ["Enterprise billing to a person", e.enterprise_billing_to_human ? "yes" : "no"],
                [
                  "Legal terms",
                  e.legal_terms.length > 10
                    ? `${e.legal_terms.slice(0, 10).join(", ")} and ${e.legal_terms.length - 10} more`
                    : e.legal_terms.join(", "),
                ],
              ]}
            />
          </Panel>
          <Panel
            testId="policy-tools"
            title="What the AI may do alone"
            description="Checked in code at each tool, whatever the model says."
          >
            <Settings
              rows={[
                [
                  "Refund",
                  `up to ${money(t.refund.cap_cents)}, within ${t.refund.window_days} days, when ${list(t.refund.allowed_states)}`,
                ],
                ["Return", `within ${t.return.window_days} days, when ${list(t.return.allowed_states)}`],
                ["Cancel", `when ${list(t.cancel.allowed_states)}`],
                ["Change address", `when ${list(t.change_address.allowed_states)}`],
                ["Goodwill credit", `up to ${money(t.goodwill_credit.cap_cents)}`],
                ["Identity checks", `${t.verification.max_attempts} attempts`],
              ]}
            />
          </Panel>
          <Panel testId="policy-guardrails" title="Guardrails">
            <Settings
              rows={[
                ["Prohibited topics", list(policy.prohibited.topics)],
                ["Prohibited phrases", policy.prohibited.phrases.map((p) => `“${p}”`).join(", ")],
                [
                  "Sources per answer",
                  `${policy.retrieval.max_sources}, scoring at least ${policy.retrieval.min_score}`,
                ],
                ["Volatile articles stale after", `${policy.retrieval.stale_after_days} days`],
              ]}
            />
          </Panel>
        </div>
      </div>

      <Panel
        testId="policy-articles"
        title="Knowledge articles"
        description="What the AI answers from, with versions; volatile articles older than the staleness limit are flagged (and shown to customers as such)."
      >
        <div className="-mx-5 overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="border-y border-line bg-surface-muted/60 text-left text-xs font-medium tracking-wide text-ink-subtle uppercase">
              <tr>
                <th className="py-2 pr-3 pl-5">Article</th>
                <th className="px-3 py-2">Version</th>
                <th className="px-3 py-2">Updated</th>
                <th className="px-3 py-2">Topics</th>
                <th className="py-2 pr-5 pl-3 text-right">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {articles.map((a) => {
                const stale = isStale(a, policy.retrieval.stale_after_days, now);
                return (
                  <tr key={a.id} data-testid="policy-article">
                    <td className="py-2.5 pr-3 pl-5">
                      <span className="font-medium text-ink">{a.title}</span>{" "}
                      <code className="font-mono text-xs text-ink-subtle">{a.id}</code>
                    </td>
                    <td className="px-3 py-2.5 tabular-nums">v{a.version}</td>
                    <td className="px-3 py-2.5 text-ink-muted tabular-nums">{a.updated}</td>
                    <td className="max-w-xs truncate px-3 py-2.5 text-xs text-ink-muted">{a.topics.join(", ")}</td>
                    <td className="py-2.5 pr-5 pl-3 text-right">
                      {stale ? (
                        <Badge tone="warning">Stale</Badge>
                      ) : a.volatile ? (
                        <Badge tone="info">Volatile, current</Badge>
                      ) : (
                        <Badge tone="success">Current</Badge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Panel>

      <Panel
        testId="policy-versions"
        title="Versions in use, last 30 days"
        description="From the turn traces: which policy each AI answer was given under."
      >
        {versions.length ? (
          <ul className="divide-y divide-line text-sm">
            {versions.map((v) => (
              <li key={v.version} className="flex items-center justify-between gap-3 py-2">
                <span>
                  <code className="font-mono text-xs text-ink">{v.version}</code>
                  {v.version === version ? (
                    <Badge tone="brand" className="ml-2">
                      loaded now
                    </Badge>
                  ) : null}
                </span>
                <span className="text-xs text-ink-muted tabular-nums">
                  {count(v.turns)} turns · {v.first?.slice(0, 10)} to {v.last?.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">No AI turns in the last 30 days.</p>
        )}
      </Panel>
    </div>
  );
}

function Settings({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className="divide-y divide-line text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-4 py-2">
          <dt className="text-ink-muted">{label}</dt>
          <dd className="text-right text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
