import "server-only";
import type { StoreOrder } from "@/lib/commerce/store";
import { conversationIdentity } from "@/lib/db/verification";
import type { Intent } from "@/lib/policy/schema";
import { callTool } from "@/lib/tools/ai-tools";
import { type Denied, requireCustomerOrder, type ToolName } from "@/lib/tools/authorize";
import type { ProposalSummary } from "@/lib/tools/preview";
import { WRITE_TOOLS } from "@/lib/tools/registry";
import { describeClarification, describeDeclined, describeProposals, READ_ONLY_INTENTS } from "./act-words";
import { extractEntities } from "@/lib/signals/entities";
import {
  declineProposals,
  executeProposals,
  previewCall,
  previewRecord,
  propose,
  type ResolvedCall,
} from "@/lib/tools/proposals";
import { type ActionKind, type ActionRequest, isGeneralQuestion, parseRequests } from "./request";
import { resolveRequest } from "./resolve-request";
import { knownCustomer, type Turn } from "./turn-record";

/**
 * The identity and action stage of a turn, the same for every engine: verify the customer when they give an email
 * and an order number; answer a proposal that was waiting (yes runs it exactly as proposed, no declines it);
 * turn each action request into a proposal the customer must confirm, or into a question when something is
 * unclear; look up orders for questions about them. What the tools said, the proposal and the questions become
 * the turn's reply (`turn.said`). In shadow mode the AI only looks things up: the person who sends the draft acts.
 */
const ABOUT_MY_ORDER =
  /\b(my|our) (order|orders|package|parcel|delivery|shipment|purchase|refund|return|item|items|stuff|money|tracking)\b|\b(where|when)('s| is| will) (it|my)\b|\b(mi|mon|ma|mein|meine) (pedido|commande|bestellung|paquete|colis|paket)\b/i;
/** The tool a request would use, for recording a refusal that came before its arguments were worked out. */
const NOMINAL_TOOL: Record<ActionKind, ToolName> = {
  cancel: "cancel_order",
  change_address: "change_shipping_address",
  update_default_address: "update_default_address",
  change_items: "exchange_items",
  return: "return_items",
  refund: "refund",
  goodwill: "goodwill_credit",
  resend: "resend_confirmation",
};
// Facts about a product the catalog holds: its price, options, stock and what it is.
const PRODUCT_FACT =
  /\b(?:how much|price|cost|costs|cheap|expensive|in stock|available|availability|sizes?|colou?rs?|options?|variants?|weigh|weight|freestanding|waterproof|dimensions|what is the|tell me about|cu[aá]nto|precio|combien|prix|wie viel|preis)\b/i;
const WANTS_LIST = /\b(my|all|recent|last|latest) orders\b|\bwhat (did|have) i order(ed)?\b/i;

export async function act(turn: Turn): Promise<void> {
  const { u, state, toolCtx } = turn;
  const email = u.entities.emails[0];
  const orderNumber = u.entities.orderNumbers[0];
  let verifiedThisTurn = false;
  if (!state.conversation.verified && email && orderNumber) {
    const decision = await callTool(toolCtx, "verify_identity", { email, orderNumber }, turn.calls);
    verifiedThisTurn = decision.decision === "allowed";
    if (!verifiedThisTurn) turn.said.push(decision.customerMessage);
  }
  turn.verifiedNow = state.conversation.verified || verifiedThisTurn;
  if (turn.verifiedNow) turn.customer = await knownCustomer(toolCtx, turn.ctx.conversationId);
  if (turn.said.length > 0) return;

  const confirm = u.requests.find((request) => request.kind === "confirm");
  if (confirm && turn.pending.length > 0) return answerProposal(turn, confirm.answer);

  let requests = u.requests.filter((request): request is ActionRequest => request.kind === "action");
  // Verified just now with a message that only identifies them: the request is the one they made before we asked.
  if (verifiedThisTurn && requests.length === 0) requests = earlierRequests(turn);
  if (requests.length === 0) return lookUp(turn);
  if (!turn.verifiedNow) {
    const decision = await callTool(toolCtx, "lookup_orders", {}, turn.calls);
    turn.said.push(decision.customerMessage);
    return;
  }
  if (turn.mode === "draft_only") return lookUp(turn);

  const offers: Array<{ call: ResolvedCall; summary: ProposalSummary }> = [];
  for (const request of requests) {
    const order = await orderFor(turn, request);
    if (order && "denied" in order) {
      recordRefusedPreview(
        turn,
        { tool: NOMINAL_TOOL[request.action], input: { orderNumber: request.orderNumber } },
        order.denied,
      );
      turn.said.push(order.denied.customerMessage);
      continue;
    }
    const resolution = await resolveRequest(request, {
      order,
      variantsOf: (family) => toolCtx.store.listVariants(family),
      contextSkus: contextSkus(turn),
      customerName: turn.customer.name,
      catalogNames: turn.ctx.catalog ?? [],
    });
    if (!resolution.ok) {
      turn.said.push(describeClarification(resolution.clarification, request, order));
      continue;
    }
    const { call } = resolution;
    // Harmless tools the policy exempts (resend a confirmation) run at once.
    if (!WRITE_TOOLS.has(call.tool) || toolCtx.policy.tools.confirmation_exempt.includes(call.tool)) {
      const decision = await callTool(toolCtx, call.tool, call.input, turn.calls);
      turn.said.push(decision.customerMessage);
      continue;
    }
    const previewed = await previewCall(toolCtx, call);
    turn.calls.push(previewRecord(previewed, `preview-${turn.calls.length + 1}`, turn.now));
    if (!previewed.ok) {
      turn.said.push(previewed.denied.customerMessage);
      continue;
    }
    offers.push({ call: previewed.call, summary: previewed.summary });
  }
  if (offers.length === 0) return;
  turn.offered = await propose(toolCtx.prisma, {
    conversationId: turn.ctx.conversationId,
    proposals: offers,
    now: turn.now,
    ttlMinutes: toolCtx.policy.tools.proposal_ttl_minutes,
  });
  turn.said.push(describeProposals(turn.offered, turn.u.triage.language));
}

async function answerProposal(turn: Turn, answer: "yes" | "no"): Promise<void> {
  turn.answered = answer;
  if (answer === "no") {
    await declineProposals(turn.toolCtx.prisma, turn.pending, turn.now);
    turn.said.push(describeDeclined(turn.u.triage.language));
    return;
  }
  const decisions = await executeProposals(turn.toolCtx, turn.pending, turn.calls, turn.now);
  for (const decision of decisions) turn.said.push(decision.customerMessage);
  if (decisions.some((d) => d.decision === "needs_approval")) {
    const hours = turn.toolCtx.policy.brand.support_hours;
    turn.said.push(
      `A member of our support team decides on requests like this, usually within one business day (we're here ${hours}). There's nothing else you need to do.`,
    );
  }
}

/**
 * Read-only questions: a product's price, options and stock from the catalog (anyone may ask), and questions about
 * the customer's own orders through the lookup tools (they ask for identity themselves).
 */
async function lookUp(turn: Turn): Promise<void> {
  const { u, toolCtx } = turn;
  const intent: Intent = u.triage.intent;
  const product = u.entities.products[0];
  if (product && PRODUCT_FACT.test(turn.ctx.customerMessage.text)) {
    await callTool(toolCtx, "lookup_product", { query: product }, turn.calls);
    return;
  }
  if (!READ_ONLY_INTENTS.has(intent)) return;
  const orderNumber = u.entities.orderNumbers[0] ?? turn.state.mentionedOrderNumbers.at(-1) ?? null;
  const aboutOrder = u.entities.orderNumbers.length > 0 || ABOUT_MY_ORDER.test(turn.ctx.customerMessage.text);
  if (!turn.verifiedNow && !aboutOrder) return;
  // "What is your bereavement refund policy? Order NW-200131": the articles answer it, not the order's status.
  if (isGeneralQuestion(turn.ctx.customerMessage.text) && intent !== "order_status") return;
  if (orderNumber && !WANTS_LIST.test(turn.ctx.customerMessage.text))
    await callTool(toolCtx, "lookup_order", { orderNumber }, turn.calls);
  else await callTool(toolCtx, "lookup_orders", {}, turn.calls);
}

/** The order a request is about: named, from the conversation, or the one recent order whose items it names. */
async function orderFor(turn: Turn, request: ActionRequest): Promise<StoreOrder | null | { denied: Denied }> {
  const { toolCtx } = turn;
  const number = request.orderNumber ?? turn.state.mentionedOrderNumbers.at(-1) ?? null;
  if (number) {
    const owned = await requireCustomerOrder(toolCtx, number);
    return owned.ok ? owned.value.order : { denied: owned.denied };
  }
  if (request.action === "update_default_address") return null;
  const customerId =
    turn.state.customer?.id ?? (await conversationIdentity(toolCtx.prisma, turn.ctx.conversationId))?.customerId;
  if (!customerId) return null;
  const orders = await toolCtx.store.listOrders(customerId, { limit: 10 });
  const words = request.clause.toLowerCase();
  const naming = orders.filter((order) =>
    order.items.some((item) =>
      item.name
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w.length > 3 && words.includes(w.replace(/s$/, ""))),
    ),
  );
  if (naming.length === 1) return naming[0]!;
  return orders.length === 1 ? orders[0]! : null;
}

/** Items the conversation was about: the last proposal's, for "it" and "them" in a follow-up. */
function contextSkus(turn: Turn): string[] {
  const last = turn.pending.at(-1);
  return last ? last.summary.items.map((item) => item.sku) : [];
}

function earlierRequests(turn: Turn): ActionRequest[] {
  for (let i = turn.state.history.length - 1; i >= 0; i--) {
    const message = turn.state.history[i]!;
    if (message.role !== "customer") continue;
    const parsed = parseRequests(message.text, {
      intent: turn.u.triage.intent,
      entities: extractEntities(message.text),
      pendingProposal: false,
      contextOrderNumber: turn.u.entities.orderNumbers[0] ?? null,
    }).filter((request): request is ActionRequest => request.kind === "action");
    if (parsed.length > 0) return parsed;
  }
  return [];
}

/** A request refused before its tool could even preview it (not the customer's order): on the trace as a refusal. */
function recordRefusedPreview(turn: Turn, call: ResolvedCall, denied: Denied): void {
  turn.calls.push(previewRecord({ ok: false, call, denied }, `preview-${turn.calls.length + 1}`, turn.now));
}
