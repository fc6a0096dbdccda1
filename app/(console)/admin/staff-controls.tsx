"use client";

import { Button } from "@/components/button";
import { useServerAction } from "@/components/use-server-action";
import { changeRoleAction, setActiveAction } from "./actions";

/** Role and access for one staff account; the server refuses self-changes and removing the last admin. */
const ROLES = [
  { value: "agent", label: "Agent" },
  { value: "supervisor", label: "Supervisor" },
  { value: "admin", label: "Admin" },
] as const;

export function StaffControls({
  userId,
  role,
  active,
  self,
}: {
  userId: string;
  role: string;
  active: boolean;
  self: boolean;
}) {
  const { run, pending, error } = useServerAction();

  return (
    <div className="flex flex-col items-end gap-1.5">
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={`role-${userId}`}>
          Role
        </label>
        <select
          id={`role-${userId}`}
          value={role}
          disabled={pending || self}
          title={self ? "You can't change your own role" : undefined}
          onChange={(event) => run(() => changeRoleAction({ userId, role: event.target.value }))}
          className="rounded-lg border border-line-strong bg-surface px-2.5 py-1.5 text-[13px] text-ink shadow-card disabled:opacity-60"
          data-testid="staff-role"
        >
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant={active ? "danger" : "success"}
          disabled={pending || self}
          onClick={() => run(() => setActiveAction({ userId, active: !active }))}
          data-testid="staff-active-toggle"
        >
          {active ? "Deactivate" : "Activate"}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="max-w-xs text-right text-xs text-red-700" data-testid="staff-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
