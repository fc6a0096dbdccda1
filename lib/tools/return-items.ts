import "server-only";
import { z } from "zod";
import { REFUND_METHODS, type StoreOrder } from "@/lib/commerce/store";
import {
  allow,
  type Check,
  deny,
  idempotencyKey,
  orderNumberSchema,
  reasonSchema,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { checkWindow, deniedByStore, requireOrderInState } from "./order-checks";
import { runTool } from "./run-tool";
import { dateOnly, money } from "./format";
import {
  coversEverythingLeft,
  itemLabel,
  itemQuantitySchema,
  linesTotal,
  PROBLEM_WORDS,
  problemSchema,
  quantityLabel,
  type ResolvedLine,
  resolveItems,
  summaryItems,
} from "./items";
import {
  type MovedResult,
  paymentDestination,
  type Preview,
  previewFrom,
  type ProposalSummary,
  STORE_CREDIT_DESTINATION,
} from "./preview";

/**
 * A return of some of a delivered order's items, within the return window (policy `tools.return`). Nothing is
 * refunded now: the refund (the returned items' prices, never the original shipping unless the return is our
 * mistake, policy `tools.refund.shipping_refunded_for`) is issued when the parcel arrives and passes inspection
 * (`tools.return.refund_timing: on_receipt`), and this tool says how much and when.
 */
export const returnItemsInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    items: z.array(itemQuantitySchema).min(1).max(50).describe("Each item to send back, by SKU, with how many"),
    reason: reasonSchema,
    refundMethod: z
      .enum(REFUND_METHODS)
      .default("original_payment")
      .describe("original_payment (default) or store_credit, only if the customer asked for store credit"),
    problem: problemSchema
      .optional()
      .describe(
        "Only when the item is damaged, defective or not what was ordered; leave out for a change of mind or a bad fit",
      ),
  })
  .strict();
type ReturnItemsInput = z.output<typeof returnItemsInputSchema>;

type ReturnItemsResult = MovedResult & {
  orderNumber: string;
  returnReference: string;
  refundCents: number;
  shippingRefundedCents: number;
  refundMethod: (typeof REFUND_METHODS)[number];
  currency: string;
};

export const returnItemsDescription =
  "Start a return of some or all items of one of the verified customer's delivered orders, inside the return " +
  "window. Pass each item's SKU (from lookup_order) and how many of it, the customer's reason, and problem only " +
  "if an item is damaged, defective or wrong. The refund is the returned items' prices, computed by the tool; " +
  "it is issued when the return arrives and passes inspection, not now. The tool refuses items not in the order, " +
  "more than were bought, and items already returned. Its summary lines say exactly what happens; repeat them.";

type Plan = {
  order: StoreOrder;
  lines: ResolvedLine[];
  refundCents: number;
  shippingRefundedCents: number;
  key: string;
  summary: ProposalSummary;
};

async function plan(ctx: ToolContext, input: ReturnItemsInput): Promise<Check<Plan>> {
  const rule = ctx.policy.tools.return;
  const checked = await requireOrderInState(ctx, input.orderNumber, rule.allowed_states, "return items from");
  if (!checked.ok) return checked;
  const order = checked.value;
  const window = checkWindow(ctx, order, rule.window_days, "returns");
  if (!window.ok) return window;
  const resolved = resolveItems(order, input.items, "return");
  if (!resolved.ok) return resolved;
  const lines = resolved.value;

  const itemsCents = linesTotal(lines);
  // Original shipping comes back only when the problem was ours, and once: with the return that empties the order.
  const ourMistake =
    input.problem !== undefined && ctx.policy.tools.refund.shipping_refunded_for.includes(input.problem);
  const shippingRefundedCents = ourMistake && coversEverythingLeft(order, lines) ? order.shippingCents : 0;
  const refundCents = itemsCents + shippingRefundedCents;

  const currency = order.currency;
  const destination = input.refundMethod === "store_credit" ? STORE_CREDIT_DESTINATION : paymentDestination(order);
  const sentences = lines.map(
    ({ item, quantity }) =>
      `Return ${quantityLabel(quantity, item.name, item.options)}, ${money(item.unitPriceCents * quantity, currency)}.`,
  );
  if (input.problem) sentences.push(`Reason: ${PROBLEM_WORDS[input.problem]}.`);
  sentences.push(
    order.shippingAddress?.country === "US"
      ? "We email you a prepaid return label within a few minutes; drop the parcel at any UPS location within 14 days."
      : "We email you a return label within a few minutes; send the parcel within 14 days.",
  );
  sentences.push(
    input.refundMethod === "store_credit"
      ? `Refund ${money(refundCents, currency)} as ${STORE_CREDIT_DESTINATION} once the return arrives and passes inspection (within 2 business days of arrival).`
      : `Refund ${money(refundCents, currency)} to ${destination} once the return arrives and passes inspection (within 3 business days after that).`,
  );
  if (shippingRefundedCents > 0)
    sentences.push(
      `That includes the original shipping (${money(shippingRefundedCents, currency)}), because the mistake was ours.`,
    );
  else if (order.shippingCents > 0)
    sentences.push(`Shipping (${money(order.shippingCents, currency)}) is not refunded.`);

  const key = idempotencyKey("return", ctx, order.id, ...lines.map((l) => `${l.item.sku}x${l.quantity}`));
  const done = await ctx.store.findByIdempotencyKey(key);
  if (done)
    return {
      ok: false,
      denied: deny(
        "duplicate",
        `That return for order ${order.number} was already set up on ${dateOnly(done.at)}, so I haven't started it again.`,
      ),
    };
  return {
    ok: true,
    value: {
      order,
      lines,
      refundCents,
      shippingRefundedCents,
      key,
      summary: {
        tool: "return_items",
        orderNumber: order.number,
        lines: sentences,
        items: summaryItems(lines),
        money: { direction: "to_customer", amountCents: refundCents, currency, destination, when: "on_receipt" },
        needsApproval: false,
      },
    },
  };
}

export function previewReturnItems(ctx: ToolContext, raw: unknown): Promise<Preview<ReturnItemsInput>> {
  return previewFrom(ctx, returnItemsInputSchema, raw, plan);
}

export function returnItems(ctx: ToolContext, raw: unknown): Promise<ToolDecision<ReturnItemsResult>> {
  return runTool(ctx, "return_items", returnItemsInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, lines, refundCents, shippingRefundedCents, key, summary } = planned.value;

    // The store re-checks state and every item's remaining quantity with the write, under the order's lock.
    const written = await ctx.store.createReturnRequest({
      orderId: order.id,
      kind: "return",
      items: lines.map(({ item, quantity }) => ({
        sku: item.sku,
        name: item.name,
        quantity,
        unitPriceCents: item.unitPriceCents,
      })),
      refundCents,
      chargeCents: 0,
      refundMethod: input.refundMethod,
      allowedStates: ctx.policy.tools.return.allowed_states,
      reason: input.reason,
      idempotencyKey: key,
      actor: storeActor(ctx),
    });
    if (!written.ok) {
      if (written.conflict === "duplicate")
        return deny(
          "duplicate",
          `That return for order ${order.number} is already set up, so I haven't started it again.`,
        );
      if (written.conflict === "item_unavailable") {
        const line = lines.find((l) => l.item.sku === written.sku);
        const label = line ? itemLabel(line.item.name, line.item.options) : written.sku;
        return deny(
          "already_returned",
          `The ${label} from order ${order.number} is already in a return or was refunded, so I can't return it again.`,
        );
      }
      return deniedByStore(order, written, "return items from");
    }
    return allow(
      {
        orderNumber: order.number,
        returnReference: written.reference,
        refundCents,
        shippingRefundedCents,
        refundMethod: input.refundMethod,
        currency: order.currency,
        money: summary.money,
        items: summary.items,
      },
      [`Your return ${written.reference} for order ${order.number} is set up.`, ...summary.lines.slice(0)].join("\n"),
    );
  });
}
