import "server-only";
import type { UnofferedToolCall } from "@/lib/engines/unoffered-tool";
import type { ToolCallRecord } from "./ai-tools";
import { deny, type ToolName } from "./authorize";

const NOT_AVAILABLE = "That isn't something I can do here.";

/**
 * A call of a tool the model was not offered, as the trace records it: denied, never run. Its name is the model's
 * (it may be no tool at all); the reason is `invalid_input`, which counts as neither a refusal nor a failed
 * verification, and the record's `error` says what happened.
 */
export function unofferedToolRecord(call: UnofferedToolCall, now = new Date()): ToolCallRecord {
  const orderNumber = (call.input as { orderNumber?: unknown } | null)?.orderNumber;
  return {
    tool: call.name.slice(0, 64) as ToolName,
    toolCallId: call.toolCallId,
    input: call.input,
    decision: deny("invalid_input", NOT_AVAILABLE),
    decisionKind: "denied",
    reason: "invalid_input",
    error: "tool not offered",
    ...(typeof orderNumber === "string" ? { orderNumber: orderNumber.trim().slice(0, 40) } : {}),
    startedAt: now.toISOString(),
    durationMs: 0,
  };
}
