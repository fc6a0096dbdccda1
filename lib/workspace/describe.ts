import { money } from "@/lib/tools/format";

/**
 * "a refund of $420.00 on order NW-100001": what an action request asks for, in words a customer or an agent reads.
 * No `server-only`: the conversation view renders it too.
 */
export function describeRequest(tool: string, input: unknown): string {
  const fields = (input ?? {}) as { orderNumber?: unknown; amountCents?: unknown };
  const amount = typeof fields.amountCents === "number" ? ` of ${money(fields.amountCents)}` : "";
  const order = typeof fields.orderNumber === "string" ? ` on order ${fields.orderNumber}` : "";
  const kind =
    tool === "refund" ? "a refund" : tool === "goodwill_credit" ? "a store credit" : `a ${tool.replace(/_/g, " ")}`;
  return `${kind}${amount}${order}`;
}

/** The customer's own reason as the AI recorded it with the request, if any. */
export function requestReason(input: unknown): string | null {
  const reason = (input ?? {}) as { reason?: unknown };
  return typeof reason.reason === "string" && reason.reason.trim() ? reason.reason : null;
}
