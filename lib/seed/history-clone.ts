import "server-only";
/**
 * Repeats of generic questions: a conversation that asks what a template conversation asked (driven through the
 * pipeline moments earlier) gets the template's messages, turn traces, drafts, handoff packet and the AI's audit
 * rows, shifted to its own start and customer, in one set of INSERT … SELECT statements. The pipeline is
 * deterministic with the local engine, so driving the same words again would write the same rows, only slower.
 * Ids derive from the copy's id and the template row's id (md5 → uuid): a re-run writes the same ids.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { PlannedConversation } from "./history-plan";

export async function cloneConversations(prisma: PrismaClient, plans: PlannedConversation[]): Promise<number> {
  const copies = plans.filter((plan) => plan.templateOf);
  for (let i = 0; i < copies.length; i += 400) await cloneBatch(prisma, copies.slice(i, i + 400));
  return copies.length;
}

async function cloneBatch(prisma: PrismaClient, copies: PlannedConversation[]): Promise<void> {
  const plan = Prisma.sql`(
    SELECT p.clone_id, p.template_id, p.customer_id, p.start_at::timestamp - t."createdAt" AS shift
    FROM unnest(${copies.map((c) => c.id)}::text[], ${copies.map((c) => c.templateOf!)}::text[], ${copies.map((c) => c.customerId)}::text[],
                ${copies.map((c) => c.startAt.toISOString())}::text[]) AS p(clone_id, template_id, customer_id, start_at)
    JOIN "Conversation" t ON t.id = p.template_id
  )`;
  const newId = (column: string) => Prisma.raw(`md5(p.clone_id || ':' || ${column})::uuid::text`);

  await prisma.$executeRaw`
    INSERT INTO "Conversation" (id, "accessTokenHash", status, priority, intent, urgency, sentiment, language, channel, "customerId",
      "handoffReason", "handoffAt", "turnCount", "lastMessageAt", "createdAt", "updatedAt")
    SELECT p.clone_id, 'seed-history:' || p.clone_id, t.status, t.priority, t.intent, t.urgency, t.sentiment, t.language, t.channel, p.customer_id,
      t."handoffReason", t."handoffAt" + p.shift, t."turnCount", t."lastMessageAt" + p.shift, t."createdAt" + p.shift, now()
    FROM ${plan} p JOIN "Conversation" t ON t.id = p.template_id
    ON CONFLICT (id) DO NOTHING`;
  await prisma.$executeRaw`
    INSERT INTO "Message" (id, "conversationId", role, body, internal, sources, sentiment, "createdAt")
    SELECT ${newId("m.id")}, p.clone_id, m.role, m.body, m.internal, m.sources, m.sentiment, m."createdAt" + p.shift
    FROM ${plan} p JOIN "Message" m ON m."conversationId" = p.template_id
    ON CONFLICT (id) DO NOTHING`;
  await prisma.$executeRaw`
    INSERT INTO "TurnTrace" (id, "conversationId", "customerMessageId", "replyMessageId", engine, model, "policyVersion", stages,
      "fallbackReason", "durationMs", "inputTokens", "outputTokens", "createdAt")
    SELECT ${newId("x.id")}, p.clone_id, ${newId('x."customerMessageId"')},
      CASE WHEN x."replyMessageId" IS NULL THEN NULL ELSE ${newId('x."replyMessageId"')} END,
      x.engine, x.model, x."policyVersion", x.stages, x."fallbackReason", x."durationMs", x."inputTokens", x."outputTokens", x."createdAt" + p.shift
    FROM ${plan} p JOIN "TurnTrace" x ON x."conversationId" = p.template_id
    ON CONFLICT (id) DO NOTHING`;
  await prisma.$executeRaw`
    INSERT INTO "Draft" (id, "conversationId", "forMessageId", body, sources, status, "createdAt")
    SELECT ${newId("d.id")}, p.clone_id, ${newId('d."forMessageId"')}, d.body, d.sources, d.status, d."createdAt" + p.shift
    FROM ${plan} p JOIN "Draft" d ON d."conversationId" = p.template_id
    ON CONFLICT (id) DO NOTHING`;
  // The packet names the customer: the copy's, not the template's.
  await prisma.$executeRaw`
    INSERT INTO "HandoffPacket" (id, "conversationId", reason, summary, packet, "createdAt")
    SELECT ${newId("h.id")}, p.clone_id, h.reason, replace(h.summary, tc.name, cc.name), replace(h.packet::text, tc.name, cc.name)::jsonb, h."createdAt" + p.shift
    FROM ${plan} p
    JOIN "HandoffPacket" h ON h."conversationId" = p.template_id
    JOIN "Conversation" t ON t.id = p.template_id
    JOIN "Customer" tc ON tc.id = t."customerId"
    JOIN "Customer" cc ON cc.id = p.customer_id
    ON CONFLICT (id) DO NOTHING`;
  await prisma.$executeRaw`
    INSERT INTO "AuditEvent" (id, "actorType", "actorId", action, target, details, "createdAt")
    SELECT ${newId("a.id")}, a."actorType", a."actorId", a.action,
      CASE WHEN a.target = 'conversation:' || p.template_id THEN 'conversation:' || p.clone_id ELSE a.target END,
      jsonb_set(a.details, '{conversationId}', to_jsonb(p.clone_id)), a."createdAt" + p.shift
    FROM ${plan} p JOIN "AuditEvent" a ON a.details->>'conversationId' = p.template_id
    ON CONFLICT (id) DO NOTHING`;
}
