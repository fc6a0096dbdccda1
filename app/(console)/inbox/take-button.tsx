"use client";

import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/button";
import { takeConversationAction } from "./actions";
import { useWorkspaceAction } from "./use-workspace-action";

/**
 * Takes a conversation (the AI stops answering in it) and opens it. If a colleague was faster, says who, in place.
 */
export function TakeButton({ conversationId, openAfter = true, size = "sm" }: { conversationId: string; openAfter?: boolean; size?: "sm" | "md" }) {
  const router = useRouter();
  const { run, pending, error } = useWorkspaceAction();
  return (
    <span className="relative z-10 inline-flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid="take"
        disabled={pending}
        onClick={() => run(() => takeConversationAction({ conversationId }), () => openAfter && router.push(`/inbox/${conversationId}`))}
        className={buttonClass("primary", size)}
      >
        {pending ? "Taking…" : "Take"}
      </button>
      {error ? (
        <span role="alert" data-testid="take-error" className="max-w-56 text-right text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
