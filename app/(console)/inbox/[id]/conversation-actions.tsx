"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Avatar } from "@/components/avatar";
import { Button } from "@/components/button";
import { CheckIcon, UndoIcon, UserPlusIcon } from "@/components/icons";
import { useServerAction } from "@/components/use-server-action";
import {
  assignConversationAction,
  handBackAction,
  releaseConversationAction,
  takeConversationAction,
} from "../actions";
import { ResolveDialog } from "./resolve-dialog";

export type Permissions = {
  /** The caller holds the conversation (or supervises): reply, decide, resolve, release, hand back. */
  canAct: boolean;
  canTake: boolean;
  canAssign: boolean;
};

type Props = {
  conversationId: string;
  permissions: Permissions;
  staffId: string;
  assigneeId: string | null;
  colleagues: Array<{ id: string; name: string; role: string }>;
  pendingApprovals: number;
  aiAnswered: boolean;
};

/** The conversation's toolbar: take, assign, release, hand back to the AI, resolve. Refusals show in place. */
export function ConversationActions(props: Props) {
  const { conversationId, permissions } = props;
  const router = useRouter();
  const { run, pending } = useServerAction({ report: "toast", refresh: "always" });
  const menu = useRef<HTMLDetailsElement>(null);
  const others = props.colleagues.filter((c) => c.id !== props.assigneeId);

  return (
    <div className="flex flex-col items-end gap-1.5">
      <div className="flex flex-wrap items-center justify-end gap-2">
        {permissions.canTake ? (
          <Button
            variant="primary"
            data-testid="take"
            disabled={pending}
            onClick={() => run(() => takeConversationAction({ conversationId }))}
          >
            {pending ? "Taking…" : "Take conversation"}
          </Button>
        ) : null}
        {permissions.canAssign ? (
          <details ref={menu} className="relative">
            <summary
              className="inline-flex cursor-pointer list-none items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-[13px] font-medium text-ink shadow-card hover:bg-surface-muted [&::-webkit-details-marker]:hidden"
              data-testid="assign"
            >
              <UserPlusIcon className="size-4" /> Assign
            </summary>
            <ul
              className="absolute right-0 z-30 mt-1 w-56 rounded-lg border border-line bg-surface p-1 shadow-raised"
              role="menu"
            >
              {others.map((colleague) => (
                <li key={colleague.id}>
                  <button
                    type="button"
                    role="menuitem"
                    data-testid="assign-to"
                    className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-surface-muted"
                    onClick={() => {
                      if (menu.current) menu.current.open = false;
                      run(() => assignConversationAction({ conversationId, assigneeId: colleague.id }));
                    }}
                  >
                    <Avatar name={colleague.name} className="size-6 text-[10px]" />
                    <span className="flex-1 truncate">{colleague.id === props.staffId ? "Me" : colleague.name}</span>
                    <span className="text-xs text-ink-subtle">{colleague.role}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {permissions.canAct ? (
          <>
            <Button
              size="sm"
              data-testid="release"
              disabled={pending}
              onClick={() =>
                run(
                  () => releaseConversationAction({ conversationId }),
                  () => router.push("/inbox"),
                )
              }
            >
              Release
            </Button>
            <Button
              size="sm"
              data-testid="hand-back"
              disabled={pending || props.pendingApprovals > 0}
              title={
                props.pendingApprovals > 0
                  ? "Decide the pending request first"
                  : "The AI answers again; the customer can ask for a person any time"
              }
              onClick={() =>
                run(
                  () => handBackAction({ conversationId }),
                  () => router.push("/inbox"),
                )
              }
            >
              <UndoIcon className="size-4" /> Hand back to AI
            </Button>
            <ResolveDialog
              conversationId={conversationId}
              disabledReason={props.pendingApprovals > 0 ? "Decide the pending request first" : null}
              aiAnswered={props.aiAnswered}
            >
              <CheckIcon className="size-4" /> Resolve
            </ResolveDialog>
          </>
        ) : null}
      </div>
    </div>
  );
}
