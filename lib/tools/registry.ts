import "server-only";
import type { z } from "zod";
import { type ToolContext, type ToolDecision, type ToolName, WRITE_TOOL_NAMES } from "./authorize";
import { cancelOrder, cancelOrderDescription, cancelOrderInputSchema, previewCancelOrder } from "./cancel-order";
import {
  changeShippingAddress,
  changeShippingAddressDescription,
  changeShippingAddressInputSchema,
  previewChangeShippingAddress,
} from "./change-shipping-address";
import {
  exchangeItems,
  exchangeItemsDescription,
  exchangeItemsInputSchema,
  previewExchangeItems,
} from "./exchange-items";
import {
  goodwillCredit,
  goodwillCreditDescription,
  goodwillCreditInputSchema,
  previewGoodwillCredit,
} from "./goodwill-credit";
import {
  lookupOrder,
  lookupOrderDescription,
  lookupOrderInputSchema,
  lookupOrders,
  lookupOrdersDescription,
  lookupOrdersInputSchema,
} from "./lookup-orders";
import { lookupProduct, lookupProductDescription, lookupProductInputSchema } from "./lookup-product";
import {
  modifyOrderItems,
  modifyOrderItemsDescription,
  modifyOrderItemsInputSchema,
  previewModifyOrderItems,
} from "./modify-order-items";
import type { Preview } from "./preview";
import { previewRefund, refund, refundApprovalInput, refundDescription, refundInputSchema } from "./refund";
import {
  previewResendConfirmation,
  resendConfirmation,
  resendConfirmationDescription,
  resendConfirmationInputSchema,
} from "./resend-confirmation";
import { previewReturnItems, returnItems, returnItemsDescription, returnItemsInputSchema } from "./return-items";
import {
  previewUpdateDefaultAddress,
  updateDefaultAddress,
  updateDefaultAddressDescription,
  updateDefaultAddressInputSchema,
} from "./update-default-address";
import { verifyIdentity, verifyIdentityDescription, verifyIdentityInputSchema } from "./verify-identity";

/**
 * Every tool by name, with what the model is told about it. The AI SDK tool set, the local engine and the
 * approval path all dispatch through this one table, so they run the same code. Write tools also have a
 * `preview`: every check and every amount of `run`, nothing written, for the customer to confirm.
 */
type ToolDefinition = {
  description: string;
  inputSchema: z.ZodType;
  run: (ctx: ToolContext, input: unknown) => Promise<ToolDecision>;
  preview?: (ctx: ToolContext, input: unknown) => Promise<Preview>;
  /** How an approved ActionRequest's stored input becomes the tool's input (and the amount the person approved). */
  approvalInput?: (stored: unknown) => { input: unknown; approvedAmountCents?: number };
};

export const TOOLS: Record<ToolName, ToolDefinition> = {
  verify_identity: {
    description: verifyIdentityDescription,
    inputSchema: verifyIdentityInputSchema,
    run: verifyIdentity,
  },
  lookup_orders: { description: lookupOrdersDescription, inputSchema: lookupOrdersInputSchema, run: lookupOrders },
  lookup_order: { description: lookupOrderDescription, inputSchema: lookupOrderInputSchema, run: lookupOrder },
  lookup_product: { description: lookupProductDescription, inputSchema: lookupProductInputSchema, run: lookupProduct },
  cancel_order: {
    description: cancelOrderDescription,
    inputSchema: cancelOrderInputSchema,
    run: cancelOrder,
    preview: previewCancelOrder,
  },
  change_shipping_address: {
    description: changeShippingAddressDescription,
    inputSchema: changeShippingAddressInputSchema,
    run: changeShippingAddress,
    preview: previewChangeShippingAddress,
  },
  update_default_address: {
    description: updateDefaultAddressDescription,
    inputSchema: updateDefaultAddressInputSchema,
    run: updateDefaultAddress,
    preview: previewUpdateDefaultAddress,
  },
  modify_order_items: {
    description: modifyOrderItemsDescription,
    inputSchema: modifyOrderItemsInputSchema,
    run: modifyOrderItems,
    preview: previewModifyOrderItems,
  },
  return_items: {
    description: returnItemsDescription,
    inputSchema: returnItemsInputSchema,
    run: returnItems,
    preview: previewReturnItems,
  },
  exchange_items: {
    description: exchangeItemsDescription,
    inputSchema: exchangeItemsInputSchema,
    run: exchangeItems,
    preview: previewExchangeItems,
  },
  refund: {
    description: refundDescription,
    inputSchema: refundInputSchema,
    run: refund,
    preview: previewRefund,
    approvalInput: refundApprovalInput,
  },
  resend_confirmation: {
    description: resendConfirmationDescription,
    inputSchema: resendConfirmationInputSchema,
    run: resendConfirmation,
    preview: previewResendConfirmation,
  },
  goodwill_credit: {
    description: goodwillCreditDescription,
    inputSchema: goodwillCreditInputSchema,
    run: goodwillCredit,
    preview: previewGoodwillCredit,
  },
};

/** The tools that change something; the AI runs them only after the customer's confirmation (see runTool). */
export const WRITE_TOOLS: ReadonlySet<ToolName> = WRITE_TOOL_NAMES;

/** Tools whose requests can wait for a person (they have an amount cap); the approval path runs only these. */
export const APPROVABLE_TOOLS = new Set<ToolName>(["refund", "goodwill_credit"]);

export function isToolName(name: string): name is ToolName {
  return Object.hasOwn(TOOLS, name);
}
