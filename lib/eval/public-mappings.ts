import type { Intent } from "@/lib/policy/schema";

/**
 * How the public intent sets' labels map to Tandem's intents, reviewed from ../shared/eval/suggested_label_mappings.json.
 * Both sets come from banking and virtual assistants, not a store, so only labels with a clear store analogue are
 * mapped; everything else is left out of the intent figures rather than forced into a class (a forced mapping
 * measures the mapping, not the classifier). Changes from the suggestion, and why:
 * - Transfers, top-ups, cash, exchange rates, PINs and card issuing (the suggestion's "billing", "technical",
 *   "shipping" and "general" banking labels) have no store analogue: left out.
 * - card_arrival is "where is my item" (order_status); card_delivery_estimate is "how long does delivery take"
 *   (shipping). The suggestion put both in shipping.
 * - Payments nobody recognises, lost or stolen cards and phones, and fraud reports are account security, the class
 *   Tandem hands to a person at once; the suggestion's "security_escalation".
 * - CLINC's bill_due, pay_bill and bill_balance are utility bills, change_user_name/user_name are what the
 *   assistant calls you, and rewards are credit-card points: left out. thank_you could be feedback or small talk:
 *   left out. Everything else outside banking and credit cards, and the out-of-scope examples, is "other".
 * Report figures with MAPPING_VERSION so a change here is visible next to the numbers.
 */
export const MAPPING_VERSION = "tandem-public-mapping-v1";

export const BANKING77_MAPPING: Partial<Record<Intent, readonly string[]>> = {
  order_status: ["card_arrival"],
  shipping: ["card_delivery_estimate"],
  refund: ["request_refund", "Refund_not_showing_up"],
  billing: [
    "transaction_charged_twice",
    "extra_charge_on_statement",
    "card_payment_fee_charged",
    "pending_card_payment",
    "declined_card_payment",
    "reverted_card_payment?",
  ],
  account: ["edit_personal_details", "passcode_forgotten", "terminate_account", "verify_my_identity"],
  security: [
    "card_payment_not_recognised",
    "direct_debit_payment_not_recognised",
    "cash_withdrawal_not_recognised",
    "compromised_card",
    "lost_or_stolen_card",
    "lost_or_stolen_phone",
  ],
};

export const CLINC150_MAPPING: Partial<Record<Intent, readonly string[]>> = {
  order_status: ["order_status"],
  billing: ["card_declined"],
  account: ["account_blocked"],
  security: ["report_fraud", "freeze_account", "report_lost_card"],
};

/** CLINC domains whose remaining intents are out of scope for a store: mapped to "other". */
export const CLINC150_OTHER_DOMAINS = [
  "kitchen_and_dining",
  "home",
  "auto_and_commute",
  "travel",
  "utility",
  "work",
  "small_talk",
  "meta",
] as const;

/** Intents in those domains a store customer could mean as a store request, or that need context: left out. */
export const CLINC150_EXCLUDED = new Set([
  "order",
  "shopping_list",
  "shopping_list_update",
  "thank_you",
  "yes",
  "no",
  "maybe",
  "cancel",
  "repeat",
  "sync_device",
  "reset_settings",
  "user_name",
  "change_user_name",
]);

/** Utterances taken per "other" intent, so 100 small-talk and assistant intents do not swamp five store classes. */
export const CLINC150_OTHER_PER_INTENT = 10;

/** Presidio entity types and the Tandem PII type each is scored as; types Tandem does not detect are listed apart. */
export const PRESIDIO_TYPES: Record<string, string> = {
  CREDIT_CARD: "card",
  EMAIL_ADDRESS: "email",
  PHONE_NUMBER: "phone",
  US_PHONE_NUMBER: "phone",
  INTERNATIONAL_PHONE_NUMBER: "phone",
  IL_PHONE_NUMBER: "phone",
  US_SSN: "ssn",
  IBAN_CODE: "iban",
  UK_NINO: "national_id",
};

export function invert(mapping: Partial<Record<Intent, readonly string[]>>): Map<string, Intent> {
  const byLabel = new Map<string, Intent>();
  for (const [intent, labels] of Object.entries(mapping) as Array<[Intent, readonly string[]]>) {
    for (const label of labels) byLabel.set(label, intent);
  }
  return byLabel;
}
