import { UserFacingError } from "@/lib/errors";

/** An expected refusal in the workspace; its message is written for the agent who caused it. */
export type WorkspaceErrorCode =
  | "not_found"
  | "already_taken"
  | "not_yours"
  | "not_open"
  | "not_held"
  | "invalid_assignee"
  | "draft_gone"
  | "already_decided"
  | "pending_approvals"
  | "already_rated"
  | "not_resolved";

export class WorkspaceError extends UserFacingError<WorkspaceErrorCode> {
  constructor(code: WorkspaceErrorCode, message: string, status = 409) {
    super(code, message, status);
    this.name = "WorkspaceError";
  }
}
