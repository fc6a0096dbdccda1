"use client";

import { Button } from "@/components/button";
import { useServerAction } from "@/components/use-server-action";
import { assessHandoffAction } from "../../actions";
import { FormError } from "../../form-error";

/** Needed or not needed: a person's judgement of the AI's handoff, the input of escalation appropriateness. */
export function HandoffAssessment({
  conversationId,
  current,
}: {
  conversationId: string;
  current: "needed" | "not_needed" | null;
}) {
  const { run, pending, error } = useServerAction();
  const mark = (assessment: "needed" | "not_needed") => run(() => assessHandoffAction({ conversationId, assessment }));
  return (
    <div className="space-y-2" data-testid="handoff-assessment">
      <div className="flex gap-2" role="group" aria-label="Was the handoff needed?">
        <Button
          size="sm"
          variant={current === "needed" ? "success" : "secondary"}
          aria-pressed={current === "needed"}
          disabled={pending}
          onClick={() => mark("needed")}
          data-testid="handoff-needed"
        >
          Needed
        </Button>
        <Button
          size="sm"
          variant={current === "not_needed" ? "danger" : "secondary"}
          aria-pressed={current === "not_needed"}
          disabled={pending}
          onClick={() => mark("not_needed")}
          data-testid="handoff-not-needed"
        >
          Not needed
        </Button>
      </div>
      <FormError message={error} />
    </div>
  );
}
