import type { ObservedMoney, ObservedProposal, ObservedToolCall, ObservedTurn } from "./scenario-checks";

/**
 * Reads one turn's trace stages (lib/pipeline/trace.ts TraceStages, stored as JSON) into simulate's output: tool
 * calls with their arguments, money and confirmation, the proposals, and what the turn's understanding read.
 * Defensive on purpose: traces written before a field existed (money, items, proposalId, confirmed, the proposal
 * and understand stages) are read with that field absent, never as an error.
 */
type Json = Record<string, unknown>;

const record = (value: unknown): Json | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null;
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export function readMoney(value: unknown): ObservedMoney | null {
  const money = record(value);
  if (!money || typeof money.amountCents !== "number") return null;
  return {
    direction: text(money.direction) ?? "none",
    amountCents: money.amountCents,
    ...(typeof money.currency === "string" ? { currency: money.currency } : {}),
    ...("destination" in money ? { destination: text(money.destination) ?? null } : {}),
    ...("when" in money ? { when: text(money.when) ?? null } : {}),
  };
}

export function readToolCalls(turn: number, stages: unknown): ObservedToolCall[] {
  const tools = record(stages)?.tools;
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((raw) => {
    const call = record(raw);
    if (!call || typeof call.tool !== "string") return [];
    const money = readMoney(call.money);
    const proposalId = text(call.proposalId);
    // A preview (checked and priced for a proposal) writes nothing, whatever its decision.
    const preview = call.preview === true;
    return [
      {
        turn,
        tool: call.tool,
        decision: text(call.decision) ?? "unknown",
        ...(typeof call.reason === "string" ? { reason: call.reason } : {}),
        executed: call.executed === true && !preview,
        ...(preview ? { preview: true } : {}),
        ...(typeof call.orderNumber === "string" ? { order: call.orderNumber } : {}),
        args: call.input ?? null,
        ...(Array.isArray(call.items) ? { items: call.items as unknown[] } : {}),
        amountCents: money ? money.amountCents : null,
        money,
        afterConfirmation: call.confirmed === true,
        ...(proposalId ? { proposalId } : {}),
      },
    ];
  });
}

/**
 * The proposals offered in a turn (the trace's `proposal` stage: `{offered: [{id, tool, lines}], answered}`; a bare
 * proposal or a list of them is read too). Their status is "offered" until settleProposals reads what followed.
 */
export function readProposals(turn: number, stages: unknown): ObservedProposal[] {
  const stage = record(stages)?.proposal;
  const single = record(stage);
  const list: unknown[] = Array.isArray(stage)
    ? stage
    : Array.isArray(single?.offered)
      ? single.offered
      : single && !("offered" in single)
        ? [single]
        : [];
  return list.flatMap((raw) => {
    const proposal = record(raw);
    if (!proposal) return [];
    const summary = record(proposal.summary);
    const tool = text(proposal.tool) ?? text(summary?.tool);
    if (!tool) return [];
    const lines = Array.isArray(summary?.lines) ? summary.lines : Array.isArray(proposal.lines) ? proposal.lines : [];
    const orderNumber = text(summary?.orderNumber) ?? text(proposal.orderNumber) ?? null;
    const money = readMoney(summary?.money ?? proposal.money);
    const id = text(proposal.id) ?? text(proposal.proposalId);
    return [
      {
        turn,
        tool,
        ...(orderNumber ? { orderNumber } : {}),
        lines: lines.filter((line): line is string => typeof line === "string"),
        status: text(proposal.status) ?? "offered",
        ...(money ? { money } : {}),
        ...(id ? { id } : {}),
      },
    ];
  });
}

/** Triage's intent, sentiment and language, and the understand stage's requests when the trace has them. */
export function readTurn(turn: number, stages: unknown): ObservedTurn {
  const all = record(stages);
  const triage = record(all?.triage);
  const understand = record(all?.understand);
  const requests = Array.isArray(understand?.requests) ? understand.requests : [];
  return {
    turn,
    intent: text(triage?.intent) ?? null,
    sentiment: text(triage?.sentiment) ?? null,
    language: text(triage?.language) ?? text(understand?.language) ?? null,
    proposalAnswer: answerOf(all?.proposal),
    requests: requests.flatMap((raw) => {
      const request = record(raw);
      const kind = text(request?.kind);
      if (!request || !kind) return [];
      return [
        {
          kind,
          ...(typeof request.action === "string" ? { action: request.action } : {}),
          ...(typeof request.tool === "string" ? { tool: request.tool } : {}),
          ...("orderNumber" in request && kind === "action" ? { orderNumber: text(request.orderNumber) ?? null } : {}),
          ...(typeof request.answer === "string" ? { answer: request.answer } : {}),
        },
      ];
    }),
  };
}

function answerOf(stage: unknown): "yes" | "no" | null {
  const answered = record(stage)?.answered;
  return answered === "yes" || answered === "no" ? answered : null;
}

/**
 * What became of each offered proposal, from the turns after it: executed (a call ran on it), needs_approval or
 * failed (the call on it did not run), confirmed (a yes with no call recorded), declined (a no), replaced (a newer
 * offer came first), or still pending. A status the trace recorded itself is kept.
 */
export function settleProposals(
  proposals: ObservedProposal[],
  calls: ObservedToolCall[],
  turns: ObservedTurn[],
): ObservedProposal[] {
  return proposals.map((proposal) => {
    if (proposal.status !== "offered") return proposal;
    const onIt = proposal.id ? calls.filter((call) => call.proposalId === proposal.id) : [];
    if (onIt.some((call) => call.executed)) return { ...proposal, status: "executed" };
    if (onIt.some((call) => call.decision === "needs_approval")) return { ...proposal, status: "needs_approval" };
    if (onIt.length) return { ...proposal, status: "failed" };
    const nextOffer = proposals.find((other) => other.turn > proposal.turn)?.turn ?? Infinity;
    const answer = turns.find((t) => t.turn > proposal.turn && t.turn <= nextOffer && t.proposalAnswer);
    if (answer?.proposalAnswer === "no") return { ...proposal, status: "declined" };
    if (answer?.proposalAnswer === "yes") return { ...proposal, status: "confirmed" };
    return { ...proposal, status: nextOffer < Infinity ? "replaced" : "pending" };
  });
}

/**
 * Proposal ids are random UUIDs; simulate's output names them p1, p2, … in order of appearance in the conversation,
 * so two runs of a scenario print the same thing and a call still points at its proposal.
 */
export function numberProposals(
  proposals: ObservedProposal[],
  calls: ObservedToolCall[],
): { proposals: ObservedProposal[]; calls: ObservedToolCall[] } {
  const names = new Map<string, string>();
  const name = (id: string) => {
    if (!names.has(id)) names.set(id, `p${names.size + 1}`);
    return names.get(id)!;
  };
  const numbered = proposals.map((p) => (p.id ? { ...p, id: name(p.id) } : p));
  return {
    proposals: numbered,
    calls: calls.map((c) => (c.proposalId ? { ...c, proposalId: name(c.proposalId) } : c)),
  };
}
