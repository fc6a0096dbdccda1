import type { Intent } from "@/lib/policy/schema";
import { ACCOUNT, SECURITY, TECHNICAL } from "./account";
import { COMPLAINT, FEEDBACK, HUMAN_REQUEST, OTHER, PRODUCT } from "./conversation";
import { BILLING, REFUND, RETURNS } from "./money";
import { CANCEL_ORDER, ORDER_CHANGE, ORDER_STATUS, SHIPPING } from "./orders";

/** The intent classifier's training set, in a fixed order so that training is reproducible. */
const SOURCES: Record<Intent, string> = {
  order_status: ORDER_STATUS,
  order_change: ORDER_CHANGE,
  cancel_order: CANCEL_ORDER,
  shipping: SHIPPING,
  returns: RETURNS,
  refund: REFUND,
  billing: BILLING,
  account: ACCOUNT,
  product: PRODUCT,
  technical: TECHNICAL,
  complaint: COMPLAINT,
  feedback: FEEDBACK,
  human_request: HUMAN_REQUEST,
  security: SECURITY,
  other: OTHER,
};

export type LabelledUtterance = { text: string; intent: Intent };

export function trainingSet(): LabelledUtterance[] {
  return (Object.entries(SOURCES) as Array<[Intent, string]>).flatMap(([intent, block]) => parseLines(block, intent));
}

export function parseLines(block: string, intent: Intent): LabelledUtterance[] {
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text, intent }));
}
