import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/db/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  authorityOf,
  type Denied,
  deny,
  parseInput,
  type ToolContext,
  type ToolDecision,
  type ToolName,
  WRITE_TOOL_NAMES,
} from "./authorize";

/**
 * The frame every tool runs in: the customer's confirmation of exactly this action (for the AI's writes), then the
 * tool's own checks, then one audit row for whatever was decided.
 */
// ─── Confirmation ───

const NOT_CONFIRMED =
  "Before I do that, I'll set out exactly what will change so you can confirm it. Nothing has been changed yet.";

/** Whether the AI needs the customer's yes for this tool under policy. Staff approvals never do. */
function needsConfirmation(ctx: ToolContext, tool: ToolName): boolean {
  return (
    authorityOf(ctx).actor === "ai" &&
    WRITE_TOOL_NAMES.has(tool) &&
    !ctx.policy.tools.confirmation_exempt.includes(tool)
  );
}

/** JSON with object keys sorted, so two inputs compare by content. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/**
 * The AI may run a write tool only with the customer's confirmation of this tool and this input: the confirmed
 * input, normalised by the same schema, must equal the call's. A different order, item, quantity or address is a
 * different action and needs its own yes.
 */
function confirmationDenial<S extends z.ZodType>(
  ctx: ToolContext,
  tool: ToolName,
  schema: S,
  input: z.output<S>,
): Denied | null {
  if (!needsConfirmation(ctx, tool)) return null;
  const confirmed = ctx.confirmed;
  if (!confirmed || confirmed.tool !== tool) return deny("not_confirmed", NOT_CONFIRMED);
  const shown = schema.safeParse(confirmed.input);
  if (!shown.success || canonicalJson(shown.data) !== canonicalJson(input)) return deny("not_confirmed", NOT_CONFIRMED);
  return null;
}

// ─── Running a tool ───

/** Input as the audit log keeps it: bounded, so a model cannot flood the log through a tool call. */
function auditInput(input: unknown): Prisma.InputJsonValue | null {
  const text = JSON.stringify(input ?? null) ?? "null";
  return text.length <= 2000 ? (JSON.parse(text) as Prisma.InputJsonValue | null) : { truncated: text.slice(0, 2000) };
}

/** The order acted on when there is one (so a supervisor can filter by it), else the conversation. */
function auditTarget(ctx: ToolContext, input: unknown): string {
  const orderNumber = (input as { orderNumber?: unknown } | undefined)?.orderNumber;
  return typeof orderNumber === "string" ? `order:${orderNumber}` : `conversation:${ctx.conversationId}`;
}

/**
 * Validates the input, runs the tool's checks and action, and writes one AuditEvent for the decision, whatever
 * it is. The audit row is written after the store acts: a real store is a different system, so the two cannot
 * share a transaction, and idempotency keys make a retried call safe.
 */
export async function runTool<S extends z.ZodType, R>(
  ctx: ToolContext,
  tool: ToolName,
  schema: S,
  raw: unknown,
  body: (input: z.output<S>) => Promise<ToolDecision<R>>,
  options: {
    auditInput?: (input: unknown) => Prisma.InputJsonValue | null;
    target?: (input: z.output<S>) => string;
  } = {},
): Promise<ToolDecision<R>> {
  const parsed = parseInput(schema, raw);
  const unconfirmed = parsed.ok ? confirmationDenial(ctx, tool, schema, parsed.value) : null;
  const decision = !parsed.ok ? parsed.denied : (unconfirmed ?? (await body(parsed.value)));
  const authority = authorityOf(ctx);
  await recordAudit(ctx.prisma, {
    actorType: authority.actor,
    ...(authority.actor === "staff" ? { actorId: authority.approvedBy } : {}),
    action: `tool.${tool}`,
    target:
      parsed.ok && options.target
        ? options.target(parsed.value)
        : auditTarget(ctx, parsed.ok ? parsed.value : undefined),
    details: {
      conversationId: ctx.conversationId,
      decision: decision.decision,
      ...(decision.decision === "allowed" ? {} : { reason: decision.reason }),
      ...(decision.decision === "needs_approval" ? { actionRequestId: decision.actionRequestId } : {}),
      ...(authority.actor === "staff" ? { approvedActionRequestId: authority.actionRequestId } : {}),
      ...(ctx.confirmed && ctx.confirmed.tool === tool ? { proposalId: ctx.confirmed.proposalId } : {}),
      input: (options.auditInput ?? auditInput)(raw),
    },
  });
  return decision;
}
