import "server-only";
import { z } from "zod";
import { shippingAddressSchema } from "@/lib/commerce/store";
import {
  allow,
  deniedByStore,
  orderNumberSchema,
  requireOrderInState,
  runTool,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import {  } from "./format";

/** The address can change only until the order ships (policy `tools.change_address.allowed_states`). */
export const changeShippingAddressInputSchema = z
  .object({
    orderNumber: orderNumberSchema,
    address: shippingAddressSchema.describe("The complete new address, exactly as the customer gave it"),
  })
  .strict();

export type ChangeShippingAddressResult = { orderNumber: string; shipTo: { city: string; region: string | null; postalCode: string; country: string } };

export const changeShippingAddressDescription =
  "Change the shipping address of one of the verified customer's orders that has not shipped yet. Pass the full " +
  "new address as the customer wrote it (name, street line, optional second line, city, optional region or " +
  "state, postal code, two-letter country code); ask the customer for any missing part instead of guessing.";

export function changeShippingAddress(ctx: ToolContext, raw: unknown): Promise<ToolDecision<ChangeShippingAddressResult>> {
  return runTool(ctx, "change_shipping_address", changeShippingAddressInputSchema, raw, async (input) => {
    const allowedStates = ctx.policy.tools.change_address.allowed_states;
    const checked = await requireOrderInState(ctx, input.orderNumber, allowedStates, "change the address of");
    if (!checked.ok) return checked.denied;
    const order = checked.value;

    const written = await ctx.store.changeShippingAddress({ orderId: order.id, address: input.address, allowedStates, actor: storeActor(ctx) });
    if (!written.ok) return deniedByStore(order, written, "change the address of");
    const { address } = written;
    return allow(
      { orderNumber: order.number, shipTo: { city: address.city, region: address.region ?? null, postalCode: address.postalCode, country: address.country } },
      `Order ${order.number} will now ship to ${address.line1}, ${address.city}.`,
    );
  });
}
