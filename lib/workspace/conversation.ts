import "server-only";
import type { ChatSource } from "@/lib/chat/protocol";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { HandoffPacket } from "@/lib/pipeline/handoff-packet";
import { orderNumbersIn } from "./labels";

/**
 * Everything the conversation view shows, in one read: the transcript with notes, sentiment and sources, the
 * latest handoff packet, pending drafts, action requests, the customer with their orders (and any order the
 * customer mentioned, marked when it is not theirs), and the colleagues it can be assigned to. Any staff member
 * may read any conversation; what they may change is decided by the commands (lib/workspace/scope.ts).
 */
const MAX_MESSAGES = 500;
const REPEAT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type ConversationView = NonNullable<Awaited<ReturnType<typeof loadConversationView>>>;
export type WorkspaceOrder = ConversationView["orders"][number];
export type WorkspaceMessage = ConversationView["messages"][number];

export async function loadConversationView(prisma: PrismaClient, conversationId: string) {
  const conversation = await prisma.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      status: true,
      priority: true,
      intent: true,
      urgency: true,
      sentiment: true,
      language: true,
      channel: true,
      handoffReason: true,
      handoffAt: true,
      createdAt: true,
      lastMessageAt: true,
      takenAt: true,
      resolvedAt: true,
      resolutionCode: true,
      resolutionPath: true,
      csatScore: true,
      csatComment: true,
      verifiedAt: true,
      verificationAttempts: true,
      assignee: { select: { id: true, name: true } },
      customer: { select: { id: true, name: true, email: true, phone: true, tier: true, createdAt: true } },
    },
  });
  if (!conversation) return null;

  const [messages, packet, drafts, actions, colleagues] = await Promise.all([
    prisma.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: MAX_MESSAGES,
      select: { id: true, role: true, body: true, internal: true, sentiment: true, sources: true, createdAt: true, author: { select: { name: true } } },
    }),
    prisma.handoffPacket.findFirst({ where: { conversationId }, orderBy: { createdAt: "desc" }, select: { packet: true, createdAt: true } }),
    prisma.draft.findMany({
      where: { conversationId, status: "pending" },
      orderBy: { createdAt: "desc" },
      take: 3,
      select: { id: true, body: true, sources: true, forMessageId: true, createdAt: true },
    }),
    prisma.actionRequest.findMany({
      where: { conversationId },
      orderBy: { createdAt: "desc" },
      select: { id: true, tool: true, input: true, reason: true, status: true, decisionNote: true, result: true, createdAt: true, decidedAt: true, decidedBy: { select: { name: true } } },
    }),
    prisma.staffUser.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } }),
  ]);

  const mentioned = [...new Set(messages.filter((m) => m.role === "customer").flatMap((m) => orderNumbersIn(m.body)))];
  const customerId = conversation.customer?.id ?? null;
  const [orders, recentContacts] = await Promise.all([
    prisma.order.findMany({
      where: { OR: [...(customerId ? [{ customerId }] : []), { number: { in: mentioned } }] },
      orderBy: { placedAt: "desc" },
      take: 12,
      select: {
        id: true,
        number: true,
        status: true,
        customerId: true,
        placedAt: true,
        shippedAt: true,
        deliveredAt: true,
        totalCents: true,
        currency: true,
        carrier: true,
        trackingNumber: true,
        items: { select: { quantity: true, product: { select: { name: true } } } },
        refunds: { select: { amountCents: true } },
      },
    }),
    customerId
      ? prisma.conversation.count({ where: { customerId, id: { not: conversationId }, createdAt: { gte: new Date(conversation.createdAt.getTime() - REPEAT_WINDOW_MS) } } })
      : Promise.resolve(0),
  ]);

  return {
    ...conversation,
    messages: messages.map((m) => ({
      id: m.id,
      role: m.role,
      body: m.body,
      internal: m.internal,
      sentiment: m.sentiment,
      sources: (m.sources as ChatSource[] | null) ?? [],
      createdAt: m.createdAt,
      authorName: m.author?.name ?? null,
    })),
    packet: packet ? { ...(packet.packet as unknown as HandoffPacket), createdAt: packet.createdAt } : null,
    drafts: drafts.map((d) => ({ ...d, sources: (d.sources as ChatSource[] | null) ?? [] })),
    actions,
    colleagues,
    recentContacts,
    orders: orders.map(({ refunds, items, customerId: owner, ...order }) => ({
      ...order,
      items: items.map((item) => ({ name: item.product.name, quantity: item.quantity })),
      refundedCents: refunds.reduce((sum, r) => sum + r.amountCents, 0),
      // Staff see an order the customer named even when it is someone else's; the panel says so.
      belongsToCustomer: customerId !== null && owner === customerId,
      mentioned: mentioned.includes(order.number),
    })),
  };
}
