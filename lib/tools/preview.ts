import type { z } from "zod";
import type { ProductOptions, StoreOrder } from "@/lib/commerce/store";
import { type Check, type Denied, parseInput, type ToolContext, type ToolName } from "./authorize";

/**
 * What a write tool will do, computed by the same code that does it, before anything changes: the AI shows the
 * customer `summary.lines` and runs the tool with `input` only after their yes (runTool checks the match). Every
 * amount here is the amount run() moves; a test holds each tool to that.
 */
export type MoneyMovement = {
  direction: "to_customer" | "from_customer" | "none";
  /** Never negative; 0 with direction "none". */
  amountCents: number;
  currency: string;
  /** "your card ending 4242", "store credit on your account"; null when nothing moves. */
  destination: string | null;
  when: "now" | "on_receipt" | "after_approval" | null;
};

export type SummaryItem = {
  sku: string;
  name: string;
  options: ProductOptions;
  quantity: number;
  unitPriceCents: number;
  newSku?: string;
  newOptions?: ProductOptions;
  newUnitPriceCents?: number;
};

export type ProposalSummary = {
  tool: ToolName;
  orderNumber: string | null;
  /** One short plain sentence per line: exactly what will change, with items, amounts, where and when. */
  lines: string[];
  items: SummaryItem[];
  money: MoneyMovement;
  /** The action goes to a person after the customer's yes (over the AI's cap). */
  needsApproval: boolean;
};

export type Preview<I = unknown> = { ok: true; input: I; summary: ProposalSummary } | { ok: false; denied: Denied };

/** What every write tool's result carries besides its own fields, so traces and the validator see what moved. */
export type MovedResult = { money: MoneyMovement; items: SummaryItem[] };

export const NO_MONEY = (currency: string): MoneyMovement => ({
  direction: "none",
  amountCents: 0,
  currency,
  destination: null,
  when: null,
});

/**
 * A tool's preview from its plan: the same parsing and checks as run(), nothing written. `plan` returns the
 * summary (and whatever run() needs), and may return the input made explicit; that is what the customer confirms.
 */
export async function previewFrom<S extends z.ZodType, P extends { summary: ProposalSummary; input?: z.output<S> }>(
  ctx: ToolContext,
  schema: S,
  raw: unknown,
  plan: (ctx: ToolContext, input: z.output<S>) => Promise<Check<P>>,
): Promise<Preview<z.output<S>>> {
  const parsed = parseInput(schema, raw);
  if (!parsed.ok) return parsed;
  const planned = await plan(ctx, parsed.value);
  if (!planned.ok) return planned;
  // A plan may spell out what the input left implicit (all items, every unit): the customer confirms that.
  return { ok: true, input: planned.value.input ?? parsed.value, summary: planned.value.summary };
}

/** Where money for this order goes back to (or is taken from), in the customer's words. */
export function paymentDestination(order: Pick<StoreOrder, "payments">): string {
  const payment = order.payments.find((p) => p.status !== "voided") ?? order.payments[0];
  if (!payment) return "your original payment method";
  switch (payment.method) {
    case "card":
      return payment.cardLast4 ? `your card ending ${payment.cardLast4}` : "your card";
    case "paypal":
      return "your PayPal account";
    case "gift_card":
      return "a Northwind gift card";
    default:
      return "your original payment method";
  }
}

export const STORE_CREDIT_DESTINATION = "store credit on your account";
