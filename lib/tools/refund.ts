import "server-only";
import { z } from "zod";
import { refundSource, remainingQuantity, type StoreConflict, type StoreOrder } from "@/lib/commerce/store";
import {
  allow,
  authorityOf,
  capApplies,
  type Check,
  type Denied,
  deny,
  idempotencyKey,
  orderNotFoundMessage,
  orderNumberSchema,
  reasonSchema,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { checkWindow, requireOrderInState } from "./order-checks";
import { runTool } from "./run-tool";
import { dateOnly, money, statusPhrase } from "./format";
import {
  coversEverythingLeft,
  itemQuantitySchema,
  linesTotal,
  PROBLEM_WORDS,
  problemSchema,
  quantityLabel,
  type ResolvedLine,
  resolveItems,
  summaryItems,
} from "./items";
import { type MovedResult, paymentDestination, type Preview, previewFrom, type ProposalSummary } from "./preview";
import { requestApproval } from "./request-approval";

/**
 * A direct refund, without a return, for a problem with items the customer received (or did not): only for the
 * problems policy lists (`tools.refund.direct_problems`). The amount is never the customer's or the model's: it is
 * the items' prices on the order (all items still refundable when none are named), plus the original shipping when
 * the problem was ours (`tools.refund.shipping_refunded_for`) and the refund covers everything left. In order: a
 * verified owner, state and window (`tools.refund`), items in the order and not already returned or refunded, at
 * most what was captured and not yet refunded, not done before, and the order's refunds within the AI's cap. Above
 * the cap a person approves exactly this amount.
 */
export const refundInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    items: z
      .array(itemQuantitySchema)
      .min(1)
      .max(50)
      .optional()
      .describe(
        "The items with the problem, by SKU (from lookup_order), with how many; leave out when it is the whole order",
      ),
    reason: reasonSchema,
    problem: problemSchema,
  })
  .strict();
type RefundInput = z.output<typeof refundInputSchema>;

type RefundResult = MovedResult & {
  orderNumber: string;
  refundId: string;
  amountCents: number;
  shippingRefundedCents: number;
  refundedTotalCents: number;
  currency: string;
};

export const refundDescription =
  "Refund items of one of the verified customer's orders straight away, without a return, because they arrived " +
  "damaged, are defective, never arrived (missing) or are not what was ordered (wrong_item). Pass the items' SKUs " +
  "(from lookup_order) and quantities, or leave items out for the whole order, and the problem. The tool computes " +
  "the amount from the order's prices; you never give an amount. For a change of mind or a bad fit use " +
  "return_items instead. Refunds above a limit go to a person for approval. Its summary lines say exactly what " +
  "happens; repeat them.";

type Plan = {
  order: StoreOrder;
  lines: ResolvedLine[];
  amountCents: number;
  shippingRefundedCents: number;
  key: string;
  overCap: boolean;
  input: RefundInput;
  summary: ProposalSummary;
};

const NOT_DIRECT =
  "I can't refund that straight away for this reason. I can start a return instead, and the refund follows once the return arrives, or connect you with a person.";

async function plan(ctx: ToolContext, input: RefundInput): Promise<Check<Plan>> {
  const rule = ctx.policy.tools.refund;
  if (!rule.direct_problems.includes(input.problem)) return { ok: false, denied: deny("not_allowed", NOT_DIRECT) };
  const checked = await requireOrderInState(ctx, input.orderNumber, rule.allowed_states, "refund");
  if (!checked.ok) return checked;
  const order = checked.value;
  const window = checkWindow(ctx, order, rule.window_days, "refunds");
  if (!window.ok) return window;

  const everything = order.items.filter((item) => remainingQuantity(item) > 0).map((item) => ({ sku: item.sku }));
  if (!input.items && everything.length === 0) {
    // "Refund it" again after everything was refunded is the same request twice.
    return {
      ok: false,
      denied: deny(
        "duplicate",
        `There's nothing left to refund on order ${order.number}: its items have already been returned or refunded.`,
      ),
    };
  }
  const resolved = resolveItems(order, input.items ?? everything, "refund");
  if (!resolved.ok) return resolved;
  const lines = resolved.value;
  const shippingRefundedCents =
    rule.shipping_refunded_for.includes(input.problem) && coversEverythingLeft(order, lines) ? order.shippingCents : 0;
  const amountCents = linesTotal(lines) + shippingRefundedCents;
  const currency = order.currency;
  const normalised: RefundInput = { ...input, items: lines.map(({ item, quantity }) => ({ sku: item.sku, quantity })) };

  // Before the balance check: a refund asked again after it was made is a duplicate, not "too much".
  const key = idempotencyKey(
    "refund",
    ctx,
    order.id,
    input.problem,
    ...lines.map((l) => `${l.item.sku}x${l.quantity}`),
  );
  const done = await ctx.store.findByIdempotencyKey(key);
  if (done) return { ok: false, denied: duplicate(order, amountCents, done.at) };
  const refundableCents = refundSource(order)?.refundableCents ?? 0;
  if (amountCents > refundableCents) {
    return {
      ok: false,
      denied: deny(
        "exceeds_refundable",
        refundableCents === 0
          ? `There's no payment left to refund on order ${order.number}, so I can't refund ${money(amountCents, currency)}.`
          : `The most that can still be refunded on order ${order.number} is ${money(refundableCents, currency)}, so I can't refund ${money(amountCents, currency)}.`,
      ),
    };
  }
  // The AI's cap covers the order's running total, so a large refund cannot be split into small ones.
  const overCap = capApplies(ctx) && order.refundedCents + amountCents > rule.cap_cents;
  const destination = paymentDestination(order);
  const sentences = lines.map(
    ({ item, quantity }) =>
      `Refund ${quantityLabel(quantity, item.name, item.options)}, ${money(item.unitPriceCents * quantity, currency)}, because ${PROBLEM_WORDS[input.problem]}.`,
  );
  if (shippingRefundedCents > 0)
    sentences.push(
      `Also refund the original shipping (${money(shippingRefundedCents, currency)}), because the mistake was ours.`,
    );
  else if (order.shippingCents > 0)
    sentences.push(`Shipping (${money(order.shippingCents, currency)}) is not refunded.`);
  sentences.push(
    overCap
      ? `Refunds over ${money(rule.cap_cents, currency)} are approved by a member of our team first, usually within 1 business day; once approved, ${money(amountCents, currency)} goes back to ${destination}.`
      : `${money(amountCents, currency)} goes back to ${destination} now; your bank can take 5 to 10 business days to show it.`,
  );
  if (input.problem !== "missing") sentences.push("You don't need to send the item back unless we ask.");
  return {
    ok: true,
    value: {
      order,
      lines,
      amountCents,
      shippingRefundedCents,
      key,
      overCap,
      input: normalised,
      summary: {
        tool: "refund",
        orderNumber: order.number,
        lines: sentences,
        items: summaryItems(lines),
        money: {
          direction: "to_customer",
          amountCents,
          currency,
          destination,
          when: overCap ? "after_approval" : "now",
        },
        needsApproval: overCap,
      },
    },
  };
}

export function previewRefund(ctx: ToolContext, raw: unknown): Promise<Preview<RefundInput>> {
  return previewFrom(ctx, refundInputSchema, raw, plan);
}

/**
 * An approval stores the computed amount with the input (so the person sees it, lib/workspace/describe.ts), and
 * the approval runs the tool with the input alone and that amount as the approved one.
 */
export function refundApprovalInput(stored: unknown): { input: unknown; approvedAmountCents?: number } {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return { input: stored };
  const { amountCents, ...input } = stored as Record<string, unknown>;
  return typeof amountCents === "number" ? { input, approvedAmountCents: amountCents } : { input };
}

export function refund(ctx: ToolContext, raw: unknown): Promise<ToolDecision<RefundResult>> {
  return runTool(ctx, "refund", refundInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, lines, amountCents, shippingRefundedCents, key, overCap, summary } = planned.value;
    const rule = ctx.policy.tools.refund;

    const authority = authorityOf(ctx);
    if (
      authority.actor === "staff" &&
      authority.approvedAmountCents !== undefined &&
      authority.approvedAmountCents !== amountCents
    ) {
      return deny(
        "not_allowed",
        `The refund for order ${order.number} now comes to ${money(amountCents, order.currency)}, not the ${money(authority.approvedAmountCents, order.currency)} that was approved, so it was not made. A member of our team will look at it again.`,
      );
    }
    if (overCap) return askApproval(ctx, planned.value);

    const written = await ctx.store.refund({
      orderId: order.id,
      amountCents,
      allowedStates: rule.allowed_states,
      reason: `${input.problem}: ${input.reason}`,
      idempotencyKey: key,
      actor: storeActor(ctx),
      items: lines.map(({ item, quantity }) => ({ sku: item.sku, quantity, unitPriceCents: item.unitPriceCents })),
      ...(capApplies(ctx) ? { maxOrderRefundedCents: rule.cap_cents } : {}),
    });
    if (!written.ok) {
      // A refund that raced this one pushed the total over the cap: a person decides, as above.
      if (written.conflict === "over_limit") return askApproval(ctx, planned.value);
      return fromConflict(order, amountCents, written);
    }
    return allow(
      {
        orderNumber: order.number,
        refundId: written.refundId,
        amountCents: written.amountCents,
        shippingRefundedCents,
        refundedTotalCents: written.refundedTotalCents,
        currency: order.currency,
        money: summary.money,
        items: summary.items,
      },
      `I've refunded ${money(written.amountCents, order.currency)} on order ${order.number} to ${paymentDestination(order)}; your bank can take 5 to 10 business days to show it.`,
    );
  });
}

function askApproval(ctx: ToolContext, plan: Plan) {
  const { order, amountCents, key, input } = plan;
  const amount = money(amountCents, order.currency);
  return requestApproval(ctx, {
    tool: "refund",
    key,
    input: { ...input, items: input.items ?? [], amountCents },
    reason: `Refund of ${amount} on order ${order.number} (${input.problem}; already refunded: ${money(order.refundedCents, order.currency)}) is above the AI's limit of ${money(ctx.policy.tools.refund.cap_cents, order.currency)}.`,
    customerMessage: `A refund of ${amount} on order ${order.number} needs a quick review by a member of our team. I've sent it to them with the details, and you'll hear back here.`,
  });
}

function duplicate(order: StoreOrder, amountCents: number, at: Date): Denied {
  return deny(
    "duplicate",
    `A refund of ${money(amountCents, order.currency)} on order ${order.number} was already made on ${dateOnly(at)}, so I haven't refunded it again.`,
  );
}

function fromConflict(order: StoreOrder, amountCents: number, conflict: StoreConflict): Denied {
  switch (conflict.conflict) {
    case "duplicate":
      return duplicate(order, amountCents, conflict.at);
    case "wrong_state":
      return deny("wrong_state", `Order ${order.number} ${statusPhrase(conflict.status)}, so I can't refund it.`);
    case "exceeds_refundable":
      return deny(
        "exceeds_refundable",
        `The most that can be refunded on order ${order.number} is ${money(conflict.refundableCents, order.currency)}, so I can't refund ${money(amountCents, order.currency)}.`,
      );
    case "item_unavailable":
      return deny(
        "already_returned",
        `Some of those items on order ${order.number} were just returned or refunded, so I haven't refunded them again.`,
      );
    default:
      return deny("order_not_found", orderNotFoundMessage(order.number));
  }
}
