import {
  type Engine,
  NO_USAGE,
  type ReplyInput,
  type ReplyStream,
  type TriageInput,
  type TriageResult,
} from "@/lib/engines/types";
import { wordDeltas } from "@/lib/engines/word-stream";
import { composeLocalReply } from "./reply";
import { localTriage } from "./triage";

/**
 * Tandem's built-in engine: no network, no model files, the same answer for the same input. The default when
 * no model provider is configured, the fallback when one fails, and what the test suite runs on.
 */
export function createLocalEngine(): Engine {
  return {
    name: "local",
    model: null,
    capabilities: { toolCalling: false },
    triage: async (input: TriageInput): Promise<TriageResult> => localTriage(input),
    reply(input: ReplyInput): ReplyStream {
      const text = composeLocalReply(input);
      return {
        textStream: wordDeltas(text, input.signal),
        usage: Promise.resolve(NO_USAGE),
        meta: Promise.resolve({ engineUsed: "local", toolCalls: [] }),
      };
    },
  };
}
