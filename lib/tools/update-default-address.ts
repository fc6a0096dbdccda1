import "server-only";
import { z } from "zod";
import { shippingAddressSchema, type StoreCustomer } from "@/lib/commerce/store";
import {
  allow,
  type Check,
  deny,
  requireVerifiedCustomer,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { runTool } from "./run-tool";
import { addressLine } from "./change-shipping-address";
import { type MovedResult, NO_MONEY, type Preview, previewFrom, type ProposalSummary } from "./preview";

/**
 * The verified customer's default shipping address, used for orders they place from now on. No order is involved,
 * so there is no state rule (policy `tools.update_address` is empty); orders already placed keep their address.
 */
export const updateDefaultAddressInputSchema = z
  .object({
    address: shippingAddressSchema.describe("The complete new default address, exactly as the customer gave it"),
  })
  .strict();
type UpdateDefaultAddressInput = z.output<typeof updateDefaultAddressInputSchema>;

type UpdateDefaultAddressResult = MovedResult & {
  shipTo: { city: string; region: string | null; postalCode: string; country: string };
};

export const updateDefaultAddressDescription =
  "Save a new default shipping address on the verified customer's account, for orders they place from now on. " +
  "It does not change orders already placed (use change_shipping_address for an order that has not shipped). " +
  "Pass the full address as the customer wrote it; ask for any missing part instead of guessing.";

type Plan = { customer: StoreCustomer; summary: ProposalSummary };

async function plan(ctx: ToolContext, input: UpdateDefaultAddressInput): Promise<Check<Plan>> {
  const customer = await requireVerifiedCustomer(ctx);
  if (!customer.ok) return customer;
  return {
    ok: true,
    value: {
      customer: customer.value,
      summary: {
        tool: "update_default_address",
        orderNumber: null,
        lines: [
          `Save ${addressLine(input.address)} as the default shipping address on your account.`,
          "Orders you have already placed keep the address they have.",
        ],
        items: [],
        money: NO_MONEY("USD"),
        needsApproval: false,
      },
    },
  };
}

export function previewUpdateDefaultAddress(
  ctx: ToolContext,
  raw: unknown,
): Promise<Preview<UpdateDefaultAddressInput>> {
  return previewFrom(ctx, updateDefaultAddressInputSchema, raw, plan);
}

export function updateDefaultAddress(
  ctx: ToolContext,
  raw: unknown,
): Promise<ToolDecision<UpdateDefaultAddressResult>> {
  return runTool(
    ctx,
    "update_default_address",
    updateDefaultAddressInputSchema,
    raw,
    async (input) => {
      const planned = await plan(ctx, input);
      if (!planned.ok) return planned.denied;
      const { customer, summary } = planned.value;
      const written = await ctx.store.updateDefaultAddress({
        customerId: customer.id,
        address: input.address,
        actor: storeActor(ctx),
      });
      if (!written.ok)
        return deny(
          "not_verified",
          "I couldn't find your account to update. Could you confirm your email and an order number again?",
        );
      const { address } = written;
      return allow(
        {
          shipTo: {
            city: address.city,
            region: address.region ?? null,
            postalCode: address.postalCode,
            country: address.country,
          },
          money: summary.money,
          items: [],
        },
        `Your default shipping address is now ${address.line1}, ${address.city}. Orders you have already placed keep their address.`,
      );
    },
    { target: () => `conversation:${ctx.conversationId}` },
  );
}
