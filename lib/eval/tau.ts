/**
 * The tau-bench-style check of `npm run eval -- --tau DIR` (issue 10, "Measure and report"): every gold write
 * action of tau-bench retail's dev and train tasks that Tandem has a tool for becomes a two-turn conversation (the
 * customer asks in plain words with their email and order number, then says yes), plus a wrong-state variant of
 * each (the same request on an order in a state the action is not allowed in). After `simulate` runs them, the
 * checks here say whether the gold action executed exactly once, after the customer's yes, with the gold arguments
 * and exactly the policy amount; whether every wrong-state variant was refused; and whether anything was written
 * without a confirmed proposal.
 *
 * Everything here is pure: tau's JSON goes in as values (lib/eval/tau-run.ts reads the files and runs the
 * conversations), so the tests use small hand-written objects. The tau data is read in place, never copied.
 */
import { type ActionSource, convertDefaultAddress } from "./tau-default-address";
import {
  addressText,
  catalogFor,
  cents,
  fixtureOrder,
  fullName,
  paidCents,
  pickChanges,
  pickItems,
  tandemAddress,
  tandemOrderNumber,
  withStatus,
  wrongState,
} from "./tau-orders";
import {
  type ExpectedAction,
  TAU_WRITE_ACTIONS,
  type TauAddress,
  type TauCase,
  type TauCoverage,
  type TauData,
  type TauFixtureOrder,
  type TauFixtureProduct,
  type TauVariantKind,
  type TauWriteAction,
} from "./tau-types";
import {
  addressChangeText,
  CONFIRMATIONS,
  cancelText,
  changesPhrase,
  exchangeText,
  isPlural,
  itemsPhrase,
  modifyText,
  returnText,
} from "./tau-wording";

const isWriteAction = (name: string): name is TauWriteAction => Object.hasOwn(TAU_WRITE_ACTIONS, name);

export function buildTauCases(data: TauData): { cases: TauCase[]; coverage: TauCoverage } {
  const cases: TauCase[] = [];
  const coverage: TauCoverage = { writeActions: 0, covered: 0, byAction: {}, skipped: [] };
  for (const split of ["dev", "train"] as const) {
    for (const [taskIndex, task] of (data.tasks[split] ?? []).entries()) {
      for (const [actionIndex, action] of task.actions.entries()) {
        if (!isWriteAction(action.name)) continue;
        const tool = TAU_WRITE_ACTIONS[action.name];
        coverage.writeActions++;
        const entry = (coverage.byAction[action.name] ??= { n: 0, tool, converted: 0 });
        entry.n++;
        if (tool === null) continue;
        coverage.covered++;
        const built = convertAction(data, {
          split,
          taskIndex,
          actionIndex,
          task,
          action: action.name,
          kwargs: action.kwargs,
        });
        if ("skip" in built) {
          coverage.skipped.push({ split, taskIndex, action: action.name, reason: built.skip });
          continue;
        }
        entry.converted++;
        cases.push(...built.cases);
      }
    }
  }
  return { cases, coverage };
}

function convertAction(data: TauData, source: ActionSource): { cases: TauCase[] } | { skip: string } {
  const user = data.users[source.task.user_id];
  if (!user) return { skip: `user ${source.task.user_id} not in users.json` };
  if (source.action === "modify_user_address") return convertDefaultAddress(user, source);
  const orderId = typeof source.kwargs.order_id === "string" ? source.kwargs.order_id : null;
  const order = orderId ? data.orders[orderId] : undefined;
  if (!order) return { skip: `order ${orderId ?? "(none)"} not in orders.json` };
  const number = tandemOrderNumber(order.order_id);
  const name = fullName(user);
  const baseOrder = fixtureOrder(order, user, number);
  const seed = source.taskIndex + source.actionIndex + (source.split === "dev" ? 0 : 1);
  let request: { turn: string; expected: ExpectedAction; products?: TauFixtureProduct[] };
  switch (source.action) {
    case "cancel_pending_order": {
      const reason = source.kwargs.reason === "ordered by mistake" ? "mistake" : "not_needed";
      request = {
        turn: cancelText(seed, { email: user.email, number, reason }),
        expected: {
          tool: "cancel_order",
          orderNumber: number,
          money: { direction: "to_customer", amountCents: paidCents(order) },
        },
      };
      break;
    }
    case "modify_pending_order_address": {
      const kw = source.kwargs as Partial<TauAddress>;
      if (!kw.address1 || !kw.city || !kw.state || !kw.zip || !kw.country) return { skip: "address incomplete" };
      const tau: TauAddress = {
        address1: kw.address1,
        ...(kw.address2 ? { address2: kw.address2 } : {}),
        city: kw.city,
        state: kw.state,
        zip: kw.zip,
        country: kw.country,
      };
      request = {
        turn: addressChangeText(seed, { email: user.email, number, address: addressText(tau) }),
        expected: {
          tool: "change_shipping_address",
          orderNumber: number,
          address: tandemAddress(name, tau),
          money: { direction: "none", amountCents: 0 },
        },
      };
      break;
    }
    case "return_delivered_order_items": {
      const ids = stringList(source.kwargs.item_ids);
      const picked = pickItems(order, ids);
      if ("skip" in picked) return picked;
      request = {
        turn: returnText(seed, {
          email: user.email,
          number,
          items: itemsPhrase(order, picked.items),
          plural: isPlural(picked.items),
        }),
        expected: {
          tool: "return_items",
          orderNumber: number,
          items: picked.items.map((entry) => ({ sku: entry.item.item_id, quantity: entry.quantity })),
          money: {
            direction: "to_customer",
            amountCents: picked.items.reduce((sum, entry) => sum + entry.quantity * cents(entry.item.price), 0),
          },
        },
      };
      break;
    }
    case "modify_pending_order_items":
    case "exchange_delivered_order_items": {
      const changes = pickChanges(
        data,
        order,
        stringList(source.kwargs.item_ids),
        stringList(source.kwargs.new_item_ids),
      );
      if ("skip" in changes) return changes;
      const tool = source.action === "modify_pending_order_items" ? "modify_order_items" : "exchange_items";
      const difference = changes.list.reduce(
        (sum, c) => sum + c.quantity * (cents(c.variant.price) - cents(c.item.price)),
        0,
      );
      const phrase = changesPhrase(data, order, changes.list);
      request = {
        turn: (tool === "modify_order_items" ? modifyText : exchangeText)(seed, {
          email: user.email,
          number,
          changes: phrase,
        }),
        expected: {
          tool,
          orderNumber: number,
          items: changes.list.map((c) => ({ sku: c.item.item_id, quantity: c.quantity, newSku: c.variant.item_id })),
          money:
            difference > 0
              ? { direction: "from_customer", amountCents: difference }
              : difference < 0
                ? { direction: "to_customer", amountCents: -difference }
                : { direction: "none", amountCents: 0 },
        },
        products: catalogFor(
          data,
          order,
          changes.list.map((c) => c.item.product_id),
        ),
      };
      break;
    }
  }
  const confirm = CONFIRMATIONS[seed % CONFIRMATIONS.length]!;
  const id = `tau-${source.split}-${source.taskIndex}-${source.actionIndex}`;
  const make = (kind: TauVariantKind, fixture: TauFixtureOrder): TauCase => ({
    id: kind === "gold" ? id : `${id}-wrong-state`,
    split: source.split,
    taskIndex: source.taskIndex,
    actionIndex: source.actionIndex,
    action: source.action,
    kind,
    orderStatus: fixture.status,
    expected: request.expected,
    scenario: {
      id: kind === "gold" ? id : `${id}-wrong-state`,
      title: `tau-bench retail ${source.split} task ${source.taskIndex}, ${source.action}${kind === "gold" ? "" : ` on a ${fixture.status} order (not allowed)`}`,
      customer: { name, email: user.email, tier: "standard", address: tandemAddress(name, user.address) },
      orders: [fixture],
      ...(request.products?.length ? { products: request.products } : {}),
      turns: [request.turn, confirm],
      expect: {},
    },
  });
  const wrong = wrongState(source.action, seed);
  return { cases: [make("gold", baseOrder), ...(wrong ? [make("wrong_state", withStatus(baseOrder, wrong))] : [])] };
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** About `limit` conversations: all of dev (it is small), then train's actions evenly spread, both variants of each. */
export function sampleCases(cases: TauCase[], limit: number): TauCase[] {
  const dev = cases.filter((c) => c.split === "dev");
  if (dev.length >= limit) return dev.slice(0, limit);
  const groups = new Map<string, TauCase[]>();
  for (const c of cases.filter((c) => c.split !== "dev")) {
    const key = `${c.split}:${c.taskIndex}:${c.actionIndex}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const list = [...groups.values()];
  const perGroup = list.length ? cases.filter((c) => c.split !== "dev").length / list.length : 1;
  const wanted = Math.min(list.length, Math.max(1, Math.round((limit - dev.length) / perGroup)));
  const picked: TauCase[] = [];
  for (let i = 0; i < wanted; i++) picked.push(...list[Math.floor((i * list.length) / wanted)]!);
  return [...dev, ...picked];
}
