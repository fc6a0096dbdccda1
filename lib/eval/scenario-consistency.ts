import type { FixtureOrder, Scenario } from "./scenarios";

/** What a scenario's fields cannot say on their own: an order's dates in order, unique ids, references that exist. */

const STATE_DATES: Record<
  FixtureOrder["status"],
  Array<"shippedDaysAgo" | "deliveredDaysAgo" | "cancelledDaysAgo" | "returnedDaysAgo">
> = {
  pending: [],
  processing: [],
  shipped: ["shippedDaysAgo"],
  delivered: ["shippedDaysAgo", "deliveredDaysAgo"],
  cancelled: ["cancelledDaysAgo"],
  returned: ["shippedDaysAgo", "deliveredDaysAgo", "returnedDaysAgo"],
};

export function timelineProblem(order: FixtureOrder): string | null {
  for (const field of STATE_DATES[order.status])
    if (order[field] === undefined) return `a ${order.status} order needs ${field}`;
  const sequence = [order.placedDaysAgo, order.shippedDaysAgo, order.deliveredDaysAgo, order.returnedDaysAgo].filter(
    (d) => d !== undefined,
  );
  for (let i = 1; i < sequence.length; i++) {
    if (sequence[i]! > sequence[i - 1]!) return "dates must run placed ≥ shipped ≥ delivered ≥ returned (in days ago)";
  }
  if (order.cancelledDaysAgo !== undefined && order.cancelledDaysAgo > order.placedDaysAgo)
    return "cancelled before it was placed";
  return null;
}

export function consistencyProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const everyone = [{ customer: scenario.customer, orders: scenario.orders }, ...(scenario.otherCustomers ?? [])];
  const numbers = everyone.flatMap((c) => c.orders.map((o) => o.number));
  const emails = everyone.map((c) => c.customer.email.toLowerCase());
  if (new Set(numbers).size !== numbers.length) problems.push("order numbers must be unique within a scenario");
  if (new Set(emails).size !== emails.length) problems.push("customer emails must be unique within a scenario");
  // One SKU is one variant: the same SKU must mean the same product (and, where both say, the same options).
  const variants = new Map<string, { identity: string; options?: string }>();
  const items = everyone.flatMap((c) => c.orders.flatMap((o) => o.items));
  const sorted = (options: Record<string, string>) =>
    JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)));
  for (const item of [...items, ...(scenario.products ?? [])]) {
    const identity = `${item.name}|${item.family ?? item.sku}`;
    const options = item.options ? sorted(item.options) : undefined;
    const seen = variants.get(item.sku);
    if (
      seen &&
      (seen.identity !== identity || (seen.options !== undefined && options !== undefined && seen.options !== options))
    ) {
      problems.push(`${item.sku} is described differently in two places`);
    }
    variants.set(item.sku, { identity, options: options ?? seen?.options });
  }
  const { expect, turns } = scenario;
  const turnRefs = [
    ...(expect.tools ?? []).map((call) => call.turn),
    expect.escalation?.turn,
    ...(expect.injectionTurns ?? []),
    ...(expect.replyMustMatch ?? []).map((rule) => rule.turn),
  ];
  for (const turn of turnRefs)
    if (turn !== undefined && turn > turns.length)
      problems.push(`turn ${turn} is past the last turn (${turns.length})`);
  const orderRefs = [
    ...(expect.tools ?? []).map((call) => call.order),
    ...(expect.neverExecuted ?? []).map((rule) => (typeof rule === "string" ? undefined : rule.order)),
  ];
  for (const number of orderRefs) {
    // An order number nobody holds is a fine thing to test, but it must be deliberate: name it in a turn.
    if (number && !numbers.includes(number) && !turns.some((t) => t.includes(number)))
      problems.push(`${number} is in no fixture and no turn`);
  }
  for (const call of expect.tools ?? []) {
    if (call.decision === "allowed" && call.executed === false)
      problems.push(`an allowed ${call.tool} call always executes`);
    if (call.decision !== "allowed" && call.executed === true)
      problems.push(`a ${call.decision} ${call.tool} call never executes`);
    if (call.decision === "needs_approval" && call.reason && call.reason !== "over_cap")
      problems.push("needs_approval always has reason over_cap");
    if (call.decision === "allowed" && call.reason) problems.push(`an allowed ${call.tool} call has no reason`);
  }
  return problems;
}
