import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "./scope";

/**
 * Data for the workspace tests, created in code per test: staff in each role and conversations as the AI leaves
 * them when it hands over (a greeting, the customer's words, perhaps an AI answer).
 */
let sequence = 0;

export async function staff(
  prisma: PrismaClient,
  role: "agent" | "supervisor" | "admin" = "agent",
  name?: string,
): Promise<Actor & { email: string }> {
  const n = ++sequence;
  const row = await prisma.staffUser.create({
    data: {
      email: `${role}${n}-${randomUUID().slice(0, 6)}@tandem.test`,
      name: name ?? `${role === "agent" ? "Agent" : "Boss"} ${n}`,
      passwordHash: "x",
      role,
    },
    select: { id: true, name: true, role: true, email: true },
  });
  return row;
}

export type HandoverOptions = {
  customerId?: string;
  verified?: boolean;
  /** The AI answered before handing over (resolution path ai_then_human). Default true. */
  aiAnswered?: boolean;
  priority?: number;
  minutesAgo?: number;
  status?: "waiting_human" | "human" | "ai";
  assigneeId?: string;
  customerText?: string;
};

export async function handedOver(prisma: PrismaClient, options: HandoverOptions = {}) {
  const handoffAt = new Date(Date.now() - (options.minutesAgo ?? 5) * 60_000);
  const conversation = await prisma.conversation.create({
    data: {
      accessTokenHash: `test-${randomUUID()}`,
      status: options.status ?? "waiting_human",
      priority: options.priority ?? 200,
      handoffReason: "customer_request",
      handoffAt,
      assigneeId: options.assigneeId ?? null,
      customerId: options.customerId ?? null,
      verifiedAt: options.verified ? new Date() : null,
      createdAt: new Date(handoffAt.getTime() - 60_000),
    },
  });
  const at = (offset: number) => new Date(handoffAt.getTime() - 60_000 + offset * 1000);
  await prisma.message.create({
    data: { conversationId: conversation.id, role: "ai", body: "Hi, I'm the AI assistant.", createdAt: at(0) },
  });
  await prisma.message.create({
    data: {
      conversationId: conversation.id,
      role: "customer",
      body: options.customerText ?? "My tent arrived broken, I want my money back.",
      sentiment: "frustrated",
      createdAt: at(1),
    },
  });
  if (options.aiAnswered ?? true) {
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        role: "ai",
        body: "I'm sorry to hear that. Let me help.",
        createdAt: at(2),
      },
    });
  }
  return conversation;
}

export async function draftFor(prisma: PrismaClient, conversationId: string, body: string) {
  const message = await prisma.message.findFirstOrThrow({
    where: { conversationId, role: "customer" },
    orderBy: { createdAt: "desc" },
  });
  return prisma.draft.create({ data: { conversationId, forMessageId: message.id, body } });
}

/** What the customer's page would show: public messages, oldest first. */
export async function customerTranscript(prisma: PrismaClient, conversationId: string) {
  const rows = await prisma.message.findMany({
    where: { conversationId, internal: false },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => `${row.role}: ${row.body}`);
}
