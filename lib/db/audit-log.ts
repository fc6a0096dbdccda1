import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./types";

/**
 * Reading the append-only audit log (lib/db/audit.ts writes it). Nothing here updates or deletes. The filters are
 * the governance service's (lib/governance/audit-log.ts); these take them as a `where`.
 */

/** One page of audit events, newest first, with the acting staff member's name and role. */
export function findAuditEvents(prisma: Db, input: { where: Prisma.AuditEventWhereInput; skip: number; take: number }) {
  return prisma.auditEvent.findMany({
    where: input.where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: input.skip,
    take: input.take,
    include: { actor: { select: { name: true, role: true } } },
  });
}

export function countAuditEvents(prisma: Db, where: Prisma.AuditEventWhereInput): Promise<number> {
  return prisma.auditEvent.count({ where });
}

/** The actions among the matching events, alphabetically, with how many of each. */
export async function auditActionCounts(
  prisma: Db,
  where: Prisma.AuditEventWhereInput,
): Promise<Array<{ action: string; count: number }>> {
  const rows = await prisma.auditEvent.groupBy({
    by: ["action"],
    where,
    _count: { _all: true },
    orderBy: { action: "asc" },
  });
  return rows.map((row) => ({ action: row.action, count: row._count._all }));
}

/** The latest events whose action starts with `actionPrefix` (e.g. "staff."), newest first, with the actor's name. */
export function recentAuditEvents(prisma: Db, input: { actionPrefix: string; take: number }) {
  return prisma.auditEvent.findMany({
    where: { action: { startsWith: input.actionPrefix } },
    orderBy: { createdAt: "desc" },
    take: input.take,
    include: { actor: { select: { name: true } } },
  });
}

/**
 * A conversation's audit trail since it started, oldest first (at most 200): events that target it, and events
 * that name it in their details.
 */
export function conversationAuditTrail(prisma: Db, conversationId: string, since: Date) {
  return prisma.auditEvent.findMany({
    where: {
      createdAt: { gte: since },
      OR: [
        { target: `conversation:${conversationId}` },
        { details: { path: ["conversationId"], equals: conversationId } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
}
