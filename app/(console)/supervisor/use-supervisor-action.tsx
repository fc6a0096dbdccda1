"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";

/**
 * Runs a supervisor server action with a pending state, the refusal's message (safe to show, written for the
 * person) and a refresh of the page's server data once it is done.
 */
export function useSupervisorAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    <T,>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) => {
      setError(null);
      startTransition(async () => {
        try {
          const result = await action();
          if (!result.ok) {
            setError(result.error.message);
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

  return { run, pending, error };
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800" data-testid="form-error">
      {message}
    </p>
  );
}
