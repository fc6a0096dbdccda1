import "server-only";
import type { ChatMessageView } from "@/lib/chat/protocol";
import { recordAudit } from "@/lib/db/audit";
import { insertMessageInTx, toMessageView } from "@/lib/db/conversations";
import type { Sentiment, Urgency } from "@/lib/engines/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Intent, SupportPolicy } from "@/lib/policy/schema";
import { appendEvent, eventsCommitted } from "@/lib/realtime/events";
import type { EscalationReason } from "./escalate";
import { buildHandoffPacket, type HandoffPacket } from "./handoff-packet";
import { queuePriority } from "./priority";

/**
 * Moves a conversation from the AI to the human queue, with the handoff packet a person reads first and an honest
 * notice to the customer. Idempotent: a conversation already with a person is left as it is, with no second
 * notice; the conditional update makes two simultaneous requests safe.
 */
export type HandoffResult = {
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
    currentTools?: TraceStages["tools"];
  },
): Promise<HandoffResult> {
  const context = await loadPacketContext(prisma, input.conversationId, input.trigger, input.currentTools ?? []);
  const packet = buildHandoffPacket({ ...context.input, reason: input.reason, urgency: input.urgency ?? context.input.urgency });
  const priority = queuePriority({
    urgency: (input.urgency ?? context.input.urgency) as Urgency,
    tier: context.input.customer.tier,
    sentiment: packet.tone.sentiment,
    reason: input.reason,
  });

  const result = await prisma.$transaction(async (tx) => {
    const moved = await tx.conversation.updateMany({
      where: { id: input.conversationId, status: "ai" },
      data: { status: "waiting_human", handoffReason: input.reason, handoffAt: new Date(), priority },
    });
    if (moved.count === 0) {
      const current = await tx.conversation.findUniqueOrThrow({ where: { id: input.conversationId }, select: { status: true } });
      return { status: current.status === "ai" ? "waiting_human" : current.status, notice: null, packet: null } as HandoffResult;
    }
    // The packet and the inbox read the same sentiment for the triggering message from the moment of the handoff.
    if (input.trigger) {
      await tx.message.updateMany({ where: { id: input.trigger.messageId, conversationId: input.conversationId }, data: { sentiment: input.trigger.sentiment } });
    }
    const notice = await insertMessageInTx(tx, { conversationId: input.conversationId, role: "system", body: input.policy.disclosure.handoff_notice });
    await tx.handoffPacket.create({
      data: { conversationId: input.conversationId, reason: input.reason, summary: packet.summary, packet: toJson(packet) },
    });
    await appendEvent(tx, { conversationId: input.conversationId, type: "conversation.status", payload: { status: "waiting_human", reason: input.reason, priority } });
    await recordAudit(tx, {
      actorType: input.by ?? "ai",
      action: "conversation.handed_off",
      target: `conversation:${input.conversationId}`,
      details: { conversationId: input.conversationId, reason: input.reason, priority },
    });
    return { status: "waiting_human", notice: toMessageView(notice), packet } as HandoffResult;
  });
  if (result.notice) eventsCommitted(input.conversationId);
  return result;
}

type PacketContext = { input: Omit<Parameters<typeof buildHandoffPacket>[0], "reason"> };

async function loadPacketContext(
  prisma: PrismaClient,
  conversationId: string,
  trigger: { messageId: string; sentiment: Sentiment } | undefined,
  currentTools: NonNullable<TraceStages["tools"]>,
): Promise<PacketContext> {
  const [conversation, latestFirst, traces] = await Promise.all([
    prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: {
        intent: true,
        urgency: true,
        verifiedAt: true,
        customer: {
          select: {
            name: true,
            tier: true,
            orders: { orderBy: { placedAt: "desc" }, take: 3, select: { number: true, status: true, totalCents: true } },
          },
        },
      },
    }),
    // The latest 60 (the tone is the latest message's), put back in order below.
    prisma.message.findMany({
      where: { conversationId, internal: false, role: { in: ["customer", "ai"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 60,
      select: { id: true, role: true, body: true, sentiment: true },
    }),
    prisma.turnTrace.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" }, take: 40, select: { stages: true } }),
  ]);

  const messages = latestFirst.reverse();
  const actions: PacketContext["input"]["actions"] = [];
  const knowledge = new Map<string, { id: string; title: string; version: number; stale: boolean }>();
  const addCall = (call: NonNullable<TraceStages["tools"]>[number]) =>
    actions.push({
      tool: call.tool,
      // A preview the tool allowed is an offer the customer had not yet accepted, not something that was done.
      decision: call.preview && call.decision === "allowed" ? "proposed" : call.decision,
      ...(call.reason ? { reason: call.reason } : {}),
      ...(call.orderNumber ? { orderNumber: call.orderNumber } : {}),
    });
  for (const trace of [...traces, { stages: { tools: currentTools } }]) {
    const stages = trace.stages as TraceStages | null;
    for (const call of stages?.tools ?? []) addCall(call);
    for (const article of stages?.retrieve ?? []) {
      if (article.used) knowledge.set(article.id, { id: article.id, title: article.title, version: article.version, stale: article.stale });
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
        recentOrders: customer?.orders ?? [],
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

/** The parts of a trace's `stages` the packet reads (see lib/pipeline/trace.ts for the full shape). */
type TraceStages = {
  tools?: Array<{ tool: string; decision: string; reason?: string; orderNumber?: string; preview?: boolean }>;
  retrieve?: Array<{ id: string; title: string; version: number; stale: boolean; used?: boolean }>;
};

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
