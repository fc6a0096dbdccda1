import "server-only";
import { jsonSchema, tool, type JSONSchema7, type ToolSet } from "ai";
import { z } from "zod";
import type { CommerceStore } from "@/lib/commerce/store";
import { setUnofferedToolHook } from "@/lib/engines/unoffered-tool";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SupportPolicy } from "@/lib/policy/schema";
import { type ReasonCode, TOOL_NAMES, type ToolContext, type ToolDecision, type ToolName } from "./authorize";
import { previewCall, previewRecord, propose, type StoredProposal } from "./proposals";
import { TOOLS, WRITE_TOOLS } from "./registry";
import { unofferedToolRecord } from "./unoffered";

/**
 * The tools as the model sees them. Every call, including one with input the schema would refuse, reaches the
 * tool's own validation, so a refused call is a recorded, audited decision rather than an SDK error the trace
 * never sees. What goes back to the model is a reduced view of the decision: the staff-only `not_owner` reads
 * as `order_not_found`, so the model cannot tell a customer that an order number belongs to somebody else.
 */
export type ToolCallRecord = {
  tool: ToolName;
  toolCallId: string;
  /** The input as the model (or the local engine) supplied it: data that was checked, not trusted. */
  input: unknown;
  /** Null only when the tool failed unexpectedly (see `error`). */
  decision: ToolDecision | null;
  decisionKind: ToolDecision["decision"] | "error";
  reason?: ReasonCode;
  orderNumber?: string;
  error?: string;
  startedAt: string;
  durationMs: number;
  /** The proposal this call carried out, after the customer confirmed it. */
  proposalId?: string;
  confirmed?: boolean;
  /** A preview for a proposal (checked and priced, nothing written), not a call of the tool itself. */
  preview?: boolean;
};

type ModelToolOutput =
  | { decision: "allowed"; executed: true; result: unknown; customerMessage: string }
  | { decision: "denied"; executed: false; reason: ReasonCode; customerMessage: string; escalate: boolean }
  | { decision: "needs_approval"; executed: false; reason: "over_cap"; customerMessage: string };

function toModelView(decision: ToolDecision): ModelToolOutput {
  switch (decision.decision) {
    case "allowed":
      return decision;
    case "denied":
      return {
        decision: "denied",
        executed: false,
        reason: decision.reason === "not_owner" ? "order_not_found" : decision.reason,
        customerMessage: decision.customerMessage,
        escalate: decision.escalate,
      };
    case "needs_approval":
      return {
        decision: "needs_approval",
        executed: false,
        reason: "over_cap",
        customerMessage: decision.customerMessage,
      };
  }
}

function orderNumberOf(input: unknown): string | undefined {
  const value = (input as { orderNumber?: unknown } | null)?.orderNumber;
  return typeof value === "string" ? value.trim().slice(0, 40) : undefined;
}

/**
 * Runs a tool by name and appends the call to `calls`. The local engine calls this directly; the AI SDK tool set
 * below does too. Unexpected failures are recorded and rethrown for the caller to log.
 */
export async function callTool(
  ctx: ToolContext,
  name: ToolName,
  input: unknown,
  calls: ToolCallRecord[],
  toolCallId = `call-${calls.length + 1}`,
): Promise<ToolDecision> {
  const started = new Date();
  const t0 = performance.now();
  const base = { tool: name, toolCallId, input, startedAt: started.toISOString(), ...withOrder(input) };
  try {
    const decision = await TOOLS[name].run(ctx, input);
    calls.push({
      ...base,
      decision,
      decisionKind: decision.decision,
      ...(decision.decision === "allowed" ? {} : { reason: decision.reason }),
      durationMs: Math.round(performance.now() - t0),
    });
    return decision;
  } catch (error) {
    calls.push({
      ...base,
      decision: null,
      decisionKind: "error",
      error: error instanceof Error ? error.name : "unknown",
      durationMs: Math.round(performance.now() - t0),
    });
    throw error;
  }
}

function withOrder(input: unknown): { orderNumber?: string } {
  const orderNumber = orderNumberOf(input);
  return orderNumber ? { orderNumber } : {};
}

type AiToolContext = {
  prisma: PrismaClient;
  policy: SupportPolicy;
  conversationId: string;
  store: CommerceStore;
  /** The turn's clock: proposals expire from it. */
  now?: Date;
  /** Called with each proposal a write tool stored for the customer to confirm. */
  onProposed?: (proposals: StoredProposal[]) => void;
};

/** The JSON Schema the model is shown; validation is left to the tool so every call is decided and recorded. */
function describedSchema(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JSONSchema7;
  return jsonSchema<unknown>(json, { validate: (value) => ({ success: true, value }) });
}

/**
 * A write tool the model calls does not act: it proposes. The tool's preview checks and prices the action, the
 * proposal is stored for the customer, and the model is told to show it and ask; the customer's yes runs it on a
 * later turn, through the pipeline, exactly as proposed.
 */
type ModelProposalOutput = { decision: "proposed"; executed: false; proposal: string[]; customerMessage: string };

export function buildAiTools(context: AiToolContext, calls: ToolCallRecord[]): ToolSet {
  const { now, onProposed, ...rest } = context;
  const ctx: ToolContext = { ...rest, authority: { actor: "ai" } };
  const tools: ToolSet = {};
  for (const name of TOOL_NAMES) {
    const definition = TOOLS[name];
    const proposes = WRITE_TOOLS.has(name) && !context.policy.tools.confirmation_exempt.includes(name);
    tools[name] = tool({
      description: proposes
        ? `${definition.description} Calling it only proposes the action: the customer must confirm before anything changes.`
        : definition.description,
      inputSchema: describedSchema(definition.inputSchema),
      execute: async (
        input: unknown,
        { toolCallId }: { toolCallId: string },
      ): Promise<ModelToolOutput | ModelProposalOutput> => {
        if (!proposes) return toModelView(await callTool(ctx, name, input, calls, toolCallId));
        const previewed = await previewCall(ctx, { tool: name, input: (input ?? {}) as Record<string, unknown> });
        calls.push(previewRecord(previewed, toolCallId, now ?? new Date()));
        if (!previewed.ok) return toModelView(previewed.denied);
        const stored = await propose(context.prisma, {
          conversationId: context.conversationId,
          proposals: [previewed],
          now: now ?? new Date(),
          ttlMinutes: context.policy.tools.proposal_ttl_minutes,
        });
        onProposed?.(stored);
        return {
          decision: "proposed",
          executed: false,
          proposal: previewed.summary.lines,
          customerMessage:
            "Nothing has changed yet. Tell the customer exactly these lines and ask them to reply yes to confirm.",
        };
      },
    });
  }
  // A tool the model calls that is not in this set (made up, or withheld like verify_identity) is denied on the trace.
  setUnofferedToolHook(tools, (call) => calls.push(unofferedToolRecord(call)));
  return tools;
}
