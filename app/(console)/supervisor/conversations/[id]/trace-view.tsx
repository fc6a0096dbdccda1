import { Badge, type BadgeTone } from "@/components/badge";
import { intentName, reasonName, violationName } from "@/lib/metrics/format";
import type { ReviewTrace } from "@/lib/review/detail";
import { Timings } from "./trace-timings";

/**
 * One AI turn's trace, stage by stage (lib/pipeline/trace.ts): screen, triage, route, retrieved articles with
 * scores, tool calls with their decisions, validation, the escalation decision, timings, tokens, engine and policy
 * version. A <details> element, so it opens without JavaScript; the summary line says what happened at a glance.
 */
const DECISION_TONES: Record<string, BadgeTone> = { allowed: "success", denied: "danger", needs_approval: "warning" };
const ROUTE_TONES: Record<string, BadgeTone> = { answer: "brand", refuse: "warning", draft: "info", handoff: "info" };

export function TraceView({ trace, turn, open = false }: { trace: ReviewTrace; turn: number; open?: boolean }) {
  const s = trace.stages;
  const violations = s.validate?.violations ?? [];
  return (
    <details
      className="group rounded-lg border border-line bg-surface-muted/50 text-[13px] open:bg-surface"
      data-testid="trace"
      open={open}
    >
      <summary
        className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2 text-ink-muted select-none hover:text-ink"
        data-testid="trace-toggle"
      >
        <span
          className="font-mono text-[11px] text-ink-subtle transition-transform group-open:rotate-90"
          aria-hidden="true"
        >
          ▶
        </span>
        <span className="font-medium text-ink">Turn {turn} trace</span>
        {s.triage ? (
          <span>
            {intentName(s.triage.intent)} ({Math.round((s.triage.confidence ?? 0) * 100)}%)
          </span>
        ) : null}
        {s.route ? <Badge tone={ROUTE_TONES[s.route.action] ?? "neutral"}>{s.route.action}</Badge> : null}
        {s.tools?.map((call, i) => (
          <Badge key={i} tone={DECISION_TONES[call.decision] ?? "neutral"}>
            {call.tool} {call.decision.replace("_", " ")}
          </Badge>
        ))}
        {violations.length ? <Badge tone="danger">{violations.length} blocked</Badge> : null}
        {s.screen?.injection?.flagged ? <Badge tone="danger">manipulation flagged</Badge> : null}
        {s.escalate?.now ? <Badge tone="info">handoff: {reasonName(s.escalate.reason)}</Badge> : null}
        <span className="ml-auto text-xs tabular-nums">{trace.durationMs} ms</span>
      </summary>
      <div className="grid gap-4 border-t border-line px-3 py-3 md:grid-cols-2" data-testid="trace-body">
        <Stage title="Engine">
          <Facts
            items={[
              ["Engine", trace.engine],
              ["Model", trace.model ?? "—"],
              [
                "Policy version",
                <code key="v" className="font-mono text-xs" data-testid="trace-policy-version">
                  {trace.policyVersion}
                </code>,
              ],
              [
                "Tokens",
                `${trace.inputTokens.toLocaleString("en-US")} in · ${trace.outputTokens.toLocaleString("en-US")} out`,
              ],
              ...(trace.fallbackReason
                ? ([["Fell back", trace.fallbackReason]] as Array<[string, React.ReactNode]>)
                : []),
            ]}
          />
        </Stage>
        <Stage title="Screen">
          <Facts
            items={[
              [
                "Manipulation",
                s.screen?.injection?.flagged
                  ? `flagged (${s.screen.injection.score}) ${(s.screen.injection.reasons ?? []).join(", ")}`
                  : "none",
              ],
              [
                "Personal data",
                s.screen?.pii?.length ? s.screen.pii.map((p) => `${p.type} ${p.masked}`).join(", ") : "none",
              ],
              ["Length", `${s.screen?.chars ?? 0} characters`],
            ]}
          />
        </Stage>
        <Stage title="Triage">
          <Facts
            items={[
              [
                "Intent",
                s.triage ? `${intentName(s.triage.intent)}, confidence ${s.triage.confidence?.toFixed(2)}` : "—",
              ],
              ["Sentiment", s.triage ? `${s.triage.sentiment}, urgency ${s.triage.urgency}` : "—"],
              ["Language, complexity", s.triage ? `${s.triage.language}, ${s.triage.complexity}` : "—"],
              ["Entities", entitiesText(s.triage?.entities)],
            ]}
          />
        </Stage>
        <Stage title="Route">
          <Facts
            items={[
              ["Automation mode", s.route?.mode ?? "—"],
              ["Action", s.route?.action ?? "—"],
            ]}
          />
        </Stage>
        <Stage title="Request and proposal">
          <Facts
            items={[
              ["Understood as", requestsText(s.understand?.requests)],
              ["Answer to a proposal", s.proposal?.answered ?? "—"],
              ["Proposed", s.proposal?.offered.length ? s.proposal.offered.map((p) => p.tool).join(", ") : "nothing"],
            ]}
          />
          {s.proposal?.offered.length ? (
            <ul className="mt-1.5 list-disc space-y-0.5 pl-4 text-xs text-ink-muted" data-testid="trace-proposal">
              {s.proposal.offered
                .flatMap((p) => p.lines)
                .map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
            </ul>
          ) : null}
        </Stage>
        <Stage title="Retrieved articles" wide>
          {s.retrieve?.length ? (
            <table className="w-full text-left text-xs" data-testid="trace-articles">
              <tbody className="divide-y divide-line">
                {s.retrieve.map((a) => (
                  <tr key={a.id}>
                    <td className="py-1 pr-2 text-ink">
                      {a.title} <span className="text-ink-subtle">v{a.version}</span>
                      {a.stale ? (
                        <Badge tone="warning" className="ml-1">
                          stale
                        </Badge>
                      ) : null}
                      {a.used ? (
                        <Badge tone="brand" className="ml-1">
                          cited
                        </Badge>
                      ) : null}
                    </td>
                    <td className="w-40 py-1">
                      <div className="flex items-center gap-2">
                        <div className="h-1.5 flex-1 rounded-full bg-surface-muted">
                          <div
                            className="h-1.5 rounded-full bg-brand-400"
                            style={{ width: `${Math.min(100, a.score * 100)}%` }}
                          />
                        </div>
                        <span className="w-10 text-right tabular-nums">{a.score.toFixed(2)}</span>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-xs text-ink-muted">Retrieval did not run on this turn.</p>
          )}
        </Stage>
        <Stage title="Tool calls" wide>
          {s.tools?.length ? (
            <ul className="space-y-1.5 text-xs" data-testid="trace-tools">
              {s.tools.map((call, i) => (
                <li key={i} className="flex flex-wrap items-center gap-2">
                  <code className="font-mono text-ink">{call.tool}</code>
                  <Badge tone={DECISION_TONES[call.decision] ?? "neutral"}>{call.decision.replace("_", " ")}</Badge>
                  {call.reason ? (
                    <span className="text-ink-muted">reason: {call.reason.replace(/_/g, " ")}</span>
                  ) : null}
                  {call.orderNumber ? <span className="text-ink-muted">{call.orderNumber}</span> : null}
                  {call.preview ? <Badge tone="info">preview</Badge> : null}
                  {call.confirmed ? <Badge tone="success">confirmed by the customer</Badge> : null}
                  {moneyText(call.money) ? <span className="text-ink">{moneyText(call.money)}</span> : null}
                  <span className="text-ink-subtle">
                    {call.executed ? "executed" : "not executed"} · {call.durationMs} ms
                  </span>
                  <code className="w-full truncate font-mono text-[11px] text-ink-subtle">
                    {JSON.stringify(call.input)}
                  </code>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-xs text-ink-muted">No tool calls.</p>
          )}
        </Stage>
        <Stage title="Validation">
          {violations.length ? (
            <ul className="space-y-1 text-xs" data-testid="trace-violations">
              {violations.map((v, i) => (
                <li key={i}>
                  <Badge tone="danger">{violationName(v.type)}</Badge>{" "}
                  <span className="text-ink-muted">{v.detail}</span>
                </li>
              ))}
              {s.validate?.replaced ? (
                <li className="text-ink-muted">The reply was replaced with the policy&apos;s safe answer.</li>
              ) : null}
            </ul>
          ) : (
            <p className="text-xs text-emerald-700">Passed every guardrail.</p>
          )}
        </Stage>
        <Stage title="Escalation">
          <Facts
            items={[
              [
                "Decision",
                s.escalate?.now
                  ? `hand over (${s.escalate.kind}): ${reasonName(s.escalate.reason)}`
                  : "stay with the AI",
              ],
              ["Signals", s.escalate?.signals?.length ? s.escalate.signals.join("; ") : "none"],
              ...(s.handoff
                ? ([["Handoff packet", `${s.handoff.packetWords} words`]] as Array<[string, React.ReactNode]>)
                : []),
            ]}
          />
        </Stage>
        <Stage title="Timings" wide>
          <Timings timings={s.timings ?? {}} />
        </Stage>
      </div>
    </details>
  );
}

function Stage({ title, children, wide = false }: { title: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <section className={wide ? "md:col-span-2" : ""}>
      <h4 className="mb-1.5 text-[11px] font-semibold tracking-wide text-ink-subtle uppercase">{title}</h4>
      {children}
    </section>
  );
}

function Facts({ items }: { items: Array<[string, React.ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-ink-muted">{label}</dt>
          <dd className="break-words text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function entitiesText(entities: Record<string, unknown> | undefined): string {
  if (!entities) return "none";
  const parts = Object.entries(entities).flatMap(([key, value]) => {
    if (!Array.isArray(value) || value.length === 0) return [];
    const shown = value.map((v) =>
      typeof v === "object" && v !== null ? ((v as { text?: string }).text ?? JSON.stringify(v)) : String(v),
    );
    return [`${key}: ${shown.join(", ")}`];
  });
  return parts.length ? parts.join(" · ") : "none";
}

function requestsText(
  requests: Array<{ kind: string; action?: string; orderNumber?: string | null }> | undefined,
): string {
  if (!requests?.length) return "—";
  return requests
    .map((r) =>
      r.kind === "action" ? `${r.action?.replace(/_/g, " ")}${r.orderNumber ? ` ${r.orderNumber}` : ""}` : r.kind,
    )
    .join("; ");
}

/** "refund $45.99 to the customer, on receipt" from a tool's money movement. */
function moneyText(money: unknown): string | null {
  const m = money as { direction?: string; amountCents?: number; currency?: string; when?: string | null } | undefined;
  if (!m || typeof m.amountCents !== "number" || m.direction === "none") return null;
  const amount = new Intl.NumberFormat("en-US", { style: "currency", currency: m.currency ?? "USD" }).format(
    m.amountCents / 100,
  );
  const who = m.direction === "to_customer" ? "to the customer" : "from the customer";
  return `${amount} ${who}${m.when ? `, ${m.when.replace(/_/g, " ")}` : ""}`;
}
