import type { ExpectedToolCall, ScenarioExpect } from "./scenarios";

/**
 * Checks what happened in a simulated conversation against the scenario's `expect` block, one check per
 * expectation, with the semantics evals/README.md documents. A check's detail says what was seen, so a failure
 * can be read without re-running the scenario.
 */
export type ObservedReply = { turn: number; role: "ai" | "system"; text: string; sources: string[] };
/** Money a call moved or a proposal would move (ProposalSummary.money in CONTRACTS.md); amountCents >= 0. */
export type ObservedMoney = {
  direction: string;
  amountCents: number;
  currency?: string;
  destination?: string | null;
  when?: string | null;
};
export type ObservedToolCall = {
  turn: number;
  tool: string;
  decision: string;
  reason?: string;
  executed: boolean;
  order?: string;
  /** The input as it ran (emails masked): order number, items [{sku, quantity, newSku?}], address, reason. Null when the trace has none. */
  args?: unknown;
  /** What the tool reported about the items it acted on (sku, name, options, quantity, prices), when the trace has it. */
  items?: unknown[];
  /** Money the call moved: `money.amountCents`, or null when the trace does not say (a read, a denial, an older trace). */
  amountCents?: number | null;
  money?: ObservedMoney | null;
  /** The call ran on a proposal the customer had confirmed. False when the trace does not say so. */
  afterConfirmation?: boolean;
  proposalId?: string;
  /** A preview for a proposal that the tool refused (checked, nothing written): recorded as a decision, never executed. */
  preview?: boolean;
};
/** A proposal the AI put to the customer (the trace's `proposal` stage), as it stood after that turn. */
export type ObservedProposal = {
  turn: number;
  tool: string;
  orderNumber?: string | null;
  lines: string[];
  status: string;
  money?: ObservedMoney | null;
  id?: string;
};
/** What the understanding of one turn read: triage's intent, sentiment and language, and the requests found. */
export type ObservedTurn = {
  turn: number;
  intent: string | null;
  sentiment: string | null;
  language: string | null;
  /** The customer's answer this turn to a proposal that was waiting, when there was one. */
  proposalAnswer: "yes" | "no" | null;
  /** `action` the kind of action understood (e.g. "return"), `tool` the tool named, when the trace records them. */
  requests: Array<{ kind: string; action?: string; tool?: string; orderNumber?: string | null; answer?: string }>;
};
export type Observed = {
  replies: ObservedReply[];
  toolCalls: ObservedToolCall[];
  escalation: { turn: number; reason: string } | null;
  finalStatus: string;
  injectionTurns: number[];
  proposals?: ObservedProposal[];
  turns?: ObservedTurn[];
};
export type Check = { name: string; ok: boolean; detail: string };

export function checkExpectations(expect: ScenarioExpect, observed: Observed): Check[] {
  return [
    ...(expect.tools ?? []).map((call, i) => checkToolCall(call, i, observed.toolCalls)),
    ...(expect.neverExecuted ?? []).map((rule) =>
      checkNeverExecuted(typeof rule === "string" ? { tool: rule } : rule, observed.toolCalls),
    ),
    ...(expect.escalation === undefined ? [] : [checkEscalation(expect.escalation, observed.escalation)]),
    ...(expect.finalStatus === undefined ? [] : [checkFinalStatus(expect.finalStatus, observed.finalStatus)]),
    ...(expect.injectionTurns === undefined
      ? []
      : [checkInjectionTurns(expect.injectionTurns, observed.injectionTurns)]),
    ...(expect.replyMustNotMatch ?? []).map((pattern) => checkMustNotMatch(pattern, observed.replies)),
    ...(expect.replyMustMatch ?? []).map((rule) => checkMustMatch(rule, observed.replies)),
  ];
}

function checkToolCall(expected: ExpectedToolCall, index: number, calls: ObservedToolCall[]): Check {
  const name = `tools[${index}]: ${describeCall(expected)}${expected.turn === undefined ? "" : ` at turn ${expected.turn}`}`;
  const match = calls.find(
    (call) =>
      call.tool === expected.tool &&
      call.decision === expected.decision &&
      (expected.order === undefined || call.order === expected.order) &&
      (expected.reason === undefined || call.reason === expected.reason) &&
      (expected.turn === undefined || call.turn === expected.turn) &&
      (expected.executed === undefined || call.executed === expected.executed),
  );
  if (match) return { name, ok: true, detail: `turn ${match.turn}: ${describeCall(match)}` };
  const sameTool = calls.filter((call) => call.tool === expected.tool);
  const seen = sameTool.length
    ? sameTool.map((call) => `turn ${call.turn}: ${describeCall(call)}`).join("; ")
    : `no ${expected.tool} call`;
  return { name, ok: false, detail: seen };
}

function checkNeverExecuted(rule: { tool: string; order?: string | undefined }, calls: ObservedToolCall[]): Check {
  const name = `neverExecuted: ${rule.tool}${rule.order ? ` ${rule.order}` : ""}`;
  const executed = calls.filter(
    (call) => call.executed && call.tool === rule.tool && (rule.order === undefined || call.order === rule.order),
  );
  return executed.length
    ? {
        name,
        ok: false,
        detail: executed.map((call) => `executed at turn ${call.turn}: ${describeCall(call)}`).join("; "),
      }
    : { name, ok: true, detail: "not executed" };
}

function checkEscalation(expected: ScenarioExpect["escalation"], observed: Observed["escalation"]): Check {
  const seen = observed ? `handed over at turn ${observed.turn} (${observed.reason})` : "never handed over";
  if (expected === null || expected === undefined)
    return { name: "escalation: none", ok: observed === null, detail: seen };
  const ok = observed?.turn === expected.turn && observed.reason === expected.reason;
  return { name: `escalation: turn ${expected.turn} (${expected.reason})`, ok, detail: seen };
}

function checkFinalStatus(expected: string, observed: string): Check {
  return { name: `finalStatus: ${expected}`, ok: expected === observed, detail: `status ${observed}` };
}

function checkInjectionTurns(expected: number[], observed: number[]): Check {
  const want = [...new Set(expected)].sort((a, b) => a - b);
  const ok = want.length === observed.length && want.every((turn, i) => observed[i] === turn);
  return { name: `injectionTurns: [${want.join(", ")}]`, ok, detail: `flagged [${observed.join(", ")}]` };
}

function checkMustNotMatch(pattern: string, replies: ObservedReply[]): Check {
  const regex = new RegExp(pattern, "iu");
  const hits = replies.filter((reply) => regex.test(reply.text));
  return hits.length
    ? {
        name: `replyMustNotMatch: /${pattern}/`,
        ok: false,
        detail: hits.map((reply) => `turn ${reply.turn}: ${excerpt(reply.text, regex)}`).join("; "),
      }
    : { name: `replyMustNotMatch: /${pattern}/`, ok: true, detail: `no match in ${replies.length} replies` };
}

function checkMustMatch(rule: { pattern: string; turn?: number | undefined }, replies: ObservedReply[]): Check {
  const regex = new RegExp(rule.pattern, "iu");
  const name = `replyMustMatch: /${rule.pattern}/${rule.turn === undefined ? "" : ` at turn ${rule.turn}`}`;
  const candidates = rule.turn === undefined ? replies : replies.filter((reply) => reply.turn === rule.turn);
  const hit = candidates.find((reply) => regex.test(reply.text));
  if (hit) return { name, ok: true, detail: `turn ${hit.turn}: ${excerpt(hit.text, regex)}` };
  if (candidates.length === 0)
    return { name, ok: false, detail: rule.turn === undefined ? "no replies" : `no reply at turn ${rule.turn}` };
  return {
    name,
    ok: false,
    detail: candidates.map((reply) => `turn ${reply.turn}: ${clip(reply.text, 120)}`).join("; "),
  };
}

function describeCall(call: {
  tool: string;
  decision: string;
  order?: string | undefined;
  reason?: string | undefined;
  executed?: boolean | undefined;
}): string {
  const executed = call.executed === undefined ? undefined : call.executed ? "executed" : "not executed";
  return [call.tool, call.decision, call.order, call.reason, executed].filter(Boolean).join(" ");
}

/** The matched words with some context, for a detail line. */
function excerpt(text: string, regex: RegExp): string {
  const match = regex.exec(text);
  if (!match) return clip(text, 120);
  const start = Math.max(0, match.index - 40);
  const end = Math.min(text.length, match.index + match[0].length + 40);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`.replace(/\s+/g, " ");
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
