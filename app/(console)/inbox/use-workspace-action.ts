"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { toast } from "@/components/toaster";
import type { ActionResult } from "@/lib/auth/action";

/**
 * Runs a workspace server action: a pending state, the refusal's message (written for the agent) as a toast that
 * survives the live page changing under it, and a refresh of the page's server data either way (a refusal usually
 * means someone else just changed it). Live events refresh it too; this shows the actor's own change at once.
 * `inline` keeps the message in `error` instead, for a modal dialog that would cover a toast.
 */
export function useWorkspaceAction(options: { inline?: boolean } = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const inline = options.inline ?? false;
  const report = useCallback((message: string) => (inline ? setError(message) : toast(message)), [inline]);

  const run = useCallback(
    <T>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) => {
      setError(null);
      startTransition(async () => {
        try {
          const result = await action();
          if (!result.ok) report(result.error.message);
          else onDone?.(result.data);
        } catch {
          report("We couldn't reach the server. Check your connection and try again.");
        }
        router.refresh();
      });
    },
    [report, router],
  );

  return { run, pending, error };
}
