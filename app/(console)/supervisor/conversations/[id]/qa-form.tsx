"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { CheckCircleIcon } from "@/components/icons";
import { useServerAction } from "@/components/use-server-action";
import { scoreConversationAction } from "../../actions";
import { FormError } from "../../form-error";

/** QA scoring against the rubric: four 1–5 scores and a note, stored per conversation (a new review each time). */
type Criterion = {
  key: "policyAccuracy" | "tone" | "resolution" | "escalationAppropriate";
  label: string;
  hint: string;
};

export function QaForm({ conversationId, rubric }: { conversationId: string; rubric: readonly Criterion[] }) {
  const [scores, setScores] = useState<Partial<Record<Criterion["key"], number>>>({});
  const [notes, setNotes] = useState("");
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  const complete = rubric.every((c) => scores[c.key] !== undefined);

  return (
    <form
      data-testid="qa-form"
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!complete) return;
        setSaved(false);
        run(
          () => scoreConversationAction({ conversationId, ...scores, notes: notes.trim() || undefined }),
          () => {
            setSaved(true);
            setScores({});
            setNotes("");
          },
        );
      }}
    >
      {rubric.map((criterion) => (
        <fieldset key={criterion.key}>
          <legend className="text-[13px] font-medium text-ink">{criterion.label}</legend>
          <p className="text-xs text-ink-muted">{criterion.hint}</p>
          <div className="mt-1.5 flex gap-1.5" role="radiogroup" aria-label={criterion.label}>
            {[1, 2, 3, 4, 5].map((value) => {
              const checked = scores[criterion.key] === value;
              return (
                <label
                  key={value}
                  className={`grid size-8 cursor-pointer place-items-center rounded-lg border text-sm font-medium tabular-nums transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300 ${
                    checked
                      ? "border-brand-600 bg-brand-600 text-white"
                      : "border-line-strong bg-surface text-ink hover:bg-surface-muted"
                  }`}
                >
                  <input
                    type="radio"
                    className="sr-only"
                    name={criterion.key}
                    value={value}
                    checked={checked}
                    onChange={() => setScores((current) => ({ ...current, [criterion.key]: value }))}
                    data-testid={`qa-${criterion.key}-${value}`}
                  />
                  {value}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      <label className="block text-[13px] font-medium text-ink">
        Notes <span className="font-normal text-ink-subtle">(optional)</span>
        <textarea
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          rows={3}
          maxLength={2000}
          data-testid="qa-notes"
          className="mt-1 w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm font-normal text-ink shadow-card"
          placeholder="What went well, what should change"
        />
      </label>
      <FormError message={error} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={!complete || pending} data-testid="qa-submit">
          {pending ? "Saving…" : "Save score"}
        </Button>
        {saved ? (
          <span className="flex items-center gap-1 text-xs text-emerald-700" role="status" data-testid="qa-saved">
            <CheckCircleIcon className="size-4" /> Score saved
          </span>
        ) : !complete ? (
          <span className="text-xs text-ink-subtle">Score all four to save.</span>
        ) : null}
      </div>
    </form>
  );
}
