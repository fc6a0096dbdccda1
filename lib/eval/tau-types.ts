/**
 * tau-bench retail's data as its JSON files hold it (only the fields used here), its write actions and the Tandem
 * tools they map to, and the conversations the check makes of them (lib/eval/tau.ts).
 */

export type TauAddress = {
  address1: string;
  address2?: string;
  city: string;
  country: string;
  state: string;
  zip: string;
};
export type TauPaymentMethod = { source: string; id: string; brand?: string; last_four?: string; balance?: number };
export type TauUser = {
  name: { first_name: string; last_name: string };
  address: TauAddress;
  email: string;
  payment_methods: Record<string, TauPaymentMethod>;
  orders: string[];
};
export type TauOrderItem = {
  name: string;
  product_id: string;
  item_id: string;
  price: number;
  options: Record<string, string>;
};
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

/** A Tandem address as the tools take it (ShippingAddress in lib/commerce/store.ts). */
export type TandemAddress = {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
};

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
export type TauFixtureItem = {
  sku: string;
  name: string;
  quantity: number;
  unitPriceCents: number;
  options: Record<string, string>;
  family: string;
};
export type TauFixtureProduct = {
  sku: string;
  name: string;
  family: string;
  options: Record<string, string>;
  priceCents: number;
  inStock: boolean;
};
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
