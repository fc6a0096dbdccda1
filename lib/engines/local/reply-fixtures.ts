import type { DeliveryFacts } from "./delivery-answer";
import type { ProductLookupResult } from "./product-answer";

/** Tool results the local reply's composers are tested on, here and by the reply guardrail's tests in lib/pipeline. */

// Thursday 2026-12-03: "Saturday" is 2026-12-05.
export const NOW = new Date("2026-12-03T15:00:00Z");

export const shipped: DeliveryFacts = {
  orderNumber: "NW-100321",
  status: "shipped",
  carrier: "UPS",
  trackingNumber: "1Z999AA10123456784",
  shippedOn: "2026-12-01",
  deliveredOn: null,
  shippingMethod: "Standard",
  estimatedDeliveryOn: "2026-12-04",
};

export const dome: ProductLookupResult = {
  name: "Summit Dome 2 Four-Season Tent",
  priceCents: 74900,
  currency: "USD",
  description: "Two-person mountaineering tent built for snow loads and high wind.",
  variants: [{ sku: "TNT-1004", options: {}, priceCents: 74900, inStock: true }],
};

export const boot: ProductLookupResult = {
  name: "Granite Peak Waterproof Hiking Boot",
  priceCents: 21900,
  currency: "USD",
  description: "Mid-height leather boot with a waterproof membrane and Vibram sole.",
  variants: [
    { sku: "FTW-4001-10-BRN", options: { size: "10", color: "brown" }, priceCents: 21900, inStock: true },
    { sku: "FTW-4001-11-BRN", options: { size: "11", color: "brown" }, priceCents: 21900, inStock: false },
    { sku: "FTW-4001-10-BLK", options: { size: "10", color: "black" }, priceCents: 22900, inStock: true },
  ],
};
