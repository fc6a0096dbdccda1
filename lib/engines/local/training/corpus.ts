import type { Intent } from "@/lib/policy/schema";
import { ACCOUNT } from "./account";
import { BILLING } from "./billing";
import { CANCEL_ORDER } from "./cancel-order";
import { COMPLAINT } from "./complaint";
import { FEEDBACK } from "./feedback";
import { HUMAN_REQUEST } from "./human-request";
import { ORDER_CHANGE } from "./order-change";
import { ORDER_STATUS } from "./order-status";
import { OTHER } from "./other";
import { PRODUCT } from "./product";
import { REFUND } from "./refund";
import { RETURNS } from "./returns";
import { SECURITY } from "./security";
import { SHIPPING } from "./shipping";
import { STORE_REQUESTS } from "./store-requests";
import { TECHNICAL } from "./technical";

/**
 * Training utterances, one file per intent, one utterance per line, written by the team to cover how customers
 * really write: terse and long, typos and slang, order numbers, about one line in seven in Spanish, French or German.
 * When a misclassified message turns up, add lines of that kind in your own words; never copy or paraphrase lines
 * from held-out.ts (which measures the classifier), evals/messages.jsonl (which lib/eval/datasets.test.ts guards
 * against near-duplicates) or the public sets in ../shared/eval.
 *
 * The training set is in a fixed order so that training is reproducible.
 */
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
  return [
    ...(Object.entries(SOURCES) as Array<[Intent, string]>).flatMap(([intent, block]) => parseLines(block, intent)),
    ...(Object.entries(STORE_REQUESTS) as Array<[Intent, string]>).flatMap(([intent, block]) =>
      parseLines(block, intent),
    ),
  ];
}

export function parseLines(block: string, intent: Intent): LabelledUtterance[] {
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text, intent }));
}

/**
 * A short fingerprint of the team's training lines, stored with the committed weights: a test compares it with the
 * lines in the repository, so adding lines without retraining (`npm run train:intent`) does not go unnoticed.
 */
export function trainingSetFingerprint(): string {
  let hash = 0x811c9dc5;
  for (const { text, intent } of trainingSet()) {
    const line = `${intent}\t${text}\n`;
    for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
