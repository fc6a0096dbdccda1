import "server-only";
import type { z } from "zod";
import type { ToolContext, ToolDecision, ToolName } from "./authorize";
import { cancelOrder, cancelOrderDescription, cancelOrderInputSchema } from "./cancel-order";
import { changeShippingAddress, changeShippingAddressDescription, changeShippingAddressInputSchema } from "./change-shipping-address";
import { goodwillCredit, goodwillCreditDescription, goodwillCreditInputSchema } from "./goodwill-credit";
import { lookupOrder, lookupOrderDescription, lookupOrderInputSchema, lookupOrders, lookupOrdersDescription, lookupOrdersInputSchema } from "./lookup-orders";
import { refund, refundDescription, refundInputSchema } from "./refund";
import { resendConfirmation, resendConfirmationDescription, resendConfirmationInputSchema } from "./resend-confirmation";
import { startReturn, startReturnDescription, startReturnInputSchema } from "./start-return";
import { verifyIdentity, verifyIdentityDescription, verifyIdentityInputSchema } from "./verify-identity";

/**
 * Every tool by name, with what the model is told about it. The AI SDK tool set, the local engine and the
 * approval path all dispatch through this one table, so they run the same code.
 */
export type ToolDefinition = {
  description: string;
  inputSchema: z.ZodType;
  run: (ctx: ToolContext, input: unknown) => Promise<ToolDecision>;
};

export const TOOLS: Record<ToolName, ToolDefinition> = {
  verify_identity: { description: verifyIdentityDescription, inputSchema: verifyIdentityInputSchema, run: verifyIdentity },
  lookup_orders: { description: lookupOrdersDescription, inputSchema: lookupOrdersInputSchema, run: lookupOrders },
  lookup_order: { description: lookupOrderDescription, inputSchema: lookupOrderInputSchema, run: lookupOrder },
  cancel_order: { description: cancelOrderDescription, inputSchema: cancelOrderInputSchema, run: cancelOrder },
  start_return: { description: startReturnDescription, inputSchema: startReturnInputSchema, run: startReturn },
  refund: { description: refundDescription, inputSchema: refundInputSchema, run: refund },
  change_shipping_address: {
    description: changeShippingAddressDescription,
    inputSchema: changeShippingAddressInputSchema,
    run: changeShippingAddress,
  },
  resend_confirmation: { description: resendConfirmationDescription, inputSchema: resendConfirmationInputSchema, run: resendConfirmation },
  goodwill_credit: { description: goodwillCreditDescription, inputSchema: goodwillCreditInputSchema, run: goodwillCredit },
};

/** Tools whose requests can wait for a person (they have an amount cap); the approval path runs only these. */
export const APPROVABLE_TOOLS = new Set<ToolName>(["refund", "goodwill_credit"]);

export function isToolName(name: string): name is ToolName {
  return Object.hasOwn(TOOLS, name);
}
