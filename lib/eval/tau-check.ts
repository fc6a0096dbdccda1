import {
  CONFIRMATION_EXEMPT,
  type ExpectedAction,
  type TandemAddress,
  type TandemWriteTool,
  type TauCase,
  WRITE_TOOLS,
} from "./tau-types";

/**
 * The checks, on simulate's output (lib/eval/simulate.ts SimulationResult; read defensively, so an older build's
 * output is measured too, with what it lacks reported as a cause).
 */

export type TauObservedCall = {
  turn: number;
  tool: string;
  decision: string;
  reason?: string;
  executed: boolean;
  order?: string;
  args?: unknown;
  items?: unknown;
  amountCents?: number | null;
  money?: { direction?: string; amountCents?: number } | null;
  afterConfirmation?: boolean;
};
export type TauObserved = {
  toolCalls: TauObservedCall[];
  proposals?: Array<{ turn: number; tool: string; status?: string; lines?: string[] }>;
  escalation: { turn: number; reason: string } | null;
  replies?: Array<{ turn: number; role: string; text: string }>;
};

export type TauCause =
  | "fixture_invalid"
  | "simulation_error"
  | "executed_without_confirmation"
  | "other_write_executed"
  | "handed_over"
  | "denied"
  | "needs_approval"
  | "not_executed_after_yes"
  | "not_proposed"
  | "executed_more_than_once"
  | "wrong_order"
  | "wrong_items"
  | "wrong_address"
  | "amount_not_reported"
  | "wrong_amount"
  | "not_refused"
  | "wrong_state_counterpart";

export const CAUSE_LABELS: Record<TauCause, string> = {
  fixture_invalid: "fixture rejected by scenarioSchema",
  simulation_error: "simulation failed",
  executed_without_confirmation: "a write executed without a confirmed proposal",
  other_write_executed: "another write executed",
  handed_over: "handed over to a person",
  denied: "the gold tool was denied",
  needs_approval: "waiting for approval",
  not_executed_after_yes: "proposed, not executed after yes",
  not_proposed: "not proposed",
  executed_more_than_once: "executed more than once",
  wrong_order: "wrong order",
  wrong_items: "wrong items",
  wrong_address: "wrong address",
  amount_not_reported: "amount not reported",
  wrong_amount: "wrong amount",
  not_refused: "wrong state: executed anyway",
  wrong_state_counterpart:
    "wrong state: the action that state allows ran instead, after a yes (exchange ↔ modification)",
};

export type TauVerdict = {
  ok: boolean;
  cause?: TauCause;
  detail: string;
  /** Executed write calls without a confirmed proposal (the policy's exempt tools aside). */
  unconfirmedWrites: number;
  /** Wrong-state variants: the refusal came from a wrong_state decision (rather than the request never being acted on). */
  refusedForState?: boolean;
};

const COUNTERPARTS: Partial<Record<TandemWriteTool, TandemWriteTool>> = {
  exchange_items: "modify_order_items",
  modify_order_items: "exchange_items",
};

const executedWrites = (observed: TauObserved) =>
  observed.toolCalls.filter((call) => call.executed && WRITE_TOOLS.has(call.tool));
const unconfirmed = (observed: TauObserved, exempt: ReadonlySet<string>) =>
  executedWrites(observed).filter((call) => !exempt.has(call.tool) && call.afterConfirmation !== true);

/** `exempt`: the policy's tools.confirmation_exempt (default CONFIRMATION_EXEMPT). */
export function checkTauCase(
  tauCase: Pick<TauCase, "kind" | "expected">,
  observed: TauObserved,
  exempt: ReadonlySet<string> = CONFIRMATION_EXEMPT,
): TauVerdict {
  return tauCase.kind === "gold"
    ? checkGold(tauCase.expected, observed, exempt)
    : checkWrongState(tauCase.expected, observed, exempt);
}

function checkWrongState(expected: ExpectedAction, observed: TauObserved, exempt: ReadonlySet<string>): TauVerdict {
  const writes = executedWrites(observed);
  const unconfirmedWrites = unconfirmed(observed, exempt).length;
  // The gold tool or its counterpart (an exchange asked as a modification…) refused for the order's state.
  const refusedForState = observed.toolCalls.some(
    (call) => WRITE_TOOLS.has(call.tool) && call.reason === "wrong_state",
  );
  if (writes.length > 0) {
    // An exchange asked on an order that has not shipped can be done as a modification (and the reverse), which
    // that state allows: counted apart from the action itself running where it must not.
    const counterpart = COUNTERPARTS[expected.tool];
    const cause =
      counterpart && writes.every((call) => call.tool === counterpart && call.afterConfirmation === true)
        ? "wrong_state_counterpart"
        : "not_refused";
    return { ok: false, cause, detail: writes.map(describeCall).join("; "), unconfirmedWrites, refusedForState };
  }
  const calls = observed.toolCalls.filter((call) => WRITE_TOOLS.has(call.tool));
  return {
    ok: true,
    detail: calls.length ? calls.map(describeCall).join("; ") : `no write tool called; ${describeObserved(observed)}`,
    unconfirmedWrites,
    refusedForState,
  };
}

function checkGold(expected: ExpectedAction, observed: TauObserved, exempt: ReadonlySet<string>): TauVerdict {
  const unconfirmedCalls = unconfirmed(observed, exempt);
  const unconfirmedWrites = unconfirmedCalls.length;
  const fail = (cause: TauCause, detail: string): TauVerdict => ({ ok: false, cause, detail, unconfirmedWrites });
  const gold = observed.toolCalls.filter((call) => call.tool === expected.tool && call.executed);
  const others = executedWrites(observed).filter((call) => call.tool !== expected.tool);
  if (unconfirmedWrites > 0)
    return fail("executed_without_confirmation", unconfirmedCalls.map(describeCall).join("; "));
  if (gold.length === 0) {
    if (others.length > 0) return fail("other_write_executed", others.map(describeCall).join("; "));
    const attempts = observed.toolCalls.filter((call) => call.tool === expected.tool);
    const approval = attempts.find((call) => call.decision === "needs_approval");
    if (approval) return fail("needs_approval", describeCall(approval));
    const denied = attempts.find((call) => call.decision === "denied");
    if (denied) return fail("denied", describeCall(denied));
    const proposed = (observed.proposals ?? []).filter((p) => p.tool === expected.tool);
    if (proposed.length > 0 || attempts.length > 0) {
      const seen = proposed.length
        ? proposed.map((p) => `turn ${p.turn}: ${p.tool} ${p.status ?? ""} ${(p.lines ?? []).join(" / ")}`.trim())
        : attempts.map(describeCall);
      return fail("not_executed_after_yes", seen.join("; "));
    }
    if (observed.escalation)
      return fail("handed_over", `turn ${observed.escalation.turn} (${observed.escalation.reason})`);
    return fail("not_proposed", describeObserved(observed));
  }
  if (gold.length > 1) return fail("executed_more_than_once", gold.map(describeCall).join("; "));
  const call = gold[0]!;
  if (others.length > 0) return fail("other_write_executed", [call, ...others].map(describeCall).join("; "));
  if (call.order !== undefined && call.order !== expected.orderNumber)
    return fail("wrong_order", `${call.order}, expected ${expected.orderNumber}`);
  const args = asRecord(call.args);
  const argsOrder = typeof args?.orderNumber === "string" ? args.orderNumber : call.order;
  if (
    expected.tool !== "update_default_address" &&
    argsOrder !== undefined &&
    normalizeOrder(argsOrder) !== normalizeOrder(expected.orderNumber)
  ) {
    return fail("wrong_order", `${argsOrder}, expected ${expected.orderNumber}`);
  }
  if (expected.items) {
    const got = observedItems(call);
    if (!got) return fail("wrong_items", `no items in the call's arguments, expected ${itemsKey(expected.items)}`);
    if (itemsKey(got) !== itemsKey(expected.items))
      return fail("wrong_items", `${itemsKey(got)}, expected ${itemsKey(expected.items)}`);
  }
  if (expected.address) {
    const got = asRecord(args?.address);
    const diff = got ? addressDifference(expected.address, got) : "no address in the call's arguments";
    if (diff) return fail("wrong_address", diff);
  }
  const money = observedMoney(call);
  if (!money) {
    if (expected.money.amountCents !== 0)
      return fail("amount_not_reported", `${describeCall(call)}; expected ${moneyText(expected.money)}`);
  } else if (
    money.amountCents !== expected.money.amountCents ||
    (expected.money.amountCents > 0 && money.direction !== undefined && money.direction !== expected.money.direction)
  ) {
    return fail("wrong_amount", `${moneyText(money)}, expected ${moneyText(expected.money)}`);
  }
  return { ok: true, detail: describeCall(call), unconfirmedWrites };
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const normalizeOrder = (number: string) => number.trim().toUpperCase().replace(/^#/, "");

/** The call's items as {sku, quantity, newSku}: from its arguments, else from the items the trace recorded. */
function observedItems(call: TauObservedCall): Array<{ sku: string; quantity: number; newSku?: string }> | null {
  for (const source of [asRecord(call.args)?.items, call.items]) {
    if (!Array.isArray(source)) continue;
    const items = source.flatMap((raw) => {
      const item = asRecord(raw);
      if (!item || typeof item.sku !== "string") return [];
      return [
        {
          sku: item.sku,
          quantity: typeof item.quantity === "number" ? item.quantity : 1,
          ...(typeof item.newSku === "string" ? { newSku: item.newSku } : {}),
        },
      ];
    });
    if (items.length) return items;
  }
  return null;
}

export function itemsKey(items: Array<{ sku: string; quantity: number; newSku?: string | undefined }>): string {
  const merged = new Map<string, number>();
  for (const item of items) {
    const key = item.newSku ? `${item.sku}→${item.newSku}` : item.sku;
    merged.set(key, (merged.get(key) ?? 0) + item.quantity);
  }
  return [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, quantity]) => `${quantity}×${key}`)
    .join(", ");
}

function observedMoney(call: TauObservedCall): { direction?: string; amountCents: number } | null {
  if (call.money && typeof call.money.amountCents === "number")
    return {
      amountCents: call.money.amountCents,
      ...(call.money.direction ? { direction: call.money.direction } : {}),
    };
  if (typeof call.amountCents === "number") return { amountCents: call.amountCents };
  return null;
}

const moneyText = (money: { direction?: string; amountCents: number }) =>
  `${(money.amountCents / 100).toFixed(2)}${money.direction ? ` ${money.direction}` : ""}`;

const squash = (value: unknown) =>
  typeof value === "string" ? value.trim().replace(/\s+/g, " ").replace(/[.,]$/, "").toLowerCase() : "";

/** Which address fields differ (the name is not the customer's to change here, so it is not compared). */
export function addressDifference(expected: TandemAddress, got: Record<string, unknown>): string | null {
  const fields = ["line1", "line2", "city", "region", "postalCode", "country"] as const;
  const wrong = fields.filter((field) => squash(expected[field]) !== squash(got[field]));
  return wrong.length
    ? wrong
        .map(
          (field) =>
            `${field} ${JSON.stringify(got[field] ?? null)} (expected ${JSON.stringify(expected[field] ?? null)})`,
        )
        .join(", ")
    : null;
}

function describeCall(call: TauObservedCall): string {
  const items = observedItems(call);
  const money = observedMoney(call);
  return [
    `turn ${call.turn}: ${call.tool} ${call.decision}`,
    call.reason,
    call.order,
    items ? `[${itemsKey(items)}]` : undefined,
    money ? moneyText(money) : undefined,
    call.executed ? (call.afterConfirmation ? "executed after yes" : "executed") : "not executed",
  ]
    .filter(Boolean)
    .join(" ");
}

function describeObserved(observed: TauObserved): string {
  const calls = observed.toolCalls.length ? observed.toolCalls.map(describeCall).join("; ") : "no tool calls";
  const reply = observed.replies?.find((r) => r.turn === 1 && r.role === "ai")?.text;
  return reply ? `${calls}; turn 1 reply: ${clip(reply, 140)}` : calls;
}

export const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
