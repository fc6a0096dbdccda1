import { readFileSync } from "node:fs";
import { z } from "zod";
import { ORDER_STATUSES, shippingAddressSchema } from "@/lib/commerce/store";
import { ESCALATION_REASONS } from "@/lib/pipeline/escalate";
import type { ReasonCode, ToolName } from "@/lib/tools/authorize";
import { consistencyProblems, timelineProblem } from "./scenario-consistency";

/**
 * The fixture format of `npm run simulate` and evals/scenarios.jsonl: one whole conversation per line, with the
 * customer, their orders (dates relative to the run, so fixtures never age), the customer's turns in order, and
 * what must happen. evals/README.md documents every field and how each expectation is checked.
 */

// Records, not arrays, so adding a tool or a reason code in lib/tools fails to compile here until the fixture
// format knows it (lib/tools is server-only at runtime, so only its types are imported).
const TOOLS: Record<ToolName, true> = {
  verify_identity: true,
  lookup_orders: true,
  lookup_order: true,
  lookup_product: true,
  cancel_order: true,
  change_shipping_address: true,
  update_default_address: true,
  modify_order_items: true,
  return_items: true,
  exchange_items: true,
  refund: true,
  resend_confirmation: true,
  goodwill_credit: true,
};
const TOOL_REASONS: Record<ReasonCode, true> = {
  invalid_input: true,
  not_verified: true,
  verification_failed: true,
  verification_locked: true,
  order_not_found: true,
  not_owner: true,
  wrong_state: true,
  outside_window: true,
  exceeds_refundable: true,
  over_cap: true,
  duplicate: true,
  previously_declined: true,
  item_not_in_order: true,
  already_returned: true,
  variant_mismatch: true,
  variant_unavailable: true,
  not_confirmed: true,
  not_allowed: true,
};
const toolName = z.enum(Object.keys(TOOLS) as [ToolName, ...ToolName[]]);
const toolReason = z.enum(Object.keys(TOOL_REASONS) as [ReasonCode, ...ReasonCode[]]);

export const TIERS = ["standard", "vip", "enterprise"] as const;
export const CONVERSATION_STATUSES = ["ai", "waiting_human", "human", "resolved"] as const;
export const TOOL_DECISIONS = ["allowed", "denied", "needs_approval"] as const;
const PAYMENT_STATUSES = ["authorized", "captured", "partially_refunded", "refunded", "voided"] as const;

const days = z.number().int().min(0).max(3650);
const cents = z.number().int().nonnegative();
const orderNumber = z
  .string()
  .regex(
    /^[A-Z]{1,3}-?\d{5,8}$/,
    "order numbers look like NW-100042 (1 to 3 letters, an optional dash, 5 to 8 digits)",
  );
/** Variant options such as {"size": "10", "color": "brown"}. */
const options = z.record(z.string().min(1).max(40), z.string().min(1).max(60));
const sku = z.string().min(1).max(64);
const turnNumber = z.number().int().positive();
const regex = z.string().min(1).refine(isValidRegex, "not a valid regular expression");

export const fixtureCustomerSchema = z
  .object({
    name: z.string().trim().min(1),
    email: z.email(),
    tier: z.enum(TIERS).default("standard"),
    phone: z.string().min(1).optional(),
    /** The customer's default shipping address (update_default_address changes it). */
    address: shippingAddressSchema.optional(),
  })
  .strict();

/** A catalog variant that is in no order, e.g. the bigger size a customer exchanges boots for. */
export const fixtureProductSchema = z
  .object({
    sku,
    name: z.string().min(1),
    /** Variants of one product share it; defaults to the sku. */
    family: z.string().min(1).optional(),
    options: options.default({}),
    priceCents: cents,
    inStock: z.boolean().default(true),
  })
  .strict();

const orderFields = z
  .object({
    number: orderNumber,
    status: z.enum(ORDER_STATUSES),
    placedDaysAgo: days,
    shippedDaysAgo: days.optional(),
    deliveredDaysAgo: days.optional(),
    cancelledDaysAgo: days.optional(),
    returnedDaysAgo: days.optional(),
    shippingCents: cents.default(0),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default("USD"),
    items: z
      .array(
        z
          .object({
            sku,
            name: z.string().min(1),
            quantity: z.number().int().positive(),
            unitPriceCents: cents,
            /** The variant bought, e.g. {"size": "10"}; {} when the product has none. */
            options: options.optional(),
            /** The product the variant belongs to (shared with its other sizes and colours); defaults to the sku. */
            family: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
    /** One payment for the order total; omitted means a captured card payment. */
    payment: z
      .object({
        method: z.string().min(1).default("card"),
        cardLast4: z
          .string()
          .regex(/^\d{4}$/)
          .nullable()
          .default(null),
        status: z.enum(PAYMENT_STATUSES).default("captured"),
        refundedCents: cents.default(0),
      })
      .strict()
      .optional(),
    carrier: z.string().min(1).optional(),
    trackingNumber: z.string().min(1).optional(),
    shippingAddress: shippingAddressSchema.optional(),
  })
  .strict();

export const fixtureOrderSchema = orderFields.superRefine((order, ctx) => {
  const problem = timelineProblem(order);
  if (problem) ctx.addIssue({ code: "custom", message: `${order.number}: ${problem}` });
});

const expectedToolCallSchema = z
  .object({
    tool: toolName,
    decision: z.enum(TOOL_DECISIONS),
    order: orderNumber.optional(),
    reason: toolReason.optional(),
    /** 1-based customer turn in which the call must happen; omitted means any turn. */
    turn: turnNumber.optional(),
    executed: z.boolean().optional(),
  })
  .strict();

export const scenarioExpectSchema = z
  .object({
    tools: z.array(expectedToolCallSchema).optional(),
    neverExecuted: z
      .array(z.union([toolName, z.object({ tool: toolName, order: orderNumber.optional() }).strict()]))
      .optional(),
    /** null: must not escalate. Omitted: not checked. */
    escalation: z
      .object({ turn: turnNumber, reason: z.enum(ESCALATION_REASONS) })
      .strict()
      .nullable()
      .optional(),
    finalStatus: z.enum(CONVERSATION_STATUSES).optional(),
    /** Exactly these turns are flagged by the injection screen. */
    injectionTurns: z.array(turnNumber).optional(),
    replyMustNotMatch: z.array(regex).optional(),
    replyMustMatch: z.array(z.object({ turn: turnNumber.optional(), pattern: regex }).strict()).optional(),
  })
  .strict();

const scenarioFields = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lowercase letters, digits and dashes"),
    title: z.string().trim().min(1),
    customer: fixtureCustomerSchema,
    orders: z.array(fixtureOrderSchema),
    /** Other customers of the store, e.g. the owner of an order number this customer should not reach. */
    otherCustomers: z
      .array(z.object({ customer: fixtureCustomerSchema, orders: z.array(fixtureOrderSchema) }).strict())
      .optional(),
    /** Catalog variants in no order (other sizes and colours, some out of stock). */
    products: z.array(fixtureProductSchema).optional(),
    turns: z.array(z.string().min(1).max(4000)).min(1).max(50),
    expect: scenarioExpectSchema,
  })
  .strict();

export const scenarioSchema = scenarioFields.superRefine((scenario, ctx) => {
  for (const message of consistencyProblems(scenario)) ctx.addIssue({ code: "custom", message });
});

export type FixtureCustomer = z.infer<typeof fixtureCustomerSchema>;
export type FixtureOrder = z.infer<typeof fixtureOrderSchema>;
export type FixtureProduct = z.infer<typeof fixtureProductSchema>;
export type ExpectedToolCall = z.infer<typeof expectedToolCallSchema>;
export type ScenarioExpect = z.infer<typeof scenarioExpectSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** Parses one JSON line; the error message names the field, ready to print next to the line number. */
export function parseScenarioLine(line: string): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseScenario(value);
}

/** Validates one parsed scenario, with the same error messages as parseScenarioLine. */
export function parseScenario(value: unknown): { ok: true; scenario: Scenario } | { ok: false; error: string } {
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "invalid"}` };
}

export type LoadedScenarios = { scenarios: Scenario[]; errors: Array<{ line: number; error: string }> };

/** Reads a JSON Lines file of scenarios; invalid lines are reported with their line number, not thrown. */
export function readScenarios(file: string): LoadedScenarios {
  const loaded: LoadedScenarios = { scenarios: [], errors: [] };
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = parseScenarioLine(line);
      if (parsed.ok) loaded.scenarios.push(parsed.scenario);
      else loaded.errors.push({ line: i + 1, error: parsed.error });
    });
  return loaded;
}

/** Subtotal and total of a fixture order, as the store records them. */
export function orderTotals(order: Pick<FixtureOrder, "items" | "shippingCents">): {
  subtotalCents: number;
  totalCents: number;
} {
  const subtotalCents = order.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
  return { subtotalCents, totalCents: subtotalCents + order.shippingCents };
}

/** A relative day of a fixture as a date, counted back from the simulation's clock. */
export function daysAgo(now: Date, days: number | undefined): Date | null {
  return days === undefined ? null : new Date(now.getTime() - days * 86_400_000);
}

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}
