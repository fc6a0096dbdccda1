import { APICallError } from "ai";

/**
 * Why a model call failed, in words safe to show staff and to store on a turn's trace (never a stack, a
 * request body or a key). The fallback engine uses `kind` to decide, and `message` as the fallback reason.
 */
export type EngineFailureKind =
  | "timeout"
  | "http"
  | "network"
  | "invalid_output"
  | "configuration"
  | "aborted"
  | "unknown";

export class EngineError extends Error {
  constructor(
    readonly kind: EngineFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "EngineError";
  }
}

/** Classifies a failure from the AI SDK. `timedOut` is true when our own deadline aborted the call. */
export function toEngineError(
  error: unknown,
  context: {
    timedOut: boolean;
    timeoutMs: number;
    callerAborted: boolean;
    expired?: "idle" | "total" | null;
    totalTimeoutMs?: number;
  },
): EngineError {
  if (error instanceof EngineError) return error;
  if (context.timedOut && context.expired === "total") {
    return new EngineError("timeout", `the model's reply did not finish within ${context.totalTimeoutMs} ms`, {
      cause: error,
    });
  }
  if (context.timedOut)
    return new EngineError("timeout", `no response from the model within ${context.timeoutMs} ms`, { cause: error });
  if (context.callerAborted) return new EngineError("aborted", "the request was cancelled", { cause: error });
  const cause = unwrapRetry(error);
  if (APICallError.isInstance(cause)) {
    // A 2xx status here means the response started fine and then broke off (connection dropped, bad chunk).
    if (cause.statusCode !== undefined && cause.statusCode >= 200 && cause.statusCode < 300) {
      return new EngineError("network", "the model provider's response broke off", { cause });
    }
    if (cause.statusCode !== undefined) {
      return new EngineError("http", `the model provider answered HTTP ${cause.statusCode}`, { cause });
    }
    return new EngineError("network", "could not reach the model provider", { cause });
  }
  const name = cause instanceof Error ? cause.name : "";
  if (/NoObjectGenerated|NoOutputGenerated|TypeValidation|JSONParse|InvalidToolInput|NoSuchTool/.test(name)) {
    return new EngineError("invalid_output", "the model's answer did not have the expected shape", { cause });
  }
  if (/LoadAPIKey|LoadSetting/.test(name)) {
    return new EngineError("configuration", "the model provider is not configured (API key or base URL)", { cause });
  }
  if (isNetworkError(cause))
    return new EngineError("network", "the connection to the model provider failed", { cause });
  return new EngineError("unknown", "the model call failed", { cause });
}

function unwrapRetry(error: unknown): unknown {
  // With retries enabled the SDK wraps the last attempt's error in a RetryError.
  if (error instanceof Error && error.name === "AI_RetryError" && "lastError" in error)
    return (error as { lastError: unknown }).lastError;
  return error;
}

function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return (
    (error.name === "TypeError" && /fetch|network|terminated|socket/i.test(error.message)) ||
    (typeof code === "string" && /^(ECONN|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|UND_ERR)/.test(code))
  );
}
