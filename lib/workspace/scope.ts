import "server-only";
import { hasRole, type StaffSession } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/types";
import { findRefusalContext } from "@/lib/db/workspace-assignment";
import type { Prisma } from "@/lib/generated/prisma/client";
import { WorkspaceError } from "./errors";

/**
 * Who may act on which conversation, as query filters: every write in the workspace is scoped by one of these,
 * so a conversation outside the caller's reach is simply not matched. Agents act on conversations assigned to
 * them; supervisors and admins may act on any conversation a person holds.
 */
export type Actor = Pick<StaffSession, "id" | "name" | "role">;

export const OPEN_STATUSES = ["waiting_human", "human"] as const;

export function isSupervisor(actor: Actor): boolean {
  return hasRole(actor.role, "supervisor");
}

/** Conversations the actor may write to the customer in, resolve or hand back. */
export function heldBy(actor: Actor): Prisma.ConversationWhereInput {
  return isSupervisor(actor) ? { status: "human" } : { status: "human", assigneeId: actor.id };
}

/**
 * After a scoped write matched nothing: the reason, in words the agent can act on. Reads the row only to explain;
 * the decision was already made by the conditional write.
 */
export async function explainRefusal(prisma: Db, conversationId: string, actor: Actor): Promise<WorkspaceError> {
  const row = await findRefusalContext(prisma, conversationId);
  if (!row) return new WorkspaceError("not_found", "That conversation does not exist.", 404);
  if (row.status === "resolved") return new WorkspaceError("not_open", "This conversation is already resolved.");
  if (row.status === "ai")
    return new WorkspaceError("not_open", "The AI assistant has this conversation now. Take it from the queue first.");
  if (row.assigneeId && row.assigneeId !== actor.id) {
    return new WorkspaceError(
      "not_yours",
      `${row.assignee?.name ?? "A colleague"} has this conversation. Ask them or a supervisor to reassign it.`,
      403,
    );
  }
  return new WorkspaceError("not_held", "Take this conversation before you act on it.");
}
