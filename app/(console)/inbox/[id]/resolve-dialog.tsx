"use client";

import { useRef, useState } from "react";
import { Button, buttonClass } from "@/components/button";
import { useServerAction } from "@/components/use-server-action";
import { RESOLUTION_CODES, type ResolutionCode } from "@/lib/workspace/labels";
import { resolveConversationAction } from "../actions";

/**
 * Resolve with a resolution code and, when the AI handed over, whether a person was really needed (the
 * escalation appropriateness metric). The customer is then asked to rate the conversation.
 */
export function ResolveDialog({
  conversationId,
  disabledReason,
  aiAnswered,
  children,
}: {
  conversationId: string;
  disabledReason: string | null;
  aiAnswered: boolean;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState<ResolutionCode | null>(null);
  const [needed, setNeeded] = useState<"yes" | "no" | null>(null);
  const { run, pending, error } = useServerAction({ report: "inline", refresh: "always" });

  return (
    <>
      <button
        type="button"
        data-testid="resolve"
        disabled={disabledReason !== null}
        title={disabledReason ?? "Close the conversation and ask the customer for a rating"}
        onClick={() => {
          dialog.current?.showModal();
        }}
        className={buttonClass("success", "sm")}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        className="m-auto w-full max-w-md rounded-2xl border border-line bg-surface p-0 text-ink shadow-raised backdrop:bg-ink/30"
        data-testid="resolve-dialog"
      >
        <form
          method="dialog"
          className="p-5"
          onSubmit={(event) => {
            event.preventDefault();
            if (!code) return;
            run(
              () =>
                resolveConversationAction({
                  conversationId,
                  code,
                  ...(needed ? { handoffNeeded: needed === "yes" } : {}),
                }),
              () => dialog.current?.close(),
            );
          }}
        >
          <h2 className="text-base font-semibold">Resolve conversation</h2>
          <p className="mt-1 text-sm text-ink-muted">
            The customer sees that it&apos;s resolved and is asked to rate it.
          </p>
          <fieldset className="mt-4">
            <legend className="text-sm font-medium">How was it resolved?</legend>
            <div className="mt-2 grid grid-cols-2 gap-1.5">
              {RESOLUTION_CODES.map((option) => (
                <label
                  key={option.code}
                  className="flex cursor-pointer items-center gap-2 rounded-lg border border-line px-2.5 py-2 text-sm hover:bg-surface-muted has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="code"
                    value={option.code}
                    className="accent-brand-600"
                    data-testid={`resolution-${option.code}`}
                    onChange={() => setCode(option.code)}
                  />
                  {option.label}
                </label>
              ))}
            </div>
          </fieldset>
          {aiAnswered ? (
            <fieldset className="mt-4">
              <legend className="text-sm font-medium">
                Did this need a person?{" "}
                <span className="font-normal text-ink-muted">(optional, trains the handoff rules)</span>
              </legend>
              <div className="mt-2 flex gap-1.5">
                {(["yes", "no"] as const).map((value) => (
                  <label
                    key={value}
                    className="flex cursor-pointer items-center gap-2 rounded-lg border border-line px-3 py-1.5 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
                  >
                    <input
                      type="radio"
                      name="needed"
                      value={value}
                      className="accent-brand-600"
                      onChange={() => setNeeded(value)}
                    />
                    {value === "yes" ? "Yes, it did" : "No, the AI could have"}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {error ? (
            <p role="alert" className="mt-3 text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <div className="mt-5 flex justify-end gap-2">
            <Button onClick={() => dialog.current?.close()}>Cancel</Button>
            <Button type="submit" variant="success" disabled={!code || pending} data-testid="resolve-confirm">
              {pending ? "Resolving…" : "Resolve"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
