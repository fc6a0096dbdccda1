import "server-only";
import { z } from "zod";
import { type ShippingAddress, shippingAddressSchema, type StoreOrder } from "@/lib/commerce/store";
import { allow, type Check, orderNumberSchema, storeActor, type ToolContext, type ToolDecision } from "./authorize";
import { deniedByStore, requireOrderInState } from "./order-checks";
import { runTool } from "./run-tool";
import { type MovedResult, NO_MONEY, type Preview, previewFrom, type ProposalSummary } from "./preview";

/** The address can change only until the order ships (policy `tools.change_address.allowed_states`). */
export const changeShippingAddressInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    address: shippingAddressSchema.describe("The complete new address, exactly as the customer gave it"),
  })
  .strict();
type ChangeShippingAddressInput = z.output<typeof changeShippingAddressInputSchema>;

type ChangeShippingAddressResult = MovedResult & {
  orderNumber: string;
  shipTo: { city: string; region: string | null; postalCode: string; country: string };
};

export const changeShippingAddressDescription =
  "Change the shipping address of one of the verified customer's orders that has not shipped yet. Pass the full " +
  "new address as the customer wrote it (name, street line, optional second line, city, optional region or " +
  "state, postal code, two-letter country code); ask the customer for any missing part instead of guessing.";

/** "Ana Ruiz, 22 Oak Ave, Seattle, WA 98101, US": the whole address, for the customer to check. */
export function addressLine(address: ShippingAddress): string {
  const place = [address.city, [address.region, address.postalCode].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return [address.name, address.line1, address.line2, place, address.country].filter(Boolean).join(", ");
}

type Plan = { order: StoreOrder; summary: ProposalSummary };

async function plan(ctx: ToolContext, input: ChangeShippingAddressInput): Promise<Check<Plan>> {
  const checked = await requireOrderInState(
    ctx,
    input.orderNumber,
    ctx.policy.tools.change_address.allowed_states,
    "change the address of",
  );
  if (!checked.ok) return checked;
  const order = checked.value;
  return {
    ok: true,
    value: {
      order,
      summary: {
        tool: "change_shipping_address",
        orderNumber: order.number,
        lines: [`Ship order ${order.number} to ${addressLine(input.address)}.`],
        items: [],
        money: NO_MONEY(order.currency),
        needsApproval: false,
      },
    },
  };
}

export function previewChangeShippingAddress(
  ctx: ToolContext,
  raw: unknown,
): Promise<Preview<ChangeShippingAddressInput>> {
  return previewFrom(ctx, changeShippingAddressInputSchema, raw, plan);
}

export function changeShippingAddress(
  ctx: ToolContext,
  raw: unknown,
): Promise<ToolDecision<ChangeShippingAddressResult>> {
  return runTool(ctx, "change_shipping_address", changeShippingAddressInputSchema, raw, async (input) => {
    const planned = await plan(ctx, input);
    if (!planned.ok) return planned.denied;
    const { order, summary } = planned.value;
    const allowedStates = ctx.policy.tools.change_address.allowed_states;
    const written = await ctx.store.changeShippingAddress({
      orderId: order.id,
      address: input.address,
      allowedStates,
      actor: storeActor(ctx),
    });
    if (!written.ok) return deniedByStore(order, written, "change the address of");
    const { address } = written;
    return allow(
      {
        orderNumber: order.number,
        shipTo: {
          city: address.city,
          region: address.region ?? null,
          postalCode: address.postalCode,
          country: address.country,
        },
        money: summary.money,
        items: summary.items,
      },
      `Order ${order.number} will now ship to ${address.line1}, ${address.city}.`,
    );
  });
}
