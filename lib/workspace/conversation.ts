import "server-only";
import type { ChatSource } from "@/lib/views/protocol";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import type { CommerceStore } from "@/lib/commerce/store";
import {
  countOtherConversationsSince,
  findConversationForView,
  latestHandoffPacket,
  listActionRequests,
  listActiveStaff,
  listPendingDrafts,
  listTranscriptForStaff,
} from "@/lib/db/workspace-view";
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

export async function loadConversationView(
  prisma: PrismaClient,
  conversationId: string,
  deps: { store?: CommerceStore } = {},
) {
  const conversation = await findConversationForView(prisma, conversationId);
  if (!conversation) return null;

  const [messages, packet, drafts, actions, colleagues] = await Promise.all([
    listTranscriptForStaff(prisma, conversationId, MAX_MESSAGES),
    latestHandoffPacket(prisma, conversationId),
    listPendingDrafts(prisma, conversationId, 3),
    listActionRequests(prisma, conversationId),
    listActiveStaff(prisma),
  ]);

  const mentioned = [...new Set(messages.filter((m) => m.role === "customer").flatMap((m) => orderNumbersIn(m.body)))];
  const customerId = conversation.customer?.id ?? null;
  const store = deps.store ?? prismaCommerceStore(prisma);
  const [orders, recentContacts] = await Promise.all([
    store.findOrders({ customerId, numbers: mentioned, limit: 12 }),
    customerId
      ? countOtherConversationsSince(prisma, {
          customerId,
          conversationId,
          since: new Date(conversation.createdAt.getTime() - REPEAT_WINDOW_MS),
        })
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
    orders: orders.map((order) => ({
      id: order.id,
      number: order.number,
      status: order.status,
      placedAt: order.placedAt,
      shippedAt: order.shippedAt,
      deliveredAt: order.deliveredAt,
      totalCents: order.totalCents,
      currency: order.currency,
      carrier: order.carrier,
      trackingNumber: order.trackingNumber,
      items: order.items.map((item) => ({ name: item.name, quantity: item.quantity })),
      refundedCents: order.refundedCents,
      // Staff see an order the customer named even when it is someone else's; the panel says so.
      belongsToCustomer: customerId !== null && order.customerId === customerId,
      mentioned: mentioned.includes(order.number),
    })),
  };
}
