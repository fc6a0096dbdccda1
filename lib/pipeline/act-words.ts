import type { StoreOrder } from "@/lib/commerce/store";
import { phrase } from "@/lib/engines/local/phrases";
import type { Intent } from "@/lib/policy/schema";
import type { StoredProposal } from "@/lib/tools/proposals";
import type { ActionRequest } from "./request";
import type { Clarification } from "./resolve-request";

/**
 * What the action stage says in its own words: a proposal laid out line by line with the question that asks for a
 * yes, and the questions it asks instead of guessing. Every fact in them (items, amounts, dates) comes from the
 * tool's preview or the order; nothing here states a figure of its own.
 */
export const READ_ONLY_INTENTS = new Set<Intent>([
  "order_status",
  "shipping",
  "order_change",
  "account",
  "cancel_order",
  "returns",
  "refund",
]);

const VERBS: Record<ActionRequest["action"], string> = {
  cancel: "cancel",
  change_address: "change the address of",
  update_default_address: "update",
  change_items: "exchange",
  return: "return",
  refund: "refund",
  goodwill: "credit",
  resend: "resend",
};

export function describeProposals(proposals: StoredProposal[], language: string): string {
  const blocks = proposals.map((proposal, index) => {
    const lines = proposal.summary.lines.map((line) => `• ${line}`).join("\n");
    return proposals.length > 1
      ? `${index + 1}. ${proposal.summary.orderNumber ? `Order ${proposal.summary.orderNumber}` : "Your account"}:\n${lines}`
      : lines;
  });
  const approval = proposals.some((p) => p.summary.needsApproval)
    ? "\n\nBecause of the amount, a member of our team approves this before it goes through."
    : "";
  const yes = phrase(language, "proposal_yes");
  return `${phrase(language, "proposal_intro")}\n\n${blocks.join("\n\n")}${approval}\n\n${phrase(language, "proposal_question")} ${language === "en" ? `Reply "yes" to confirm, or tell me what to change.` : `(${yes} / ${phrase(language, "proposal_no")})`}`;
}

export function describeClarification(
  clarification: Clarification,
  request: ActionRequest,
  order: StoreOrder | null,
): string {
  const verb = VERBS[request.action];
  const list = (options: string[]) => options.map((option) => `• ${option}`).join("\n");
  switch (clarification.need) {
    case "order":
      return `Which order would you like me to ${verb}? Please tell me its order number: it's in your order confirmation email and under Orders in your account.`;
    case "items":
      return `Which items from order ${order?.number ?? ""} would you like to ${verb}? It has:\n${list(clarification.options)}`;
    case "item_not_in_order":
      return `I don't see ${clarification.asked} in order ${order?.number ?? ""}. It has:\n${list(clarification.options)}\nWhich of these do you mean, or is it in another order?`;
    case "variant":
      return clarification.options.length
        ? `Which option would you like instead of your ${clarification.item}? These are in stock:\n${list(clarification.options)}`
        : `Which size or colour would you like instead of your ${clarification.item}?`;
    case "variant_unavailable":
      return clarification.options.length
        ? `The ${clarification.item} isn't available in ${clarification.asked} right now. These are in stock:\n${list(clarification.options)}\nWould one of them work?`
        : `I'm sorry, the ${clarification.item} isn't available in any other option right now. I can start a return instead if you'd like.`;
    case "address":
      return "Please send me the full new address in one message: street and number, apartment or suite if there is one, city, state or region, ZIP or postcode, and country.";
    case "problem":
      return "What went wrong with the item: did it arrive damaged, not work, go missing, or was it the wrong item?";
  }
}

export function describeDeclined(language: string): string {
  return phrase(language, "proposal_declined");
}
