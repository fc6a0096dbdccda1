import "server-only";
import { toMessageView } from "@/lib/views/message-view";
import type { ChatMessageView } from "@/lib/views/protocol";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import type { CommerceStore } from "@/lib/commerce/store";
import { eventsCommitted } from "@/lib/db/events";
import { moveToHumanQueue, packetSources } from "@/lib/db/handoffs";
import type { Sentiment, Urgency } from "@/lib/engines/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Intent, SupportPolicy } from "@/lib/policy/schema";
import { readTraceStages, type TraceToolCall } from "@/lib/trace/schema";
import type { EscalationReason } from "./escalate";
import { buildHandoffPacket, type HandoffPacket } from "./handoff-packet";
import { queuePriority } from "./priority";

/**
 * Moves a conversation from the AI to the human queue, with the handoff packet a person reads first and an honest
 * notice to the customer. Idempotent: a conversation already with a person is left as it is, with no second
 * notice; the conditional update makes two simultaneous requests safe.
 */
type HandoffResult = {
  status: "waiting_human" | "human" | "resolved";
  notice: ChatMessageView | null;
  packet: HandoffPacket | null;
};

export async function handOff(
  prisma: PrismaClient,
  input: {
    conversationId: string;
    reason: EscalationReason;
    policy: SupportPolicy;
    urgency?: Urgency | null;
    /** Who handed over, for the audit log: the AI's escalation (default), or the customer's "Talk to a person". */
    by?: "ai" | "customer";
    /**
     * The customer message whose turn is handing over, with the sentiment triage just gave it. The turn stores
     * that sentiment only after this returns, so without it the packet would read the message as not analysed
     * and its tone could differ from the side panel's; it is also the message the packet quotes.
     */
    trigger?: { messageId: string; sentiment: Sentiment };
    /** The tool calls of the turn that is handing over: its trace is written after this returns. */
    currentTools?: TraceToolCall[];
    /** Where the customer's recent orders come from; the demo store by default. */
    store?: CommerceStore;
  },
): Promise<HandoffResult> {
  const store = input.store ?? prismaCommerceStore(prisma);
  const context = await loadPacketContext(prisma, store, input.conversationId, input.trigger, input.currentTools ?? []);
  const packet = buildHandoffPacket({
    ...context.input,
    reason: input.reason,
    urgency: input.urgency ?? context.input.urgency,
  });
  const priority = queuePriority({
    urgency: (input.urgency ?? context.input.urgency) as Urgency,
    tier: context.input.customer.tier,
    sentiment: packet.tone.sentiment,
    reason: input.reason,
  });

  const moved = await moveToHumanQueue(prisma, {
    conversationId: input.conversationId,
    reason: input.reason,
    priority,
    by: input.by ?? "ai",
    notice: input.policy.disclosure.handoff_notice,
    packet: { summary: packet.summary, json: toJson(packet) },
    ...(input.trigger ? { trigger: input.trigger } : {}),
  });
  if (!moved.moved)
    return { status: moved.status === "ai" ? "waiting_human" : moved.status, notice: null, packet: null };
  eventsCommitted(input.conversationId);
  return { status: "waiting_human", notice: toMessageView(moved.notice), packet };
}

type PacketContext = { input: Omit<Parameters<typeof buildHandoffPacket>[0], "reason"> };

async function loadPacketContext(
  prisma: PrismaClient,
  store: CommerceStore,
  conversationId: string,
  trigger: { messageId: string; sentiment: Sentiment } | undefined,
  currentTools: TraceToolCall[],
): Promise<PacketContext> {
  const [conversation, latestFirst, traces] = await packetSources(prisma, conversationId);
  const orders = conversation.customer ? await store.listOrderSummaries(conversation.customer.id, { limit: 3 }) : [];

  const messages = latestFirst.reverse();
  const actions: PacketContext["input"]["actions"] = [];
  const knowledge = new Map<string, { id: string; title: string; version: number; stale: boolean }>();
  const addCall = (call: Pick<TraceToolCall, "tool" | "decision" | "reason" | "orderNumber" | "preview">) =>
    actions.push({
      tool: call.tool,
      // A preview the tool allowed is an offer the customer had not yet accepted, not something that was done.
      decision: call.preview && call.decision === "allowed" ? "proposed" : call.decision,
      ...(call.reason ? { reason: call.reason } : {}),
      ...(call.orderNumber ? { orderNumber: call.orderNumber } : {}),
    });
  for (const stages of [
    ...traces.map((trace) => readTraceStages(trace.stages)),
    { tools: currentTools, retrieve: [] },
  ]) {
    for (const call of stages.tools ?? []) addCall(call);
    for (const article of stages.retrieve ?? []) {
      if (article.used)
        knowledge.set(article.id, {
          id: article.id,
          title: article.title,
          version: article.version,
          stale: article.stale,
        });
    }
  }
  const customer = conversation.customer;
  return {
    input: {
      intent: (conversation.intent as Intent | null) ?? null,
      urgency: conversation.urgency ?? "normal",
      customer: {
        name: customer?.name ?? null,
        tier: customer?.tier ?? null,
        verified: Boolean(conversation.verifiedAt && customer),
        recentOrders: orders.map((order) => ({
          number: order.number,
          status: order.status,
          totalCents: order.totalCents,
        })),
      },
      customerMessages: messages
        .filter((m) => m.role === "customer")
        .map((m) => ({
          id: m.id,
          text: m.body,
          sentiment: m.id === trigger?.messageId ? trigger.sentiment : ((m.sentiment as Sentiment | null) ?? null),
        })),
      triggerMessageId: trigger?.messageId ?? null,
      actions,
      knowledge: [...knowledge.values()],
      aiReplies: Math.max(0, messages.filter((m) => m.role === "ai").length - 1), // the greeting is not an answer
    },
  };
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
