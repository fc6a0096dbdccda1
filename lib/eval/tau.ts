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

// ---------------------------------------------------------------------------------------------------------------
// tau-bench retail's data, as its JSON files hold it (only the fields used here)

export type TauAddress = { address1: string; address2?: string; city: string; country: string; state: string; zip: string };
export type TauPaymentMethod = { source: string; id: string; brand?: string; last_four?: string; balance?: number };
export type TauUser = {
  name: { first_name: string; last_name: string };
  address: TauAddress;
  email: string;
  payment_methods: Record<string, TauPaymentMethod>;
  orders: string[];
};
export type TauOrderItem = { name: string; product_id: string; item_id: string; price: number; options: Record<string, string> };
export type TauOrder = {
  order_id: string;
  user_id: string;
  address: TauAddress;
  items: TauOrderItem[];
  status: string;
  payment_history: Array<{ transaction_type: string; amount: number; payment_method_id: string }>;
};
export type TauVariant = { item_id: string; options: Record<string, string>; available: boolean; price: number };
export type TauProduct = { name: string; product_id: string; variants: Record<string, TauVariant> };
export type TauAction = { name: string; kwargs: Record<string, unknown> };
export type TauTask = { user_id: string; instruction?: string; actions: TauAction[] };
export type TauSplit = "dev" | "train";
export type TauData = {
  users: Record<string, TauUser>;
  orders: Record<string, TauOrder>;
  products: Record<string, TauProduct>;
  tasks: Partial<Record<TauSplit, TauTask[]>>;
};

/** tau-bench's write actions and the Tandem tool each maps to; null: Tandem has no such tool (counted as not covered). */
export const TAU_WRITE_ACTIONS = {
  cancel_pending_order: "cancel_order",
  modify_pending_order_address: "change_shipping_address",
  modify_pending_order_items: "modify_order_items",
  return_delivered_order_items: "return_items",
  exchange_delivered_order_items: "exchange_items",
  modify_user_address: "update_default_address",
  modify_pending_order_payment: null,
} as const satisfies Record<string, string | null>;
export type TauWriteAction = keyof typeof TAU_WRITE_ACTIONS;
export type TandemWriteTool = NonNullable<(typeof TAU_WRITE_ACTIONS)[TauWriteAction]>;

/**
 * Tandem's write tools (CONTRACTS.md; WRITE_TOOLS in lib/tools/registry.ts, which is server-only at run time, so
 * the names are repeated here) and the ones the policy exempts from confirmation by default.
 */
export const WRITE_TOOLS = new Set([
  "cancel_order",
  "change_shipping_address",
  "update_default_address",
  "modify_order_items",
  "return_items",
  "exchange_items",
  "refund",
  "goodwill_credit",
  "resend_confirmation",
  // the tools before issue 10, so an old build is measured by the same rule
  "start_return",
]);
export const CONFIRMATION_EXEMPT = new Set(["resend_confirmation"]);

const isWriteAction = (name: string): name is TauWriteAction => Object.hasOwn(TAU_WRITE_ACTIONS, name);

// ---------------------------------------------------------------------------------------------------------------
// The conversations

/** A Tandem address as the tools take it (ShippingAddress in lib/commerce/store.ts). */
export type TandemAddress = { name: string; line1: string; line2?: string; city: string; region?: string; postalCode: string; country: string };

/** What the gold action must do, in Tandem's terms. */
export type ExpectedAction = {
  tool: TandemWriteTool;
  orderNumber: string;
  /** Items as the tool takes them: order SKUs (tau item ids), quantities, and the new variant for a modification/exchange. */
  items?: Array<{ sku: string; quantity: number; newSku?: string }>;
  address?: TandemAddress;
  /** The money the policy moves: a return refunds the returned items, a cancellation what was paid, a modification or exchange the price difference. */
  money: { direction: "to_customer" | "from_customer" | "none"; amountCents: number };
};

export type TauVariantKind = "gold" | "wrong_state";

/** One conversation of the check, with where it came from. `scenario` is validated by scenarioSchema when it runs. */
export type TauCase = {
  id: string;
  split: TauSplit;
  taskIndex: number;
  actionIndex: number;
  action: TauWriteAction;
  kind: TauVariantKind;
  /** For a wrong-state variant: the state the order was put in. */
  orderStatus: string;
  expected: ExpectedAction;
  scenario: TauScenario;
};

/** A scenario in evals/scenarios.jsonl's format (lib/eval/scenarios.ts, with item variants and catalog products). */
export type TauScenario = {
  id: string;
  title: string;
  customer: { name: string; email: string; tier: "standard"; address?: TandemAddress };
  orders: TauFixtureOrder[];
  products?: TauFixtureProduct[];
  turns: string[];
  expect: Record<string, never>;
};
export type TauFixtureItem = { sku: string; name: string; quantity: number; unitPriceCents: number; options: Record<string, string>; family: string };
export type TauFixtureProduct = { sku: string; name: string; family: string; options: Record<string, string>; priceCents: number; inStock: boolean };
export type TauFixtureOrder = {
  number: string;
  status: "pending" | "processing" | "shipped" | "delivered" | "cancelled";
  placedDaysAgo: number;
  shippedDaysAgo?: number;
  deliveredDaysAgo?: number;
  cancelledDaysAgo?: number;
  shippingCents: 0;
  items: TauFixtureItem[];
  payment: { method: string; cardLast4: string | null; status: "captured" };
  shippingAddress: TandemAddress;
};

/** Every tau write action of the tasks, whether it became a conversation, and why not. */
export type TauCoverage = {
  /** tau write actions in the tasks read (every name in TAU_WRITE_ACTIONS). */
  writeActions: number;
  /** Of those, the ones Tandem has a tool for. */
  covered: number;
  byAction: Record<string, { n: number; tool: string | null; converted: number }>;
  /** Covered actions that did not become a conversation, with the reason. */
  skipped: Array<{ split: TauSplit; taskIndex: number; action: string; reason: string }>;
};

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
        const built = convertAction(data, { split, taskIndex, actionIndex, task, action: action.name, kwargs: action.kwargs });
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

type ActionSource = { split: TauSplit; taskIndex: number; actionIndex: number; task: TauTask; action: TauWriteAction; kwargs: Record<string, unknown> };

/** "#W5442520" → "NW-5442520": deterministic, unique (tau's ids are unique), and what a customer would type. */
export function tandemOrderNumber(tauOrderId: string): string {
  const digits = tauOrderId.replace(/\D/g, "");
  return `NW-${digits}`;
}

export const cents = (dollars: number): number => Math.round(dollars * 100);

const COUNTRY_CODES: Record<string, string> = { USA: "US", US: "US", "UNITED STATES": "US", UK: "GB", "UNITED KINGDOM": "GB", CANADA: "CA" };
export function tandemAddress(name: string, address: TauAddress): TandemAddress {
  const country = COUNTRY_CODES[address.country.trim().toUpperCase()] ?? address.country.trim().slice(0, 2).toUpperCase();
  return {
    name,
    line1: address.address1,
    ...(address.address2 ? { line2: address.address2 } : {}),
    city: address.city,
    region: address.state,
    postalCode: address.zip,
    country,
  };
}

/** The address as a customer writes it: "320 Cedar Avenue, Suite 116, San Antonio, TX 78219, USA". */
export function addressText(address: TauAddress): string {
  return [address.address1, address.address2, address.city, `${address.state} ${address.zip}`, address.country].filter((part) => part && part.trim()).join(", ");
}

const fullName = (user: TauUser) => `${user.name.first_name} ${user.name.last_name}`;

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
        expected: { tool: "cancel_order", orderNumber: number, money: { direction: "to_customer", amountCents: paidCents(order) } },
      };
      break;
    }
    case "modify_pending_order_address": {
      const kw = source.kwargs as Partial<TauAddress>;
      if (!kw.address1 || !kw.city || !kw.state || !kw.zip || !kw.country) return { skip: "address incomplete" };
      const tau: TauAddress = { address1: kw.address1, ...(kw.address2 ? { address2: kw.address2 } : {}), city: kw.city, state: kw.state, zip: kw.zip, country: kw.country };
      request = {
        turn: addressChangeText(seed, { email: user.email, number, address: addressText(tau) }),
        expected: { tool: "change_shipping_address", orderNumber: number, address: tandemAddress(name, tau), money: { direction: "none", amountCents: 0 } },
      };
      break;
    }
    case "return_delivered_order_items": {
      const ids = stringList(source.kwargs.item_ids);
      const picked = pickItems(order, ids);
      if ("skip" in picked) return picked;
      request = {
        turn: returnText(seed, { email: user.email, number, items: itemsPhrase(order, picked.items), plural: isPlural(picked.items) }),
        expected: {
          tool: "return_items",
          orderNumber: number,
          items: picked.items.map((entry) => ({ sku: entry.item.item_id, quantity: entry.quantity })),
          money: { direction: "to_customer", amountCents: picked.items.reduce((sum, entry) => sum + entry.quantity * cents(entry.item.price), 0) },
        },
      };
      break;
    }
    case "modify_pending_order_items":
    case "exchange_delivered_order_items": {
      const changes = pickChanges(data, order, stringList(source.kwargs.item_ids), stringList(source.kwargs.new_item_ids));
      if ("skip" in changes) return changes;
      const tool = source.action === "modify_pending_order_items" ? "modify_order_items" : "exchange_items";
      const difference = changes.list.reduce((sum, c) => sum + c.quantity * (cents(c.variant.price) - cents(c.item.price)), 0);
      const phrase = changesPhrase(data, order, changes.list);
      request = {
        turn: (tool === "modify_order_items" ? modifyText : exchangeText)(seed, { email: user.email, number, changes: phrase }),
        expected: {
          tool,
          orderNumber: number,
          items: changes.list.map((c) => ({ sku: c.item.item_id, quantity: c.quantity, newSku: c.variant.item_id })),
          money: difference > 0 ? { direction: "from_customer", amountCents: difference } : difference < 0 ? { direction: "to_customer", amountCents: -difference } : { direction: "none", amountCents: 0 },
        },
        products: catalogFor(data, order, changes.list.map((c) => c.item.product_id)),
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

function convertDefaultAddress(user: TauUser, source: ActionSource): { cases: TauCase[] } | { skip: string } {
  // tau's modify_user_address takes the user's id and the new address; Tandem verifies with an order number, so
  // the customer names their first order. There is no state rule, so no wrong-state variant.
  const kw = source.kwargs as Partial<TauAddress>;
  if (!kw.address1 || !kw.city || !kw.state || !kw.zip || !kw.country) return { skip: "address incomplete" };
  const firstOrder = user.orders[0];
  if (!firstOrder) return { skip: "the user has no order to verify with" };
  const tau: TauAddress = { address1: kw.address1, ...(kw.address2 ? { address2: kw.address2 } : {}), city: kw.city, state: kw.state, zip: kw.zip, country: kw.country };
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
    items: [{ sku: `TAU-${number.slice(3)}`, name: "Notebook", quantity: 1, unitPriceCents: 1000, options: {}, family: `TAU-${number.slice(3)}` }],
    payment: { method: "card", cardLast4: null, status: "captured" },
    shippingAddress: tandemAddress(name, user.address),
  };
  const templates = [
    (a: string) => `Hi, my email is ${user.email} and one of my orders is ${number}. Please update my default address to ${a}.`,
    (a: string) => `Hello, I moved. Can you change the default address on my account to ${a}? Email ${user.email}, order ${number}.`,
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
        expected: { tool: "update_default_address", orderNumber: number, address: tandemAddress(name, tau), money: { direction: "none", amountCents: 0 } },
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

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** What was paid on the order (tau: its payments minus refunds). */
export function paidCents(order: TauOrder): number {
  return order.payment_history.reduce((sum, p) => sum + (p.transaction_type === "refund" ? -1 : 1) * cents(p.amount), 0);
}

/** The order in Tandem's fixture format: tau's repeated item ids become a quantity, per-item prices in cents. */
export function fixtureOrder(order: TauOrder, user: TauUser, number: string): TauFixtureOrder {
  const items: TauFixtureItem[] = [];
  for (const item of order.items) {
    const same = items.find((i) => i.sku === item.item_id);
    if (same) same.quantity++;
    else items.push({ sku: item.item_id, name: item.name, quantity: 1, unitPriceCents: cents(item.price), options: { ...item.options }, family: item.product_id });
  }
  const paymentId = order.payment_history.find((p) => p.transaction_type === "payment")?.payment_method_id ?? "";
  const method = user.payment_methods[paymentId];
  const payment =
    method?.source === "credit_card"
      ? { method: "card", cardLast4: method.last_four && /^\d{4}$/.test(method.last_four) ? method.last_four : null, status: "captured" as const }
      : { method: method?.source ?? (paymentId.replace(/_\d+$/, "") || "card"), cardLast4: null, status: "captured" as const };
  return withStatus(
    { number, status: "pending", placedDaysAgo: 1, shippingCents: 0, items, payment, shippingAddress: tandemAddress(fullName(user), order.address) },
    tandemStatus(order.status),
  );
}

/** tau's status as Tandem's: pending→pending, processed→shipped, delivered→delivered (a few days ago), cancelled→cancelled. */
export function tandemStatus(status: string): TauFixtureOrder["status"] {
  if (status === "processed") return "shipped";
  if (status === "delivered" || status === "cancelled") return status;
  return "pending";
}

/** The order in a given state, with the dates that state needs (delivered 5 days ago: well within the 30-day window). */
export function withStatus(order: TauFixtureOrder, status: TauFixtureOrder["status"]): TauFixtureOrder {
  const rest = { ...order };
  delete rest.shippedDaysAgo;
  delete rest.deliveredDaysAgo;
  delete rest.cancelledDaysAgo;
  switch (status) {
    case "pending":
    case "processing":
      return { ...rest, status, placedDaysAgo: 1 };
    case "shipped":
      return { ...rest, status, placedDaysAgo: 3, shippedDaysAgo: 2 };
    case "delivered":
      return { ...rest, status, placedDaysAgo: 10, shippedDaysAgo: 8, deliveredDaysAgo: 5 };
    case "cancelled":
      return { ...rest, status, placedDaysAgo: 5, cancelledDaysAgo: 4 };
  }
}

/** A state the action is not allowed in, alternating deterministically between the two the brief names. */
export function wrongState(action: TauWriteAction, seed: number): TauFixtureOrder["status"] | null {
  switch (action) {
    case "return_delivered_order_items":
    case "exchange_delivered_order_items":
      return seed % 2 === 0 ? "pending" : "shipped";
    case "cancel_pending_order":
    case "modify_pending_order_address":
    case "modify_pending_order_items":
    case "modify_pending_order_payment":
      return seed % 2 === 0 ? "delivered" : "shipped";
    case "modify_user_address":
      return null;
  }
}

type PickedItem = { item: TauOrderItem; quantity: number };

/** tau's item ids (repeated for quantity) as order items with quantities, in the order's order. */
function pickItems(order: TauOrder, ids: string[]): { items: PickedItem[] } | { skip: string } {
  if (ids.length === 0) return { skip: "no item ids" };
  const items: PickedItem[] = [];
  for (const id of ids) {
    const item = order.items.find((i) => i.item_id === id);
    if (!item) return { skip: `item ${id} is not in ${order.order_id}` };
    const same = items.find((p) => p.item.item_id === id);
    if (same) same.quantity++;
    else items.push({ item, quantity: 1 });
  }
  return { items };
}

type Change = { item: TauOrderItem; variant: TauVariant; quantity: number };

function pickChanges(data: TauData, order: TauOrder, ids: string[], newIds: string[]): { list: Change[] } | { skip: string } {
  if (ids.length === 0 || ids.length !== newIds.length) return { skip: "item_ids and new_item_ids do not pair up" };
  const list: Change[] = [];
  for (const [i, id] of ids.entries()) {
    const newId = newIds[i]!;
    // tau's synthetic tasks sometimes "modify" an item to itself ("… to {}"): nothing to ask for.
    if (newId === id) continue;
    const item = order.items.find((it) => it.item_id === id);
    if (!item) return { skip: `item ${id} is not in ${order.order_id}` };
    const variant = data.products[item.product_id]?.variants[newId];
    if (!variant) return { skip: `new item ${newId} is not a variant of product ${item.product_id}` };
    const same = list.find((c) => c.item.item_id === id && c.variant.item_id === newId);
    if (same) same.quantity++;
    else list.push({ item, variant, quantity: 1 });
  }
  if (list.length === 0) return { skip: "no-op: every new item is the old one" };
  return { list };
}

/** The catalog variants of the families involved, so the tools can find the new variant. */
function catalogFor(data: TauData, order: TauOrder, productIds: string[]): TauFixtureProduct[] {
  const products: TauFixtureProduct[] = [];
  for (const productId of [...new Set(productIds)]) {
    const product = data.products[productId];
    if (!product) continue;
    for (const variant of Object.values(product.variants)) {
      // A variant in the order is described exactly as its order item (scenarioSchema compares the two).
      const inOrder = order.items.find((item) => item.item_id === variant.item_id);
      const options = { ...(inOrder?.options ?? variant.options) };
      products.push({ sku: variant.item_id, name: inOrder?.name ?? product.name, family: product.product_id, options, priceCents: cents(variant.price), inStock: variant.available });
    }
  }
  return products;
}

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

// ---------------------------------------------------------------------------------------------------------------
// Plain wording

/** Option values that do not say what they are on their own ("10", "yes", "high") are written with their name. */
const BARE_VALUES = new Set(["yes", "no", "none", "high", "low", "medium", "large", "small", "basic", "fixed", "adjustable", "full", "half", "standard", "professional"]);
export function optionPhrase(key: string, value: string, ambiguous: ReadonlySet<string> = new Set()): string {
  return /^\d+(\.\d+)?$/.test(value) || BARE_VALUES.has(value.toLowerCase()) || ambiguous.has(value) ? `${key} ${value}` : value;
}
const optionValues = (options: Record<string, string>, keys = Object.keys(options), ambiguous?: ReadonlySet<string>) => keys.map((k) => optionPhrase(k, options[k]!, ambiguous));

/** Values that more than one option of a product can take ("black" frame and "black" lens): said with their option's name. */
export function ambiguousValues(product: TauProduct | undefined, extra: Array<Record<string, string>> = []): Set<string> {
  const keysOf = new Map<string, Set<string>>();
  for (const options of [...Object.values(product?.variants ?? {}).map((v) => v.options), ...extra]) {
    for (const [key, value] of Object.entries(options)) keysOf.set(value, (keysOf.get(value) ?? new Set()).add(key));
  }
  return new Set([...keysOf].filter(([, keys]) => keys.size > 1).map(([value]) => value));
}

/** How a person names an item of an order: by name, with the options that tell it apart when the order has two of that name. */
export function itemPhrase(order: TauOrder, item: TauOrderItem): string {
  const twins = order.items.filter((other) => other.name === item.name && other.item_id !== item.item_id);
  if (twins.length === 0) return item.name;
  const differing = Object.keys(item.options).filter((key) => twins.some((twin) => twin.options[key] !== item.options[key]));
  return `${optionValues(item.options, differing).join(" ")} ${item.name}`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function itemsPhrase(order: TauOrder, items: PickedItem[]): string {
  return joinAnd(
    items.map(({ item, quantity }) => {
      const inOrder = order.items.filter((i) => i.item_id === item.item_id).length;
      const name = itemPhrase(order, item);
      if (inOrder <= 1) return `the ${name}`;
      return quantity === inOrder ? `both ${name}s` : `one of the ${name}s`;
    }),
  );
}

const isPlural = (items: PickedItem[]) => items.length > 1 || items.some((i) => i.quantity > 1);

/** "the Hiking Boots (size 10, brown) for the size 11 one": the old options in full, the new ones that differ. */
function changesPhrase(data: TauData, order: TauOrder, changes: Change[]): string {
  return joinAnd(
    changes.map(({ item, variant, quantity }) => {
      const differing = Object.keys(variant.options).filter((key) => variant.options[key] !== item.options[key]);
      const inOrder = order.items.filter((i) => i.item_id === item.item_id).length;
      const which = inOrder <= 1 ? `the ${item.name}` : quantity === inOrder ? `both ${item.name}s` : `one of the ${item.name}s`;
      const ambiguous = ambiguousValues(data.products[item.product_id], [item.options]);
      const target = optionValues(variant.options, differing, ambiguous).join(", ");
      return `${which} (${optionValues(item.options, undefined, ambiguous).join(", ")}) for ${quantity > 1 ? `the ${target} ones` : `the ${target} one`}`;
    }),
  );
}

const CONFIRMATIONS = ["Yes, please go ahead.", "Yes please, go ahead.", "Yes, that's right. Please go ahead."];

type Words = { email: string; number: string };

export function returnText(seed: number, w: Words & { items: string; plural: boolean }): string {
  const it = w.plural ? "them" : "it";
  const templates = [
    `Hi, my email is ${w.email}. I'd like to return ${w.items} from order ${w.number}. Please refund it to my original payment method.`,
    `Hello, I want to send back ${w.items} from my order ${w.number}. My email is ${w.email}. Please refund the money to the payment method I used.`,
    `hi, email ${w.email}, order ${w.number}. I don't need ${w.items} anymore and would like to return ${it}, refund to my original payment method please`,
  ];
  return templates[seed % templates.length]!;
}

export function exchangeText(seed: number, w: Words & { changes: string }): string {
  const templates = [
    `Hi, my email is ${w.email}. I'd like to exchange ${w.changes} from order ${w.number}.`,
    `Hello, about order ${w.number} (email ${w.email}): could I exchange ${w.changes}?`,
    `My email is ${w.email}. I received order ${w.number} and want to exchange ${w.changes}, please.`,
  ];
  return templates[seed % templates.length]!;
}

export function modifyText(seed: number, w: Words & { changes: string }): string {
  // The same "X (options) for the Y one" phrase, with the verbs people use for an order that has not shipped.
  const swap = w.changes.replaceAll(") for the ", ") to the ");
  const templates = [
    `Hi, my email is ${w.email}. Order ${w.number} hasn't shipped yet and I'd like to change ${swap}.`,
    `Hello, can I modify my pending order ${w.number}? I'd like to swap ${w.changes}. My email is ${w.email}.`,
    `email ${w.email}, order ${w.number}: please change ${swap} before it ships`,
  ];
  return templates[seed % templates.length]!;
}

export function addressChangeText(seed: number, w: Words & { address: string }): string {
  const templates = [
    `Hi, my email is ${w.email}. Please change the shipping address of order ${w.number} to ${w.address}.`,
    `Hello, I need order ${w.number} delivered to a different address: ${w.address}. My email is ${w.email}.`,
    `my email is ${w.email}. can you update the delivery address on order ${w.number}? the new address is ${w.address}`,
  ];
  return templates[seed % templates.length]!;
}

export function cancelText(seed: number, w: Words & { reason: "mistake" | "not_needed" }): string {
  const why = w.reason === "mistake" ? ["I ordered it by mistake", "I placed it by mistake"] : ["I no longer need it", "I don't need it anymore"];
  const templates = [
    `Hi, my email is ${w.email}. Please cancel order ${w.number}, ${why[0]}.`,
    `Hello, ${why[1]}: could you cancel my order ${w.number}? My email is ${w.email}.`,
    `email ${w.email} - please cancel order ${w.number}. ${why[0]}`,
  ];
  return templates[seed % templates.length]!;
}

// ---------------------------------------------------------------------------------------------------------------
// The checks, on simulate's output (lib/eval/simulate.ts SimulationResult; read defensively, so an older build's
// output is measured too, with what it lacks reported as a cause)

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
  wrong_state_counterpart: "wrong state: the action that state allows ran instead, after a yes (exchange ↔ modification)",
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

const COUNTERPARTS: Partial<Record<TandemWriteTool, TandemWriteTool>> = { exchange_items: "modify_order_items", modify_order_items: "exchange_items" };

const executedWrites = (observed: TauObserved) => observed.toolCalls.filter((call) => call.executed && WRITE_TOOLS.has(call.tool));
const unconfirmed = (observed: TauObserved, exempt: ReadonlySet<string>) =>
  executedWrites(observed).filter((call) => !exempt.has(call.tool) && call.afterConfirmation !== true);

/** `exempt`: the policy's tools.confirmation_exempt (default CONFIRMATION_EXEMPT). */
export function checkTauCase(tauCase: Pick<TauCase, "kind" | "expected">, observed: TauObserved, exempt: ReadonlySet<string> = CONFIRMATION_EXEMPT): TauVerdict {
  return tauCase.kind === "gold" ? checkGold(tauCase.expected, observed, exempt) : checkWrongState(tauCase.expected, observed, exempt);
}

function checkWrongState(expected: ExpectedAction, observed: TauObserved, exempt: ReadonlySet<string>): TauVerdict {
  const writes = executedWrites(observed);
  const unconfirmedWrites = unconfirmed(observed, exempt).length;
  // The gold tool or its counterpart (an exchange asked as a modification…) refused for the order's state.
  const refusedForState = observed.toolCalls.some((call) => WRITE_TOOLS.has(call.tool) && call.reason === "wrong_state");
  if (writes.length > 0) {
    // An exchange asked on an order that has not shipped can be done as a modification (and the reverse), which
    // that state allows: counted apart from the action itself running where it must not.
    const counterpart = COUNTERPARTS[expected.tool];
    const cause = counterpart && writes.every((call) => call.tool === counterpart && call.afterConfirmation === true) ? "wrong_state_counterpart" : "not_refused";
    return { ok: false, cause, detail: writes.map(describeCall).join("; "), unconfirmedWrites, refusedForState };
  }
  const calls = observed.toolCalls.filter((call) => WRITE_TOOLS.has(call.tool));
  return { ok: true, detail: calls.length ? calls.map(describeCall).join("; ") : `no write tool called; ${describeObserved(observed)}`, unconfirmedWrites, refusedForState };
}

function checkGold(expected: ExpectedAction, observed: TauObserved, exempt: ReadonlySet<string>): TauVerdict {
  const unconfirmedCalls = unconfirmed(observed, exempt);
  const unconfirmedWrites = unconfirmedCalls.length;
  const fail = (cause: TauCause, detail: string): TauVerdict => ({ ok: false, cause, detail, unconfirmedWrites });
  const gold = observed.toolCalls.filter((call) => call.tool === expected.tool && call.executed);
  const others = executedWrites(observed).filter((call) => call.tool !== expected.tool);
  if (unconfirmedWrites > 0) return fail("executed_without_confirmation", unconfirmedCalls.map(describeCall).join("; "));
  if (gold.length === 0) {
    if (others.length > 0) return fail("other_write_executed", others.map(describeCall).join("; "));
    const attempts = observed.toolCalls.filter((call) => call.tool === expected.tool);
    const approval = attempts.find((call) => call.decision === "needs_approval");
    if (approval) return fail("needs_approval", describeCall(approval));
    const denied = attempts.find((call) => call.decision === "denied");
    if (denied) return fail("denied", describeCall(denied));
    const proposed = (observed.proposals ?? []).filter((p) => p.tool === expected.tool);
    if (proposed.length > 0 || attempts.length > 0) {
      const seen = proposed.length ? proposed.map((p) => `turn ${p.turn}: ${p.tool} ${p.status ?? ""} ${(p.lines ?? []).join(" / ")}`.trim()) : attempts.map(describeCall);
      return fail("not_executed_after_yes", seen.join("; "));
    }
    if (observed.escalation) return fail("handed_over", `turn ${observed.escalation.turn} (${observed.escalation.reason})`);
    return fail("not_proposed", describeObserved(observed));
  }
  if (gold.length > 1) return fail("executed_more_than_once", gold.map(describeCall).join("; "));
  const call = gold[0]!;
  if (others.length > 0) return fail("other_write_executed", [call, ...others].map(describeCall).join("; "));
  if (call.order !== undefined && call.order !== expected.orderNumber) return fail("wrong_order", `${call.order}, expected ${expected.orderNumber}`);
  const args = asRecord(call.args);
  const argsOrder = typeof args?.orderNumber === "string" ? args.orderNumber : call.order;
  if (expected.tool !== "update_default_address" && argsOrder !== undefined && normalizeOrder(argsOrder) !== normalizeOrder(expected.orderNumber)) {
    return fail("wrong_order", `${argsOrder}, expected ${expected.orderNumber}`);
  }
  if (expected.items) {
    const got = observedItems(call);
    if (!got) return fail("wrong_items", `no items in the call's arguments, expected ${itemsKey(expected.items)}`);
    if (itemsKey(got) !== itemsKey(expected.items)) return fail("wrong_items", `${itemsKey(got)}, expected ${itemsKey(expected.items)}`);
  }
  if (expected.address) {
    const got = asRecord(args?.address);
    const diff = got ? addressDifference(expected.address, got) : "no address in the call's arguments";
    if (diff) return fail("wrong_address", diff);
  }
  const money = observedMoney(call);
  if (!money) {
    if (expected.money.amountCents !== 0) return fail("amount_not_reported", `${describeCall(call)}; expected ${moneyText(expected.money)}`);
  } else if (money.amountCents !== expected.money.amountCents || (expected.money.amountCents > 0 && money.direction !== undefined && money.direction !== expected.money.direction)) {
    return fail("wrong_amount", `${moneyText(money)}, expected ${moneyText(expected.money)}`);
  }
  return { ok: true, detail: describeCall(call), unconfirmedWrites };
}

const asRecord = (value: unknown): Record<string, unknown> | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const normalizeOrder = (number: string) => number.trim().toUpperCase().replace(/^#/, "");

/** The call's items as {sku, quantity, newSku}: from its arguments, else from the items the trace recorded. */
function observedItems(call: TauObservedCall): Array<{ sku: string; quantity: number; newSku?: string }> | null {
  for (const source of [asRecord(call.args)?.items, call.items]) {
    if (!Array.isArray(source)) continue;
    const items = source.flatMap((raw) => {
      const item = asRecord(raw);
      if (!item || typeof item.sku !== "string") return [];
      return [{ sku: item.sku, quantity: typeof item.quantity === "number" ? item.quantity : 1, ...(typeof item.newSku === "string" ? { newSku: item.newSku } : {}) }];
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
  if (call.money && typeof call.money.amountCents === "number") return { amountCents: call.money.amountCents, ...(call.money.direction ? { direction: call.money.direction } : {}) };
  if (typeof call.amountCents === "number") return { amountCents: call.amountCents };
  return null;
}

const moneyText = (money: { direction?: string; amountCents: number }) => `${(money.amountCents / 100).toFixed(2)}${money.direction ? ` ${money.direction}` : ""}`;

const squash = (value: unknown) => (typeof value === "string" ? value.trim().replace(/\s+/g, " ").replace(/[.,]$/, "").toLowerCase() : "");

/** Which address fields differ (the name is not the customer's to change here, so it is not compared). */
export function addressDifference(expected: TandemAddress, got: Record<string, unknown>): string | null {
  const fields = ["line1", "line2", "city", "region", "postalCode", "country"] as const;
  const wrong = fields.filter((field) => squash(expected[field]) !== squash(got[field]));
  return wrong.length ? wrong.map((field) => `${field} ${JSON.stringify(got[field] ?? null)} (expected ${JSON.stringify(expected[field] ?? null)})`).join(", ") : null;
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

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

// ---------------------------------------------------------------------------------------------------------------
// Figures

export const TAU_BARS = { executedCorrect: 0.95, wrongStateRefused: 1, unconfirmedWrites: 0 };

export type TauResult = { id: string; split: TauSplit; action: TauWriteAction; kind: TauVariantKind; turns: string[]; verdict: TauVerdict };

export type TauSplitFigures = {
  gold: { n: number; correct: number; rate: number };
  /** refusedForState: refusals with a wrong_state decision; counterpart: not refused, the counterpart action ran after a yes. */
  wrongState: { n: number; refused: number; rate: number; refusedForState: number; counterpart: number };
  unconfirmedWrites: number;
};

export type TauFigures = {
  dir: string;
  coverage: TauCoverage;
  conversations: number;
  overall: TauSplitFigures;
  bySplit: Partial<Record<TauSplit, TauSplitFigures>>;
  byAction: Record<string, { gold: number; correct: number; wrongState: number; refused: number }>;
  /** Failures by cause, with a few examples each. */
  failures: Array<{ cause: TauCause; label: string; n: number; gold: number; wrongState: number; examples: Array<{ id: string; turn1: string; detail: string }> }>;
  msPerConversation: { mean: number; max: number };
  /** Splits whose task file was not found. */
  missingSplits: TauSplit[];
  /** Every failing conversation, for a closer look (--json). */
  failing: Array<{ id: string; split: TauSplit; action: TauWriteAction; kind: TauVariantKind; cause: TauCause | null; detail: string }>;
  /** Only a sample of the conversations ran (--tau-limit). */
  sampled: boolean;
};

export function summarizeTau(results: TauResult[], extra: { dir: string; coverage: TauCoverage; durationsMs: number[]; missingSplits: TauSplit[]; sampled?: boolean; examplesPerCause?: number }): TauFigures {
  const splitFigures = (list: TauResult[]): TauSplitFigures => {
    const gold = list.filter((r) => r.kind === "gold");
    const wrong = list.filter((r) => r.kind === "wrong_state");
    const correct = gold.filter((r) => r.verdict.ok).length;
    const refused = wrong.filter((r) => r.verdict.ok).length;
    return {
      gold: { n: gold.length, correct, rate: gold.length ? correct / gold.length : 0 },
      wrongState: { n: wrong.length, refused, rate: wrong.length ? refused / wrong.length : 0, refusedForState: wrong.filter((r) => r.verdict.ok && r.verdict.refusedForState).length,
        counterpart: wrong.filter((r) => r.verdict.cause === "wrong_state_counterpart").length,
      },
      unconfirmedWrites: list.reduce((sum, r) => sum + r.verdict.unconfirmedWrites, 0),
    };
  };
  const bySplit: TauFigures["bySplit"] = {};
  for (const split of ["dev", "train"] as const) {
    const list = results.filter((r) => r.split === split);
    if (list.length) bySplit[split] = splitFigures(list);
  }
  const byAction: TauFigures["byAction"] = {};
  for (const r of results) {
    const entry = (byAction[r.action] ??= { gold: 0, correct: 0, wrongState: 0, refused: 0 });
    if (r.kind === "gold") {
      entry.gold++;
      if (r.verdict.ok) entry.correct++;
    } else {
      entry.wrongState++;
      if (r.verdict.ok) entry.refused++;
    }
  }
  const causes = new Map<TauCause, TauResult[]>();
  for (const r of results) if (!r.verdict.ok && r.verdict.cause) causes.set(r.verdict.cause, [...(causes.get(r.verdict.cause) ?? []), r]);
  const failures = [...causes.entries()]
    .map(([cause, list]) => ({
      cause,
      label: CAUSE_LABELS[cause],
      n: list.length,
      gold: list.filter((r) => r.kind === "gold").length,
      wrongState: list.filter((r) => r.kind === "wrong_state").length,
      examples: spread(list, extra.examplesPerCause ?? 3).map((r) => ({ id: r.id, turn1: r.turns[0] ?? "", detail: r.verdict.detail })),
    }))
    .sort((a, b) => b.n - a.n);
  const total = extra.durationsMs.reduce((sum, ms) => sum + ms, 0);
  return {
    dir: extra.dir,
    coverage: extra.coverage,
    conversations: results.length,
    overall: splitFigures(results),
    bySplit,
    byAction,
    failures,
    msPerConversation: { mean: Math.round(extra.durationsMs.length ? total / extra.durationsMs.length : 0), max: Math.round(Math.max(0, ...extra.durationsMs)) },
    missingSplits: extra.missingSplits,
    failing: results.filter((r) => !r.verdict.ok).map((r) => ({ id: r.id, split: r.split, action: r.action, kind: r.kind, cause: r.verdict.cause ?? null, detail: r.verdict.detail })),
    sampled: extra.sampled ?? false,
  };
}

/** A few examples that are not all the same action. */
function spread(list: TauResult[], n: number): TauResult[] {
  const picked: TauResult[] = [];
  const actions = new Set<string>();
  for (const r of list) {
    if (picked.length >= n || actions.has(`${r.action}:${r.kind}`)) continue;
    picked.push(r);
    actions.add(`${r.action}:${r.kind}`);
  }
  for (const r of list) if (picked.length < n && !picked.includes(r)) picked.push(r);
  return picked;
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const barText = (ok: boolean, target: string) => `${ok ? "meets" : "BELOW"} bar ${target}`;

/** The report `npm run eval -- --tau DIR` prints. */
export function formatTau(f: TauFigures): string {
  const lines: string[] = [];
  const c = f.coverage;
  lines.push(`\n== tau-bench retail (${f.dir}): dev + train tasks, ${f.conversations} conversations${f.sampled ? " (a sample, --tau-limit)" : ""}, ${f.msPerConversation.mean} ms each (max ${f.msPerConversation.max} ms) ==`);
  const converted = Object.values(c.byAction).reduce((sum, a) => sum + a.converted, 0);
  lines.push(`coverage    ${c.covered} of ${c.writeActions} tau write actions have a Tandem tool; ${converted} became conversations (${c.skipped.length} skipped)`);
  for (const [action, a] of Object.entries(c.byAction)) lines.push(`            ${action.padEnd(31)} ${String(a.n).padStart(4)}  → ${a.tool ?? "no tool (not covered)"}${a.tool ? `, ${a.converted} converted` : ""}`);
  const skipReasons = new Map<string, number>();
  for (const s of c.skipped) skipReasons.set(s.reason.replace(/\d{5,}|#W\d+/g, "…"), (skipReasons.get(s.reason.replace(/\d{5,}|#W\d+/g, "…")) ?? 0) + 1);
  for (const [reason, n] of skipReasons) lines.push(`            skipped ${n}: ${reason}`);
  const row = (name: string, s: TauSplitFigures) => {
    lines.push(`${name.padEnd(11)} executed correctly ${s.gold.correct}/${s.gold.n} (${pct(s.gold.rate)})  ${barText(s.gold.rate >= TAU_BARS.executedCorrect, "≥ 95%")}`);
    lines.push(`            wrong state refused ${s.wrongState.refused}/${s.wrongState.n} (${pct(s.wrongState.rate)})  ${barText(s.wrongState.rate >= TAU_BARS.wrongStateRefused, "100%")}; ${s.wrongState.refusedForState} of them with a wrong_state decision${s.wrongState.counterpart ? `; ${s.wrongState.counterpart} not refused ran the counterpart action after a yes (exchange ↔ modification)` : ""}`);
    lines.push(`            writes without a confirmed proposal ${s.unconfirmedWrites}  ${barText(s.unconfirmedWrites <= TAU_BARS.unconfirmedWrites, "0")}`);
  };
  row("all", f.overall);
  for (const [split, s] of Object.entries(f.bySplit)) row(split, s);
  lines.push("by action   (gold correct / n; wrong state refused / n)");
  for (const [action, a] of Object.entries(f.byAction)) lines.push(`            ${action.padEnd(31)} ${a.correct}/${a.gold}; ${a.refused}/${a.wrongState}`);
  if (f.failures.length) lines.push("failures by cause");
  for (const failure of f.failures) {
    lines.push(`  ${String(failure.n).padStart(4)}  ${failure.label} (gold ${failure.gold}, wrong state ${failure.wrongState})`);
    for (const e of failure.examples) {
      lines.push(`        ${e.id}: "${clip(e.turn1, 150)}"`);
      lines.push(`          → ${clip(e.detail, 220)}`);
    }
  }
  for (const split of f.missingSplits) lines.push(`tasks_${split}.json: not found under ${f.dir}, not measured`);
  return lines.join("\n");
}
