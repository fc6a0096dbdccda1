import "server-only";
import { z } from "zod";
import { optionsLabel, type StoreOrder } from "@/lib/commerce/store";
import {
  allow,
  type Check,
  deny,
  idempotencyKey,
  orderNumberSchema,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { deniedByStore, requireOrderInState } from "./order-checks";
import { runTool } from "./run-tool";
import { money } from "./format";
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
 * Before an order ships (policy `tools.modify_items`), an item can be swapped for another size or colour of the
 * same product, in stock. The new variant's current price applies; the difference is settled on the order's
 * payment at once (a card hold is adjusted, or the card is charged or refunded the difference).
 */
export const modifyOrderItemsInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    items: z
      .array(itemSwapSchema)
      .min(1)
      .max(20)
      .describe("Each item to change, by SKU, with the SKU of the variant wanted"),
  })
  .strict();
type ModifyOrderItemsInput = z.output<typeof modifyOrderItemsInputSchema>;

type ModifyOrderItemsResult = MovedResult & {
  orderNumber: string;
  totalCents: number;
  differenceCents: number;
  currency: string;
};

export const modifyOrderItemsDescription =
  "Change the size or colour of items in one of the verified customer's orders that has not shipped yet. Pass " +
  "each item's SKU (from lookup_order) and the SKU of the wanted variant of the same product (from " +
  "lookup_product), and how many if not all. The replacement must be in stock; the tool computes any price " +
  "difference and settles it on the order's payment. Its summary lines say exactly what happens; repeat them.";

type Plan = {
  order: StoreOrder;
  swaps: SwapLine[];
  differenceCents: number;
  key: string;
  input: ModifyOrderItemsInput;
  summary: ProposalSummary;
};

async function plan(ctx: ToolContext, input: ModifyOrderItemsInput): Promise<Check<Plan>> {
  const checked = await requireOrderInState(
    ctx,
    input.orderNumber,
    ctx.policy.tools.modify_items.allowed_states,
    "change the items of",
  );
  if (!checked.ok) return checked;
  const order = checked.value;
  const resolved = await resolveSwaps(ctx.store, order, input.items, "change");
  if (!resolved.ok) return resolved;
  const swaps = resolved.value;

  const differenceCents = swapDifference(swaps);
  const currency = order.currency;
  const destination = paymentDestination(order);
  const sentences = swaps.map((swap) => swapSentence("Change", swap, currency));
  const newTotal = order.totalCents + differenceCents;
  if (differenceCents > 0)
    sentences.push(
      `You pay the price difference of ${money(differenceCents, currency)}, taken from ${destination} now; the order total becomes ${money(newTotal, currency)}.`,
    );
  else if (differenceCents < 0)
    sentences.push(
      `You get the price difference of ${money(-differenceCents, currency)} back to ${destination} now; the order total becomes ${money(newTotal, currency)}.`,
    );
  else sentences.push(`The price stays the same (order total ${money(order.totalCents, currency)}).`);

  const normalised: ModifyOrderItemsInput = {
    ...input,
    items: swaps.map((swap) => ({ sku: swap.item.sku, newSku: swap.variant.sku, quantity: swap.quantity })),
  };
  const movement =
    differenceCents > 0
      ? {
          direction: "from_customer" as const,
          amountCents: differenceCents,
          currency,
          destination,
          when: "now" as const,
        }
      : differenceCents < 0
        ? {
            direction: "to_customer" as const,
            amountCents: -differenceCents,
            currency,
            destination,
            when: "now" as const,
          }
        : NO_MONEY(currency);
  return {
    ok: true,
    value: {
      order,
      swaps,
      differenceCents,
      key: idempotencyKey("modify", ctx, order.id, ...swaps.map((s) => `${s.item.sku}>${s.variant.sku}x${s.quantity}`)),
      input: normalised,
      summary: {
        tool: "modify_order_items",
        orderNumber: order.number,
        lines: sentences,
        items: swapSummaryItems(swaps),
        money: movement,
        needsApproval: false,
      },
    },
  };
}

export function previewModifyOrderItems(ctx: ToolContext, raw: unknown): Promise<Preview<ModifyOrderItemsInput>> {
  return previewFrom(ctx, modifyOrderItemsInputSchema, raw, plan);
}

export function modifyOrderItems(ctx: ToolContext, raw: unknown): Promise<ToolDecision<ModifyOrderItemsResult>> {
  return runTool(ctx, "modify_order_items", modifyOrderItemsInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, swaps, differenceCents, key, summary } = planned.value;

    const written = await ctx.store.modifyItems({
      orderId: order.id,
      changes: swaps.map(({ item, variant, quantity }) => ({ sku: item.sku, newSku: variant.sku, quantity })),
      allowedStates: ctx.policy.tools.modify_items.allowed_states,
      expectedTotalCents: order.totalCents,
      idempotencyKey: key,
      actor: storeActor(ctx),
    });
    if (!written.ok) {
      switch (written.conflict) {
        case "amount_changed":
        case "item_unavailable":
        case "duplicate":
          return deny(
            "duplicate",
            `Order ${order.number} changed while I was updating it, so I haven't changed anything. Let me look at it again with you.`,
          );
        case "variant_unavailable": {
          const swap = swaps.find((s) => s.variant.sku === written.sku);
          const wanted = swap
            ? `${swap.variant.name} in ${optionsLabel(swap.variant.options)}`
            : "size or colour you asked for";
          return deny("variant_unavailable", `The ${wanted} just went out of stock, so I haven't changed the order.`);
        }
        default:
          return deniedByStore(order, written, "change the items of");
      }
    }
    return allow(
      {
        orderNumber: order.number,
        totalCents: written.totalCents,
        differenceCents,
        currency: order.currency,
        money: summary.money,
        items: summary.items,
      },
      [`Order ${order.number} is updated.`, ...summary.lines].join("\n"),
    );
  });
}
