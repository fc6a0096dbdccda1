import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Conversations waiting for or held by a person, the longest-waiting first within each priority. */
export async function listHumanQueue(prisma: PrismaClient, take = 50) {
  const rows = await prisma.conversation.findMany({
    where: { status: { in: ["waiting_human", "human"] } },
    orderBy: [{ priority: "desc" }, { handoffAt: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      intent: true,
      sentiment: true,
      handoffReason: true,
      handoffAt: true,
      lastMessageAt: true,
      assignee: { select: { name: true } },
      messages: {
        where: { role: "customer", internal: false },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { body: true },
      },
    },
  });
  return rows.map(({ messages, ...row }) => ({ ...row, lastCustomerMessage: messages[0]?.body ?? null }));
}

export type QueueRow = Awaited<ReturnType<typeof listHumanQueue>>[number];
