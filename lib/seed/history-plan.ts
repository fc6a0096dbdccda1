/**
 * The demo history as a plan, computed without a database: who writes when, with which script, whether the
 * conversation is driven through the pipeline or repeats a generic template, whether the customer comes back on
 * the same issue, and every later choice (thanks or silence, wait, CSAT) drawn up front from per-conversation
 * random streams. Same seed and clock, same plan.
 */
import { ACCOUNT_SCRIPTS, GENERIC_SCRIPTS, type OrderNeed, RECONTACT_OPENERS, type Script } from "./history-scripts";
import { type Random, randomStream, stableId } from "./random";

const DAY = 86_400_000;
const MINUTE = 60_000;

export type PlanCustomer = {
  id: string;
  email: string;
  orders: Array<{ number: string; status: string; placedAt: Date; shippedAt: Date | null; deliveredAt: Date | null }>;
};

export type PlannedConversation = {
  index: number;
  id: string;
  startAt: Date;
  customerId: string;
  email: string;
  script: Script;
  /** Account scripts: the order the customer writes about. */
  orderNumber: string | null;
  /** The customer's messages, placeholders filled, closing thanks included when they say it. */
  turns: string[];
  /** Generic scripts repeat a template conversation (the first planned one with the same key and thanks). */
  templateOf: string | null;
  recontactOf: number | null;
  fate: Fate;
};

export type Fate = {
  thanks: boolean;
  /** For a handoff: taken by a person, left while waiting, or still open (recent only). */
  human: "take" | "abandon" | "open";
  waitMinutes: number;
  handleMinutes: number;
  agent: number;
  draft: "sent" | "edited" | "discarded";
  approve: boolean;
  csat: number | null;
  assess: "needed" | "not_needed" | null;
  qa: boolean;
  /** For the AI alone without thanks: closed as answered after inactivity, or abandoned. */
  contained: boolean;
  r: number;
};

export type HistoryPlanOptions = {
  conversations: number;
  days: number;
  now: Date;
  seed: number;
  /** Customers with orders: account scripts, and some general questions. */
  customers: PlanCustomer[];
  /** Customers without orders, who ask most general questions. */
  shoppers: PlanCustomer[];
  accountShare: number;
};

/** Busier on weekdays and in the afternoon (UTC), as a support queue is. */
function startTime(r: Random, now: Date, days: number): Date {
  for (;;) {
    const day = Math.floor(r.next() * days);
    const date = new Date(now.getTime() - (day + 1) * DAY);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    if (weekend && r.chance(0.35)) continue;
    const hour = r.weighted([
      [8, 3],
      [10, 6],
      [12, 7],
      [14, 8],
      [16, 8],
      [18, 6],
      [20, 4],
      [22, 2],
      [2, 1],
    ] as const);
    const start = new Date(
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, 0, 0) + r.int(0, 119) * MINUTE,
    );
    if (start.getTime() < now.getTime() - 20 * MINUTE) return start;
  }
}

function orderFor(customer: PlanCustomer, need: OrderNeed, at: Date): string | null {
  const t = at.getTime();
  const fits = customer.orders.filter((o) => {
    if (o.placedAt.getTime() > t - 3 * 3_600_000) return false;
    if (need === "open") return o.status === "pending" || o.status === "processing";
    if (need === "shipped") return o.status === "shipped" && (o.shippedAt?.getTime() ?? Infinity) < t;
    if (need === "delivered")
      return (
        o.status === "delivered" &&
        (o.deliveredAt?.getTime() ?? Infinity) < t - DAY &&
        (o.deliveredAt?.getTime() ?? 0) > t - 25 * DAY
      );
    return true;
  });
  return fits.at(-1)?.number ?? null;
}

function pickScript(r: Random, scripts: Script[]): Script {
  return r.weighted(scripts.map((script) => [script, script.weight ?? 1] as const));
}

function drawFate(r: Random, script: Script): Fate {
  return {
    thanks: r.chance(script.thanks),
    human: r.weighted([
      ["take", 86],
      ["abandon", 10],
      ["open", 4],
    ] as const),
    waitMinutes: Math.round(r.between(1, 8) ** 1.7),
    handleMinutes: r.int(4, 35),
    agent: r.weighted([
      [0, 45],
      [1, 45],
      [2, 10],
    ] as const),
    draft: r.weighted([
      ["sent", 50],
      ["edited", 35],
      ["discarded", 15],
    ] as const),
    approve: r.chance(0.72),
    csat: null,
    assess: null,
    qa: r.chance(0.07),
    contained: r.chance(0.6),
    r: r.next(),
  };
}

export function planHistory(options: HistoryPlanOptions): PlannedConversation[] {
  const { now, days, seed, customers, shoppers } = options;
  const plans: PlannedConversation[] = [];
  const templates = new Map<string, string>();

  const add = (input: {
    r: Random;
    at: Date;
    customer: PlanCustomer;
    script: Script;
    orderNumber: string | null;
    recontactOf: number | null;
    opener?: string;
  }) => {
    const index = plans.length;
    const fate = drawFate(input.r, input.script);
    const fill = (text: string) =>
      text.replaceAll("{order}", input.orderNumber ?? "").replaceAll("{email}", input.customer.email);
    const turns = (input.opener ? [input.opener] : input.script.turns).map(fill);
    if (fate.thanks)
      turns.push(
        input.r.pick([
          "Thanks, that's all!",
          "Perfect, thank you.",
          "Great, thanks for the help.",
          "ok thanks",
          "That answers it, cheers.",
        ]),
      );
    const generic = input.orderNumber === null;
    const templateKey = `${input.script.key}:${fate.thanks}`;
    const id = stableId("history", seed, index);
    const templateOf = generic ? (templates.get(templateKey) ?? null) : null;
    if (generic && !templateOf) templates.set(templateKey, id);
    plans.push({
      index,
      id,
      startAt: input.at,
      customerId: input.customer.id,
      email: input.customer.email,
      script: input.script,
      orderNumber: input.orderNumber,
      turns,
      templateOf,
      recontactOf: input.recontactOf,
      fate,
    });
    return plans[index]!;
  };

  for (let i = 0; plans.length < options.conversations; i++) {
    const r = randomStream(seed, "history", i);
    const at = startTime(r, now, days);
    let script: Script = r.chance(options.accountShare)
      ? pickScript(r, ACCOUNT_SCRIPTS)
      : pickScript(r, GENERIC_SCRIPTS);
    let customer = script.order || shoppers.length === 0 || r.chance(0.2) ? r.pick(customers) : r.pick(shoppers);
    let orderNumber: string | null = null;
    if (script.order) {
      for (let attempt = 0; attempt < 12 && !orderNumber; attempt++) {
        orderNumber = orderFor(customer, script.order, at);
        if (!orderNumber) customer = r.pick(customers);
      }
      // Nothing fits (an open order weeks ago): the customer asks a general question instead.
      if (!orderNumber) script = pickScript(r, GENERIC_SCRIPTS);
    }
    const parent = add({ r, at, customer, script, orderNumber, recontactOf: null });

    // Coming back on the same issue: likelier when the first contact ended without thanks.
    const chance = parent.script.recontact * (parent.fate.thanks ? 0.7 : 2.2);
    if (plans.length < options.conversations && r.chance(Math.min(0.6, chance))) {
      const later = new Date(at.getTime() + r.between(0.4, 6) * DAY);
      if (later.getTime() >= now.getTime() - 20 * MINUTE) continue;
      const opener = parent.orderNumber ? RECONTACT_OPENERS[parent.script.intent] : undefined;
      // A general question comes back as the same question: the answer did not settle it.
      if (parent.orderNumber && opener)
        add({
          r,
          at: later,
          customer,
          script: parent.script,
          orderNumber: parent.orderNumber,
          recontactOf: parent.index,
          opener,
        });
      else if (!parent.orderNumber)
        add({ r, at: later, customer, script: parent.script, orderNumber: null, recontactOf: parent.index });
    }
  }
  return plans.sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
}
