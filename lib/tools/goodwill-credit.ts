import "server-only";
import { z } from "zod";
import type { StoreOrder } from "@/lib/commerce/store";
import {
  allow,
  amountCentsSchema,
  capApplies,
  type Check,
  deny,
  idempotencyKey,
  orderNotFoundMessage,
  orderNumberSchema,
  reasonSchema,
  requireCustomerOrder,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { runTool } from "./run-tool";
import { dateOnly, money } from "./format";
import { type MovedResult, type Preview, previewFrom, type ProposalSummary, STORE_CREDIT_DESTINATION } from "./preview";
import { requestApproval } from "./request-approval";

/**
 * A goodwill credit on the customer's store account, for a problem with one of their orders. The AI may give up
 * to policy `tools.goodwill_credit.cap_cents` per order in total (so it cannot be given in slices); above that a
 * person decides. This is where a persuasive customer would push, which is why the limit is code.
 */
export const goodwillCreditInputSchema = z
  .object({
    orderNumber: orderNumberSchema.describe("The order the problem was with, e.g. NW-100042"),
    amountCents: amountCentsSchema,
    reason: reasonSchema,
  })
  .strict();

type GoodwillCreditInput = z.output<typeof goodwillCreditInputSchema>;

type GoodwillCreditResult = MovedResult & {
  orderNumber: string;
  creditId: string;
  amountCents: number;
  creditedTotalCents: number;
  currency: string;
};

export const goodwillCreditDescription =
  "Give the verified customer a goodwill store credit for a problem with one of their orders (a late delivery, " +
  "a damaged item). Amount in cents. Small amounts are applied at once; larger ones, or more credit on the same " +
  "order, go to a person for approval. The tool enforces the limit: never promise an amount before the result " +
  "says it was executed.";

type Plan = { order: StoreOrder; customerId: string; key: string; overCap: boolean; summary: ProposalSummary };

async function plan(ctx: ToolContext, input: GoodwillCreditInput): Promise<Check<Plan>> {
  const owned = await requireCustomerOrder(ctx, input.orderNumber);
  if (!owned.ok) return owned;
  const { customer, order } = owned.value;
  const { amountCents } = input;
  const cap = ctx.policy.tools.goodwill_credit.cap_cents;
  const key = idempotencyKey("goodwill", ctx, order.id, amountCents);
  const done = await ctx.store.findByIdempotencyKey(key);
  if (done) return { ok: false, denied: duplicate(order, amountCents, done.at) };
  const overCap = capApplies(ctx) && order.creditedCents + amountCents > cap;
  const amount = money(amountCents, order.currency);
  const lines = [`Add a ${amount} credit to your store account for the trouble with order ${order.number}.`];
  lines.push(
    overCap
      ? `Credits over ${money(cap, order.currency)} are approved by a member of our team first, usually within 1 business day.`
      : "You can use it on your next order straight away; it never expires.",
  );
  return {
    ok: true,
    value: {
      order,
      customerId: customer.id,
      key,
      overCap,
      summary: {
        tool: "goodwill_credit",
        orderNumber: order.number,
        lines,
        items: [],
        money: {
          direction: "to_customer",
          amountCents,
          currency: order.currency,
          destination: STORE_CREDIT_DESTINATION,
          when: overCap ? "after_approval" : "now",
        },
        needsApproval: overCap,
      },
    },
  };
}

export function previewGoodwillCredit(ctx: ToolContext, raw: unknown): Promise<Preview<GoodwillCreditInput>> {
  return previewFrom(ctx, goodwillCreditInputSchema, raw, plan);
}

export function goodwillCredit(ctx: ToolContext, raw: unknown): Promise<ToolDecision<GoodwillCreditResult>> {
  return runTool(ctx, "goodwill_credit", goodwillCreditInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, customerId, key, overCap, summary } = planned.value;
    const { amountCents } = input;
    const cap = ctx.policy.tools.goodwill_credit.cap_cents;
    if (overCap) return askApproval(ctx, order, amountCents, key, input.reason);

    const capped = capApplies(ctx);
    const written = await ctx.store.goodwillCredit({
      orderId: order.id,
      customerId,
      amountCents,
      reason: input.reason,
      idempotencyKey: key,
      actor: storeActor(ctx),
      ...(capped ? { maxOrderCreditedCents: cap } : {}),
    });
    if (!written.ok) {
      if (written.conflict === "over_limit") return askApproval(ctx, order, amountCents, key, input.reason);
      if (written.conflict === "duplicate") return duplicate(order, amountCents, written.at);
      return deny("order_not_found", orderNotFoundMessage(order.number));
    }
    return allow(
      {
        orderNumber: order.number,
        creditId: written.creditId,
        amountCents: written.amountCents,
        creditedTotalCents: written.creditedTotalCents,
        currency: order.currency,
        money: summary.money,
        items: [],
      },
      `I've added a ${money(written.amountCents, order.currency)} credit to your account for the trouble with order ${order.number}.`,
    );
  });
}

function askApproval(ctx: ToolContext, order: StoreOrder, amountCents: number, key: string, reason: string) {
  const amount = money(amountCents, order.currency);
  return requestApproval(ctx, {
    tool: "goodwill_credit",
    key,
    input: { orderNumber: order.number, amountCents, reason },
    reason: `Goodwill credit of ${amount} for order ${order.number} (already credited: ${money(order.creditedCents, order.currency)}) is above the AI's limit of ${money(ctx.policy.tools.goodwill_credit.cap_cents, order.currency)}.`,
    customerMessage: `A credit of ${amount} needs a quick review by a member of our team. I've sent it to them with the details, and you'll hear back here.`,
  });
}

function duplicate(order: StoreOrder, amountCents: number, at: Date) {
  return deny(
    "duplicate",
    `A credit of ${money(amountCents, order.currency)} for order ${order.number} was already added on ${dateOnly(at)}, so I haven't added it again.`,
  );
}
