import type { AskedDate } from "@/lib/text/dates";
import { phrase, weekdayName } from "./phrases";

/** The local reply's answer to "when will it arrive?", from what `lookup_order` returned. */

/**
 * What a delivery answer reads from `lookup_order`'s result (`{ order: OrderDetailView }`, lib/tools/format.ts).
 * `shippingMethod` and `estimatedDeliveryOn` (YYYY-MM-DD) are used when the result carries them.
 */
export type DeliveryFacts = {
  orderNumber: string;
  status: "pending" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
  carrier: string | null;
  trackingNumber: string | null;
  shippedOn: string | null;
  deliveredOn: string | null;
  shippingMethod?: string | null;
  estimatedDeliveryOn?: string | null;
};

export function isDeliveryFacts(value: unknown): value is DeliveryFacts {
  const v = value as Partial<DeliveryFacts> | null;
  return Boolean(v && typeof v.orderNumber === "string" && typeof v.status === "string");
}

/**
 * A delivery question answered from the order in one or two sentences: where the order is (carrier, method,
 * tracking, the day it shipped or was delivered), the estimated delivery date when the result has one, and, when
 * the customer named a date (`asked`, from `askedDate(message, now)` in lib/text/dates.ts) and the estimate is
 * known, whether it makes that date. Dates are written as the tool wrote them (YYYY-MM-DD, with the weekday), so
 * the reply guardrail finds each one in the tool result; the customer's date is repeated in their own words.
 */
export function composeDeliveryAnswer(order: DeliveryFacts, asked: AskedDate | null, lang: string = "en"): string {
  const vars = (extra: Record<string, string> = {}) => ({
    order: order.orderNumber,
    carrier: "",
    method: order.shippingMethod ? phrase(lang, "delivery_method", { method: order.shippingMethod }) : "",
    tracking: order.trackingNumber ? phrase(lang, "delivery_tracking", { tracking: order.trackingNumber }) : "",
    ...extra,
  });
  const carrierBy = order.carrier ? phrase(lang, "delivery_by_carrier", { carrier: order.carrier }) : "";
  const carrierWith = order.carrier ? phrase(lang, "delivery_with_carrier", { carrier: order.carrier }) : "";

  switch (order.status) {
    case "delivered": {
      const first = order.deliveredOn
        ? phrase(lang, "delivery_delivered", vars({ date: order.deliveredOn, carrier: carrierBy }))
        : phrase(lang, "delivery_delivered_undated", vars({ carrier: carrierBy }));
      return `${first} ${phrase(lang, "delivery_delivered_missing")}`;
    }
    case "cancelled":
      return phrase(lang, "delivery_cancelled", vars());
    case "returned":
      return phrase(lang, "delivery_returned", vars());
    case "shipped": {
      const first = order.shippedOn
        ? phrase(lang, "delivery_shipped", vars({ date: order.shippedOn, carrier: carrierWith }))
        : phrase(lang, "delivery_in_transit", vars({ carrier: carrierWith }));
      return [first, estimateSentence(order, asked, lang)].filter(Boolean).join(" ");
    }
    default: {
      const status = phrase(
        lang,
        order.status === "pending" ? "delivery_status_pending" : "delivery_status_processing",
      );
      return [phrase(lang, "delivery_not_shipped", vars({ status })), estimateSentence(order, asked, lang)]
        .filter(Boolean)
        .join(" ");
    }
  }
}

function estimateSentence(order: DeliveryFacts, asked: AskedDate | null, lang: string): string {
  const estimate = order.estimatedDeliveryOn;
  if (!estimate)
    return phrase(lang, asked ? "delivery_no_estimate" : "delivery_no_estimate_plain", { asked: asked?.text ?? "" });
  const sentence = phrase(lang, "delivery_estimate", { date: estimate, weekday: weekdayName(estimate, lang) });
  if (!asked) return sentence;
  return `${sentence} ${phrase(lang, estimate <= asked.iso ? "delivery_in_time" : "delivery_too_late", { asked: asked.text })}`;
}
