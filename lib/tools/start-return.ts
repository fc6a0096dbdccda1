import "server-only";
import { z } from "zod";
import {
  allow,
  checkWindow,
  deniedByStore,
  orderNumberSchema,
  reasonSchema,
  requireOrderInState,
  runTool,
  storeActor,
  type ToolContext,
  type ToolDecision,
} from "./authorize";
import { dateOnly } from "./format";

/** Returns: delivered orders (policy `tools.return.allowed_states`) within `window_days` of delivery. */
export const startReturnInputSchema = z.object({ orderNumber: orderNumberSchema, reason: reasonSchema }).strict();

export type StartReturnResult = { orderNumber: string; returnReference: string; startedOn: string };

export const startReturnDescription =
  "Start a return for one of the verified customer's delivered orders. Allowed only within the return window " +
  "after delivery; the tool checks the window and the order's state itself. Pass the customer's reason briefly. " +
  "The result gives the return reference and a sentence to tell the customer.";

export function startReturn(ctx: ToolContext, raw: unknown): Promise<ToolDecision<StartReturnResult>> {
  return runTool(ctx, "start_return", startReturnInputSchema, raw, async (input) => {
    const rule = ctx.policy.tools.return;
    const checked = await requireOrderInState(ctx, input.orderNumber, rule.allowed_states, "start a return for");
    if (!checked.ok) return checked.denied;
    const order = checked.value;
    const window = checkWindow(ctx, order, rule.window_days, "returns");
    if (!window.ok) return window.denied;

    const written = await ctx.store.createReturn({
      orderId: order.id,
      allowedStates: rule.allowed_states,
      reason: input.reason,
      actor: storeActor(ctx),
    });
    if (!written.ok) return deniedByStore(order, written, "start a return for");
    return allow(
      { orderNumber: order.number, returnReference: written.returnReference, startedOn: dateOnly(written.returnedAt) },
      `I've started a return for order ${order.number}. Your return reference is ${written.returnReference}.`,
    );
  });
}
