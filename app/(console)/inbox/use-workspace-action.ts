"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";

/**
 * Runs a workspace server action: pending state, the refusal's message (written for the agent) as `error`, and a
 * refresh of the page's server data on success. Live events refresh it too; this makes the actor's own change
 * appear without waiting for the stream.
 */
export function useWorkspaceAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    <T>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) => {
      setError(null);
      startTransition(async () => {
        try {
          const result = await action();
          if (!result.ok) {
            setError(result.error.message);
            if (result.error.code !== "invalid_input") router.refresh();
            return;
          }
          onDone?.(result.data);
          router.refresh();
        } catch {
          setError("We couldn't reach the server. Check your connection and try again.");
        }
      });
    },
    [router],
  );

  return { run, pending, error, clearError: useCallback(() => setError(null), []) };
}
