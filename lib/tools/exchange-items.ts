import "server-only";
import { z } from "zod";
import { optionsLabel, type StoreOrder } from "@/lib/commerce/store";
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
import { itemSwapSchema, resolveSwaps, type SwapLine, swapDifference, swapSentence, swapSummaryItems } from "./items";
import {
  type MovedResult,
  NO_MONEY,
  paymentDestination,
  type Preview,
  previewFrom,
  type ProposalSummary,
} from "./preview";

/**
 * An exchange of delivered items for another size or colour of the same product, within the exchange window
 * (policy `tools.exchange`). The replacement must be in stock. A dearer variant's difference is charged now to the
 * order's payment method; a cheaper one's difference is refunded when the return arrives and passes inspection.
 */
export const exchangeItemsInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    items: z
      .array(itemSwapSchema)
      .min(1)
      .max(20)
      .describe("Each item to exchange, by SKU, with the SKU of the variant wanted"),
    reason: reasonSchema,
  })
  .strict();
type ExchangeItemsInput = z.output<typeof exchangeItemsInputSchema>;

type ExchangeItemsResult = MovedResult & {
  orderNumber: string;
  returnReference: string;
  chargeCents: number;
  refundCents: number;
  currency: string;
};

export const exchangeItemsDescription =
  "Exchange items of one of the verified customer's delivered orders for another size or colour of the same " +
  "product, inside the exchange window. Pass each item's SKU (from lookup_order) and the SKU of the wanted " +
  "variant (from lookup_product), and how many if not all. The tool refuses a variant of another product, an " +
  "out-of-stock variant and items already returned, and computes any price difference itself. Its summary lines " +
  "say exactly what happens; repeat them.";

type Plan = {
  order: StoreOrder;
  swaps: SwapLine[];
  chargeCents: number;
  refundCents: number;
  key: string;
  input: ExchangeItemsInput;
  summary: ProposalSummary;
};

async function plan(ctx: ToolContext, input: ExchangeItemsInput): Promise<Check<Plan>> {
  const rule = ctx.policy.tools.exchange;
  const checked = await requireOrderInState(ctx, input.orderNumber, rule.allowed_states, "exchange items from");
  if (!checked.ok) return checked;
  const order = checked.value;
  const window = checkWindow(ctx, order, rule.window_days, "exchanges");
  if (!window.ok) return window;
  const resolved = await resolveSwaps(ctx.store, order, input.items, "exchange");
  if (!resolved.ok) return resolved;
  const swaps = resolved.value;

  const difference = swapDifference(swaps);
  const chargeCents = Math.max(0, difference);
  const refundCents = Math.max(0, -difference);
  const currency = order.currency;
  const destination = paymentDestination(order);
  const sentences = swaps.map((swap) => swapSentence("Exchange", swap, currency));
  sentences.push(
    "We email you a prepaid return label; we ship the replacement as soon as the carrier scans your return parcel.",
  );
  if (chargeCents > 0)
    sentences.push(`You pay the price difference of ${money(chargeCents, currency)}, charged to ${destination} now.`);
  else if (refundCents > 0)
    sentences.push(
      `We refund the price difference of ${money(refundCents, currency)} to ${destination} once your return arrives and passes inspection.`,
    );
  else sentences.push("There is no price difference to pay.");

  const normalised: ExchangeItemsInput = {
    ...input,
    items: swaps.map((swap) => ({ sku: swap.item.sku, newSku: swap.variant.sku, quantity: swap.quantity })),
  };
  const key = idempotencyKey(
    "exchange",
    ctx,
    order.id,
    ...swaps.map((s) => `${s.item.sku}>${s.variant.sku}x${s.quantity}`),
  );
  const done = await ctx.store.findByIdempotencyKey(key);
  if (done)
    return {
      ok: false,
      denied: deny(
        "duplicate",
        `That exchange for order ${order.number} was already set up on ${dateOnly(done.at)}, so I haven't started it again.`,
      ),
    };
  const money_ =
    chargeCents > 0
      ? { direction: "from_customer" as const, amountCents: chargeCents, currency, destination, when: "now" as const }
      : refundCents > 0
        ? {
            direction: "to_customer" as const,
            amountCents: refundCents,
            currency,
            destination,
            when: "on_receipt" as const,
          }
        : NO_MONEY(currency);
  return {
    ok: true,
    value: {
      order,
      swaps,
      chargeCents,
      refundCents,
      key,
      input: normalised,
      summary: {
        tool: "exchange_items",
        orderNumber: order.number,
        lines: sentences,
        items: swapSummaryItems(swaps),
        money: money_,
        needsApproval: false,
      },
    },
  };
}

export function previewExchangeItems(ctx: ToolContext, raw: unknown): Promise<Preview<ExchangeItemsInput>> {
  return previewFrom(ctx, exchangeItemsInputSchema, raw, plan);
}

export function exchangeItems(ctx: ToolContext, raw: unknown): Promise<ToolDecision<ExchangeItemsResult>> {
  return runTool(ctx, "exchange_items", exchangeItemsInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, swaps, chargeCents, refundCents, key, summary } = planned.value;

    const written = await ctx.store.createReturnRequest({
      orderId: order.id,
      kind: "exchange",
      items: swaps.map(({ item, quantity, variant }) => ({
        sku: item.sku,
        name: item.name,
        quantity,
        unitPriceCents: item.unitPriceCents,
        newSku: variant.sku,
      })),
      refundCents,
      chargeCents,
      refundMethod: "original_payment",
      allowedStates: ctx.policy.tools.exchange.allowed_states,
      reason: input.reason,
      idempotencyKey: key,
      actor: storeActor(ctx),
    });
    if (!written.ok) {
      switch (written.conflict) {
        case "duplicate":
          return deny(
            "duplicate",
            `That exchange for order ${order.number} is already set up, so I haven't started it again.`,
          );
        case "item_unavailable":
          return deny(
            "already_returned",
            `That item from order ${order.number} is already in a return or was refunded, so I can't exchange it.`,
          );
        case "variant_unavailable": {
          const swap = swaps.find((s) => s.variant.sku === written.sku);
          const wanted = swap
            ? `${swap.variant.name} in ${optionsLabel(swap.variant.options)}`
            : "size or colour you asked for";
          return deny(
            "variant_unavailable",
            `The ${wanted} just went out of stock, so I couldn't set up the exchange. Nothing has changed.`,
          );
        }
        default:
          return deniedByStore(order, written, "exchange items from");
      }
    }
    return allow(
      {
        orderNumber: order.number,
        returnReference: written.reference,
        chargeCents: written.chargedCents,
        refundCents,
        currency: order.currency,
        money: summary.money,
        items: summary.items,
      },
      [`Your exchange ${written.reference} for order ${order.number} is set up.`, ...summary.lines].join("\n"),
    );
  });
}
