import "server-only";
import { auditActionCounts, countAuditEvents, findAuditEvents } from "@/lib/db/audit-log";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "./audit-filters";

/**
 * Reading the append-only audit log (lib/db/audit.ts writes it): newest first, filtered, with the actions in the
 * range and their counts for the filter menu. Nothing here updates or deletes.
 */
export const AUDIT_PAGE_SIZE = 50;

function auditWhere(filters: AuditFilters, withAction = true): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = { createdAt: { gte: filters.range.from, lt: filters.range.to } };
  if (filters.actorKind) where.actorType = filters.actorKind;
  if (filters.actorId) where.actorId = filters.actorId;
  if (withAction && filters.action)
    where.action = filters.action.endsWith(".") ? { startsWith: filters.action } : filters.action;
  if (filters.target) where.target = { contains: filters.target, mode: "insensitive" };
  return where;
}

export async function listAuditEvents(prisma: PrismaClient, filters: AuditFilters) {
  const where = auditWhere(filters);
  const [rows, total, actions] = await Promise.all([
    findAuditEvents(prisma, { where, skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    countAuditEvents(prisma, where),
    auditActionCounts(prisma, auditWhere(filters, false)),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions,
    rows: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      actorType: row.actorType,
      actor: row.actor ? { id: row.actorId, name: row.actor.name, role: row.actor.role } : null,
      action: row.action,
      target: row.target,
      details: row.details as Record<string, unknown> | null,
    })),
  };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["rows"][number];
