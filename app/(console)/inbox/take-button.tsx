"use client";

import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/button";
import { useServerAction } from "@/components/use-server-action";
import { takeConversationAction } from "./actions";

/**
 * Takes a conversation (the AI stops answering in it) and opens it. If a colleague was faster, a toast says who.
 */
export function TakeButton({
  conversationId,
  openAfter = true,
  size = "sm",
}: {
  conversationId: string;
  openAfter?: boolean;
  size?: "sm" | "md";
}) {
  const router = useRouter();
  const { run, pending } = useServerAction({ report: "toast", refresh: "always" });
  return (
    <span className="relative z-10">
      <button
        type="button"
        data-testid="take"
        disabled={pending}
        onClick={() =>
          run(
            () => takeConversationAction({ conversationId }),
            () => openAfter && router.push(`/inbox/${conversationId}`),
          )
        }
        className={buttonClass("primary", size)}
      >
        {pending ? "Taking…" : "Take"}
      </button>
    </span>
  );
}
