import type { ToolCallRecord } from "@/lib/tools/ai-tools";
import { findMoney } from "./validate-money";

/**
 * One tool call as the validator sees it (build them with `validationActions(calls)`).
 * - `tool`: the tool's name (ToolName), or "unknown_write" / "unknown_read" for the legacy `toolResults` input.
 * - `orderNumber`: the order it acted on or read ("NW-100042"); absent for catalog lookups and account-level tools.
 * - `executed`: true only when the tool ran and changed (or read) something; proposals, denials and approval
 *   requests are false.
 * - `decision`: "allowed" (ran), "denied", "needs_approval" (waits for a person), "proposed" (previewed, waiting
 *   for the customer's yes).
 * - `amountsCents`: every amount this output speaks of, in integer cents: its `*Cents` fields, line totals
 *   (unit price × quantity) and the amounts written in its customer-facing text.
 * - `result`: the tool's result (or denial), for dates, statuses and other text the reply may quote.
 */
export type ValidationAction = {
  tool: string;
  orderNumber?: string;
  executed: boolean;
  decision: "allowed" | "denied" | "needs_approval" | "proposed";
  amountsCents: number[];
  result?: unknown;
};

const ORDER_NUMBER = /^NW-\d{6}$/i;

/**
 * The validator's view of the tool calls (lib/tools/ai-tools.ts ToolCallRecord): one action per call, and one per
 * order for a call that read several orders (lookup_orders), so each amount belongs to its own order.
 */
export function validationActions(calls: readonly ToolCallRecord[]): ValidationAction[] {
  const actions: ValidationAction[] = [];
  for (const call of calls) {
    const decision = call.decision;
    if (!decision) continue;
    const kind: ValidationAction["decision"] =
      call.preview && decision.decision === "allowed" ? "proposed" : decision.decision;
    const executed = kind === "allowed" && !call.preview;
    const payload = decision.decision === "allowed" ? decision.result : decision;
    const message = decision.customerMessage;
    const orders = ordersIn(payload);
    if (orders.length > 1) {
      for (const order of orders) {
        actions.push({
          tool: call.tool,
          orderNumber: order.orderNumber,
          executed,
          decision: kind,
          amountsCents: amountsIn(order.value),
          result: order.value,
        });
      }
      continue;
    }
    const orderNumber = call.orderNumber ?? orders[0]?.orderNumber;
    actions.push({
      tool: call.tool,
      ...(orderNumber ? { orderNumber: orderNumber.toUpperCase() } : {}),
      executed,
      decision: kind,
      amountsCents: amountsIn([payload, message]),
      result: payload,
    });
  }
  return actions;
}

/** The old input: bare decisions. The kind of action is inferred: money moved or an id written means a write. */
export function legacyActions(toolResults: readonly unknown[]): ValidationAction[] {
  return toolResults.map((raw) => {
    const d = (raw ?? {}) as { decision?: string; executed?: boolean; result?: unknown };
    const decision = (
      ["allowed", "denied", "needs_approval", "proposed"].includes(d.decision ?? "") ? d.decision : "denied"
    ) as ValidationAction["decision"];
    const result = d.result ?? raw;
    // Reads return an order, orders, products or a verification; everything else that ran is a write.
    const write =
      typeof result === "object" &&
      result !== null &&
      !["order", "orders", "products", "product", "verified"].some((key) => key in result);
    const orderNumber = ordersIn(result)[0]?.orderNumber;
    return {
      tool: write ? "unknown_write" : "unknown_read",
      ...(orderNumber ? { orderNumber } : {}),
      executed: d.executed === true && decision === "allowed",
      decision,
      amountsCents: amountsIn(raw),
      result,
    };
  });
}

function ordersIn(value: unknown): Array<{ orderNumber: string; value: unknown }> {
  if (!value || typeof value !== "object") return [];
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.orders)) return v.orders.flatMap((o) => ordersIn(o).slice(0, 1));
  if (v.order && typeof v.order === "object") return ordersIn(v.order).map((o) => ({ ...o, value }));
  const number = v.orderNumber ?? v.number;
  return typeof number === "string" && ORDER_NUMBER.test(number) ? [{ orderNumber: number.toUpperCase(), value }] : [];
}

/** Every amount an output speaks of, in cents: `*Cents` fields, unit price × quantity, money written in its text. */
function amountsIn(value: unknown): number[] {
  const found = new Set<number>();
  const walk = (node: unknown, depth: number) => {
    if (depth > 8 || node === null || node === undefined) return;
    if (typeof node === "string") {
      for (const m of findMoney(node)) found.add(m.cents);
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    if (typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) {
      if (/cents$/i.test(key) && typeof child === "number" && Number.isFinite(child)) found.add(Math.round(child));
      else walk(child, depth + 1);
    }
    const unit = record.unitPriceCents;
    const quantity = record.quantity;
    if (typeof unit === "number" && typeof quantity === "number") found.add(Math.round(unit * quantity));
  };
  walk(value, 0);
  return [...found];
}
