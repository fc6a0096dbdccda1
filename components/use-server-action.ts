"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { toast } from "@/components/toaster";
import type { ActionResult } from "@/lib/auth/action-result";

const UNREACHABLE = "We couldn't reach the server. Check your connection and try again.";

/**
 * The one way client components run a staff server action: a pending state, the refusal's message (written for
 * the person) and a refresh of the page's server data.
 * - `report: "toast"` shows the message as a toast, which survives a live page changing under it (the inbox);
 *   `"inline"` (the default) keeps it in `error` for the form to show, e.g. in a dialog a toast would hide behind.
 * - `refresh: "always"` refreshes after a refusal too (in the inbox a refusal usually means someone else just
 *   changed the conversation); `"on-success"` (the default) only after a change.
 */
export function useServerAction(options: { report?: "toast" | "inline"; refresh?: "always" | "on-success" } = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toToast = options.report === "toast";
  const always = options.refresh === "always";

  const run = useCallback(
    <T>(action: () => Promise<ActionResult<T>>, onDone?: (data: T) => void) => {
      setError(null);
      const report = (message: string) => (toToast ? toast(message) : setError(message));
      startTransition(async () => {
        let ok = false;
        try {
          const result = await action();
          ok = result.ok;
          if (result.ok) onDone?.(result.data);
          else report(result.error.message);
        } catch {
          report(UNREACHABLE);
        }
        if (ok || always) router.refresh();
      });
    },
    [always, router, toToast],
  );

  return { run, pending, error };
}
