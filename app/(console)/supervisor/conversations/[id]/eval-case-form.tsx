"use client";

import { useState } from "react";
import { Button } from "@/components/button";
import { CheckCircleIcon, PencilIcon } from "@/components/icons";
import { useServerAction } from "@/components/use-server-action";
import { createEvalCaseAction } from "../../actions";
import { FormError } from "../../form-error";

/**
 * "Correct this answer": the supervisor writes the answer the AI should have given and what a replay must check
 * (phrases it must say, phrases it must not say, whether it should hand over), and the conversation up to here
 * becomes an evaluation case that `npm run eval -- --cases` replays.
 */
const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length >= 2);

export function EvalCaseForm({
  conversationId,
  messageId,
  original,
  reasons,
}: {
  conversationId: string;
  messageId: string;
  original: string;
  reasons: Array<{ value: string; label: string }>;
}) {
  const [open, setOpen] = useState(false);
  const [corrected, setCorrected] = useState(original);
  const [mustInclude, setMustInclude] = useState("");
  const [mustNotInclude, setMustNotInclude] = useState("");
  const [escalation, setEscalation] = useState<"unchanged" | "handoff" | "no_handoff">("unchanged");
  const [reason, setReason] = useState(reasons[0]?.value ?? "");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();

  if (!open) {
    return (
      <div className="mt-1.5 flex items-center gap-3">
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline"
          data-testid="eval-case-open"
        >
          <PencilIcon className="size-3.5" /> Correct this answer
        </button>
        {saved ? (
          <span
            className="flex items-center gap-1 text-xs text-emerald-700"
            role="status"
            data-testid="eval-case-saved"
          >
            <CheckCircleIcon className="size-3.5" /> Saved as an evaluation case
          </span>
        ) : null}
      </div>
    );
  }

  const field =
    "mt-1 w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm font-normal text-ink shadow-card";
  return (
    <form
      className="mt-2 space-y-3 rounded-lg border border-brand-200 bg-brand-50/40 p-3"
      data-testid="eval-case-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () =>
            createEvalCaseAction({
              conversationId,
              messageId,
              correctedReply: corrected,
              mustInclude: lines(mustInclude),
              mustNotInclude: lines(mustNotInclude),
              escalation,
              ...(escalation === "handoff" ? { escalationReason: reason } : {}),
              note: note.trim() || undefined,
            }),
          () => {
            setSaved(true);
            setOpen(false);
          },
        );
      }}
    >
      <label className="block text-xs font-medium text-ink">
        The answer the AI should have given
        <textarea
          value={corrected}
          onChange={(e) => setCorrected(e.target.value)}
          rows={4}
          maxLength={4000}
          required
          className={field}
          data-testid="eval-case-corrected"
        />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-xs font-medium text-ink">
          A replay must say <span className="font-normal text-ink-subtle">(one phrase a line)</span>
          <textarea
            value={mustInclude}
            onChange={(e) => setMustInclude(e.target.value)}
            rows={3}
            className={field}
            placeholder="30 days"
            data-testid="eval-case-must"
          />
        </label>
        <label className="block text-xs font-medium text-ink">
          …and must never say
          <textarea
            value={mustNotInclude}
            onChange={(e) => setMustNotInclude(e.target.value)}
            rows={3}
            className={field}
            placeholder="guaranteed"
            data-testid="eval-case-must-not"
          />
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-xs font-medium text-ink">
          Handoff
          <select
            value={escalation}
            onChange={(e) => setEscalation(e.target.value as typeof escalation)}
            className={field}
            data-testid="eval-case-escalation"
          >
            <option value="unchanged">Not checked</option>
            <option value="handoff">Should have handed over here</option>
            <option value="no_handoff">Should not hand over</option>
          </select>
        </label>
        {escalation === "handoff" ? (
          <label className="block text-xs font-medium text-ink">
            Because
            <select value={reason} onChange={(e) => setReason(e.target.value)} className={field}>
              {reasons.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <label className="block text-xs font-medium text-ink">
        Note <span className="font-normal text-ink-subtle">(optional)</span>
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
          className={field}
          placeholder="Quoted the wrong return window"
        />
      </label>
      <FormError message={error} />
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={pending} data-testid="eval-case-submit">
          {pending ? "Saving…" : "Save as evaluation case"}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <span className="text-xs text-ink-muted">Replayed by npm run eval -- --cases</span>
      </div>
    </form>
  );
}
