"use client";

import { Button } from "@/components/button";
import { PencilIcon, SendIcon, SparkleIcon, XIcon } from "@/components/icons";
import { useServerAction } from "@/components/use-server-action";
import type { ChatSource } from "@/lib/views/protocol";
import { discardDraftAction, sendReplyAction } from "../actions";
import { useComposer } from "./composer-state";
import { Sources } from "./transcript";

export type DraftView = { id: string; body: string; sources: ChatSource[]; forMessage: string | null };

/**
 * The AI's draft reply to the latest customer message, grounded and checked like any AI answer: send it as is,
 * edit it in the composer (the edit distance is stored when it is sent), or discard it.
 */
export function DraftCard({ conversationId, draft }: { conversationId: string; draft: DraftView }) {
  const composer = useComposer();
  const { run, pending } = useServerAction({ report: "toast", refresh: "always" });
  if (composer.editingDraft === draft.id) return null;
  return (
    <div className="ml-12 rounded-xl border border-brand-200 bg-brand-50/70 p-3.5 shadow-card" data-testid="draft">
      <p className="flex items-center gap-1.5 text-xs font-medium text-brand-800">
        <SparkleIcon className="size-3.5" /> Suggested reply from the AI
        {draft.forMessage ? (
          <span className="truncate font-normal text-brand-700/80">· for &ldquo;{draft.forMessage}&rdquo;</span>
        ) : null}
      </p>
      <p className="mt-1.5 text-sm leading-relaxed whitespace-pre-wrap text-ink" data-testid="draft-body">
        {draft.body}
      </p>
      {draft.sources.length ? <Sources sources={draft.sources} /> : null}
      <div className="mt-2.5 flex flex-wrap items-center justify-end gap-2">
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          data-testid="draft-discard"
          onClick={() => run(() => discardDraftAction({ draftId: draft.id }))}
        >
          <XIcon className="size-3.5" /> Discard
        </Button>
        <Button
          size="sm"
          data-testid="draft-edit"
          onClick={() => {
            composer.setMode("reply");
            composer.setText(draft.body);
            composer.setEditingDraft(draft.id);
            requestAnimationFrame(() => composer.input.current?.focus());
          }}
        >
          <PencilIcon className="size-3.5" /> Edit
        </Button>
        <Button
          size="sm"
          variant="primary"
          disabled={pending}
          data-testid="draft-send"
          onClick={() =>
            run(() =>
              sendReplyAction({
                conversationId,
                body: draft.body,
                clientMessageId: crypto.randomUUID(),
                draftId: draft.id,
              }),
            )
          }
        >
          <SendIcon className="size-3.5" /> Send as is
        </Button>
      </div>
    </div>
  );
}
