/**
 * tau-bench retail's modify_user_address as a Tandem conversation (see lib/eval/tau.ts): the customer asks to change
 * the default address on their account, naming their first order to verify with. There is no state rule, so there is
 * only the gold variant.
 */
import { addressText, fullName, tandemAddress, tandemOrderNumber } from "./tau-orders";
import type { TauAddress, TauCase, TauFixtureOrder, TauSplit, TauTask, TauUser, TauWriteAction } from "./tau-types";
import { CONFIRMATIONS } from "./tau-wording";

/** One gold write action of a tau task, where it came from and its arguments. */
export type ActionSource = {
  split: TauSplit;
  taskIndex: number;
  actionIndex: number;
  task: TauTask;
  action: TauWriteAction;
  kwargs: Record<string, unknown>;
};

export function convertDefaultAddress(user: TauUser, source: ActionSource): { cases: TauCase[] } | { skip: string } {
  // tau's modify_user_address takes the user's id and the new address; Tandem verifies with an order number, so
  // the customer names their first order. There is no state rule, so no wrong-state variant.
  const kw = source.kwargs as Partial<TauAddress>;
  if (!kw.address1 || !kw.city || !kw.state || !kw.zip || !kw.country) return { skip: "address incomplete" };
  const firstOrder = user.orders[0];
  if (!firstOrder) return { skip: "the user has no order to verify with" };
  const tau: TauAddress = {
    address1: kw.address1,
    ...(kw.address2 ? { address2: kw.address2 } : {}),
    city: kw.city,
    state: kw.state,
    zip: kw.zip,
    country: kw.country,
  };
  const number = tandemOrderNumber(firstOrder);
  const name = fullName(user);
  const seed = source.taskIndex + source.actionIndex;
  const id = `tau-${source.split}-${source.taskIndex}-${source.actionIndex}`;
  const order: TauFixtureOrder = {
    number,
    status: "delivered",
    placedDaysAgo: 40,
    shippedDaysAgo: 38,
    deliveredDaysAgo: 35,
    shippingCents: 0,
    items: [
      {
        sku: `TAU-${number.slice(3)}`,
        name: "Notebook",
        quantity: 1,
        unitPriceCents: 1000,
        options: {},
        family: `TAU-${number.slice(3)}`,
      },
    ],
    payment: { method: "card", cardLast4: null, status: "captured" },
    shippingAddress: tandemAddress(name, user.address),
  };
  const templates = [
    (a: string) =>
      `Hi, my email is ${user.email} and one of my orders is ${number}. Please update my default address to ${a}.`,
    (a: string) =>
      `Hello, I moved. Can you change the default address on my account to ${a}? Email ${user.email}, order ${number}.`,
  ];
  return {
    cases: [
      {
        id,
        split: source.split,
        taskIndex: source.taskIndex,
        actionIndex: source.actionIndex,
        action: source.action,
        kind: "gold",
        orderStatus: order.status,
        expected: {
          tool: "update_default_address",
          orderNumber: number,
          address: tandemAddress(name, tau),
          money: { direction: "none", amountCents: 0 },
        },
        scenario: {
          id,
          title: `tau-bench retail ${source.split} task ${source.taskIndex}, modify_user_address`,
          customer: { name, email: user.email, tier: "standard", address: tandemAddress(name, user.address) },
          orders: [order],
          turns: [templates[seed % templates.length]!(addressText(tau)), CONFIRMATIONS[seed % CONFIRMATIONS.length]!],
          expect: {},
        },
      },
    ],
  };
}
