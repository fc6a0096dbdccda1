import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The audit log is append-only: this module inserts and reads, and nothing in Tandem updates or deletes rows. */
type Db = PrismaClient | Prisma.TransactionClient;

type AuditInput = {
  actorType: "staff" | "ai" | "customer" | "system";
  actorId?: string;
  action: string;
  target?: string;
  details?: Prisma.InputJsonValue;
};

export function recordAudit(prisma: Db, input: AuditInput) {
  return prisma.auditEvent.create({ data: input, select: { id: true } });
}
