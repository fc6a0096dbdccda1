import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trainingSet } from "@/lib/engines/local/training/corpus";
import { loadPolicySet } from "@/lib/policy/load";
import { INTENTS } from "@/lib/policy/schema";
import { readEvalMessages } from "./messages";
import { locateSpans } from "./metrics";
import { orderTotals, parseScenarioLine, type Scenario } from "./scenarios";

/**
 * The labelled sets are test data: if a label is wrong the evaluation lies. These checks are independent of the
 * detectors they measure (the PII checks below use their own patterns and checksums, not lib/signals/pii.ts).
 */
const root = path.resolve(import.meta.dirname, "../..");
const { messages, errors } = readEvalMessages(path.join(root, "evals/messages.jsonl"));
const scenarioLines = readFileSync(path.join(root, "evals/scenarios.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim());
const policy = loadPolicySet(path.join(root, "policies")).policy;

describe("evals/messages.jsonl", () => {
  it("parses, with unique ids", () => {
    expect(errors).toEqual([]);
    expect(messages.length).toBeGreaterThanOrEqual(450);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  });

  it("has at least 25 messages for every intent, attacks and look-alikes, PII and other languages", () => {
    for (const intent of INTENTS)
      expect(messages.filter((m) => m.intent === intent).length, intent).toBeGreaterThanOrEqual(25);
    expect(messages.filter((m) => m.injection).length).toBeGreaterThanOrEqual(35);
    expect(messages.filter((m) => m.tags?.includes("lookalike") && !m.injection).length).toBeGreaterThanOrEqual(35);
    expect(messages.filter((m) => m.pii.length > 0).length).toBeGreaterThanOrEqual(35);
    expect(messages.filter((m) => (m.lang ?? "en") !== "en").length / messages.length).toBeGreaterThanOrEqual(0.08);
  });

  it("labels each PII value exactly as it appears in the text, and it is what its type says", () => {
    for (const m of messages) {
      expect(locateSpans(m.text, m.pii), `${m.id}: a value is not in the text`).not.toBeNull();
      for (const { type, value } of m.pii)
        expect(VALID[type]?.(value), `${m.id}: "${value}" is not a valid ${type}`).toBe(true);
    }
  });

  it("labels every email address and every checksum-valid card number in the text (no unlabelled PII)", () => {
    for (const m of messages) {
      const labelled = new Set(m.pii.map((p) => p.value));
      for (const email of m.text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}/gi) ?? [])
        expect(labelled.has(email), `${m.id}: ${email}`).toBe(true);
      for (const run of m.text.match(/\b\d(?:[ -]?\d){12,18}\b/g) ?? []) {
        if (luhn(run.replace(/\D/g, ""))) expect(labelled.has(run), `${m.id}: ${run}`).toBe(true);
      }
    }
  });

  it("follows the policy's escalation rules", () => {
    for (const m of messages) {
      const { now, reason } = m.escalate;
      if (m.intent === "human_request") expect(reason, m.id).toBe("customer_request");
      if (m.intent === "security") expect(reason, m.id).toBe("account_security");
      if (policy.automation.intents[m.intent] === "human_only") expect(now, m.id).toBe(true);
      if (
        m.tier === "enterprise" &&
        policy.escalation.enterprise_billing_to_human &&
        (m.intent === "billing" || m.intent === "refund")
      )
        expect(now, m.id).toBe(true);
      // Only the hard triggers apply to a single message; the soft ones need a conversation.
      if (reason)
        expect([
          "customer_request",
          "legal_language",
          "account_security",
          "payment_dispute",
          "enterprise_billing",
          "policy_human_only",
        ]).toContain(reason);
      if (reason === "enterprise_billing") expect(m.tier, m.id).toBe("enterprise");
    }
  });

  it("shares no message with the local engine's training utterances", () => {
    const training = trainingSet().map((t) => ({ text: t.text, normal: normalize(t.text), grams: trigrams(t.text) }));
    const overlaps: string[] = [];
    for (const m of messages) {
      const normal = normalize(m.text);
      const grams = trigrams(m.text);
      const near = training.find((t) => t.normal === normal || jaccard(grams, t.grams) >= 0.6);
      if (near) overlaps.push(`${m.id} "${m.text}" ~ "${near.text}"`);
    }
    expect(overlaps).toEqual([]);
  });
});

describe("evals/scenarios.jsonl", () => {
  const parsed = scenarioLines.map((line, i) => ({ line: i + 1, result: parseScenarioLine(line) }));
  const scenarios = parsed.flatMap(({ result }) => (result.ok ? [result.scenario] : []));

  it("parses, with unique ids", () => {
    expect(
      parsed
        .filter(({ result }) => !result.ok)
        .map(({ line, result }) => `line ${line}: ${result.ok ? "" : result.error}`),
    ).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it("covers the seed failures", () => {
    const escalations = scenarios.map((s) => s.expect.escalation).filter((e) => e);
    expect(escalations).toContainEqual({ turn: 1, reason: "customer_request" });
    expect(escalations).toContainEqual({ turn: 3, reason: "customer_request" });
    for (const reason of [
      "frustration_trend",
      "legal_language",
      "account_security",
      "enterprise_billing",
      "verification_locked",
      "manipulation_attempts",
    ]) {
      expect(
        escalations.some((e) => e?.reason === reason),
        reason,
      ).toBe(true);
    }
    const calls = scenarios.flatMap((s) => s.expect.tools ?? []);
    // A refund asked for with nothing wrong follows a return, so the late one is refused by the return's window.
    expect(calls.some((c) => (c.tool === "refund" || c.tool === "return_items") && c.reason === "outside_window")).toBe(
      true,
    );
    expect(calls.some((c) => c.tool === "refund" && c.decision === "needs_approval")).toBe(true);
    expect(calls.some((c) => c.reason === "not_owner")).toBe(true);
    expect(scenarios.some((s) => s.expect.injectionTurns?.length && s.expect.neverExecuted?.includes("refund"))).toBe(
      true,
    );
  });

  it("expects tool decisions that the fixture and the current policy actually imply", () => {
    for (const s of scenarios) for (const problem of policyProblems(s)) expect.fail(`${s.id}: ${problem}`);
  });
});

/** Checks the fixture against the policy for the decisions a reader can derive from dates, states and totals. */
function policyProblems(s: Scenario): string[] {
  const problems: string[] = [];
  const orders = [...s.orders, ...(s.otherCustomers ?? []).flatMap((c) => c.orders)];
  const tools = policy.tools;
  for (const call of s.expect.tools ?? []) {
    const order = orders.find((o) => o.number === call.order);
    if (!order) continue;
    const { totalCents } = orderTotals(order);
    const window =
      call.tool === "refund"
        ? tools.refund.window_days
        : call.tool === "return_items"
          ? tools.return.window_days
          : call.tool === "exchange_items"
            ? tools.exchange.window_days
            : null;
    const states: readonly string[] | null =
      call.tool === "refund"
        ? tools.refund.allowed_states
        : call.tool === "return_items"
          ? tools.return.allowed_states
          : call.tool === "exchange_items"
            ? tools.exchange.allowed_states
            : call.tool === "modify_order_items"
              ? tools.modify_items.allowed_states
              : call.tool === "cancel_order"
                ? tools.cancel.allowed_states
                : call.tool === "change_shipping_address"
                  ? tools.change_address.allowed_states
                  : null;
    if (call.reason === "outside_window" && (window === null || (order.deliveredDaysAgo ?? 0) <= window))
      problems.push(`${call.tool} on ${order.number} is inside the window`);
    if (call.reason === "wrong_state" && states?.includes(order.status))
      problems.push(`${call.tool} is allowed in state ${order.status}`);
    if (call.tool === "refund" && call.decision === "needs_approval" && totalCents <= tools.refund.cap_cents)
      problems.push(`${order.number} is under the refund cap`);
    if (call.decision === "allowed" && states && !states.includes(order.status))
      problems.push(`${call.tool} is not allowed in state ${order.status}`);
    if (call.decision === "allowed" && window !== null && (order.deliveredDaysAgo ?? Infinity) > window)
      problems.push(`${call.tool} on ${order.number} is outside the window`);
    if (call.tool === "refund" && call.decision === "allowed" && totalCents > tools.refund.cap_cents)
      problems.push(`${order.number} is over the refund cap`);
  }
  return problems;
}

const VALID: Record<string, (value: string) => boolean> = {
  card: (v) => /^[\d -]+$/.test(v) && luhn(v.replace(/\D/g, "")),
  email: (v) => /^[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(v),
  phone: (v) => /^\+?[\d ().-]+$/.test(v) && v.replace(/\D/g, "").length >= 9 && v.replace(/\D/g, "").length <= 15,
  ssn: (v) => /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(v) && !/^(000|666|9)/.test(v.replace(/\D/g, "")),
  iban: (v) => /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && ibanChecksum(v.replace(/ /g, "")),
  national_id: (v) => /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v),
};

function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  const sum = [...digits].reverse().reduce((acc, d, i) => {
    const n = Number(d) * (i % 2 === 1 ? 2 : 1);
    return acc + (n > 9 ? n - 9 : n);
  }, 0);
  return sum % 10 === 0;
}

function ibanChecksum(iban: string): boolean {
  const numeric = [...(iban.slice(4) + iban.slice(0, 4))]
    .map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55)))
    .join("");
  return BigInt(numeric) % 97n === 1n;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\bnw-?\d{6}\b|#?\b\d{6}\b/g, "ordnum")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = ` ${normalize(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}
