import type { ToolSet } from "ai";

/**
 * A tool the model called although it was not offered (a hallucinated name, or one the pipeline withheld, such as
 * verify_identity). The AI SDK answers the model with an error and never runs anything, but the turn's trace would
 * not show the attempt. Whoever builds a tool set can attach a hook under this symbol (lib/tools/ai-tools.ts does:
 * the call becomes a denied entry on the trace); the engine calls it for every call of a name not in the set.
 * A symbol, not a key: the SDK offers the model only the set's string keys.
 */
export const UNOFFERED_TOOL = Symbol.for("tandem.unofferedTool");

export type UnofferedToolCall = { toolCallId: string; name: string; input: unknown };
export type UnofferedToolHook = (call: UnofferedToolCall) => void;

export function setUnofferedToolHook(tools: ToolSet, hook: UnofferedToolHook): ToolSet {
  Object.defineProperty(tools, UNOFFERED_TOOL, { value: hook, enumerable: false, configurable: true });
  return tools;
}

/** Passes a call of a name that was not offered to the hook attached to `tools`, if any. */
export function reportUnofferedTool(tools: ToolSet | undefined, call: UnofferedToolCall): void {
  (tools as { [UNOFFERED_TOOL]?: UnofferedToolHook } | undefined)?.[UNOFFERED_TOOL]?.(call);
}
