import "server-only";
import type { OrderStatus, StoreOrder } from "@/lib/commerce/store";
import {
  type Check,
  type Denied,
  deny,
  nowOf,
  orderNotFoundMessage,
  requireCustomerOrder,
  type ToolContext,
} from "./authorize";
import { dateOnly, statusPhrase } from "./format";

/**
 * The order-state and time-window checks of the authorization sequence (see lib/tools/authorize.ts): after a verified
 * customer and ownership, the order must be in a state the rule allows and, for returns, exchanges and refunds,
 * inside the policy's window.
 */

/** The start of every action that changes an order: a verified customer who owns it, in a state the rule allows. */
export async function requireOrderInState(
  ctx: ToolContext,
  orderNumber: string,
  allowed: readonly OrderStatus[],
  action: string,
): Promise<Check<StoreOrder>> {
  const owned = await requireCustomerOrder(ctx, orderNumber);
  if (!owned.ok) return owned;
  const state = checkState(owned.value.order, allowed, action);
  return state.ok ? { ok: true, value: owned.value.order } : state;
}

/** A write the store refused after the checks passed: the order changed state in between, or is gone. */
export function deniedByStore(
  order: StoreOrder,
  conflict: { conflict: string; status?: OrderStatus },
  action: string,
): Denied {
  if (conflict.conflict === "wrong_state" && conflict.status) {
    return deny("wrong_state", `Order ${order.number} ${statusPhrase(conflict.status)}, so I can't ${action} it.`);
  }
  return deny("order_not_found", orderNotFoundMessage(order.number));
}

function checkState(order: StoreOrder, allowed: readonly OrderStatus[], action: string): Check<true> {
  if (allowed.includes(order.status)) return { ok: true, value: true };
  return {
    ok: false,
    denied: deny("wrong_state", `Order ${order.number} ${statusPhrase(order.status)}, so I can't ${action} it.`),
  };
}

const DAY_MS = 86_400_000;

/**
 * Windows run from delivery. An order in an allowed state without a delivery date is measured from when it was
 * placed, which is earlier, so a missing date can only shorten a window, never extend it.
 */
export function checkWindow(
  ctx: ToolContext,
  order: StoreOrder,
  windowDays: number,
  action: string,
): Check<{ endsAt: Date }> {
  const endsAt = windowEnd(order, windowDays);
  if (nowOf(ctx).getTime() <= endsAt.getTime()) return { ok: true, value: { endsAt } };
  return {
    ok: false,
    denied: deny(
      "outside_window",
      `Order ${order.number} is outside our ${windowDays}-day window for ${action} (it ended ${dateOnly(endsAt)}), so I can't do that myself. I can connect you with a person if you'd like to discuss it.`,
    ),
  };
}

export function windowEnd(order: Pick<StoreOrder, "deliveredAt" | "placedAt">, windowDays: number): Date {
  return new Date((order.deliveredAt ?? order.placedAt).getTime() + windowDays * DAY_MS);
}
