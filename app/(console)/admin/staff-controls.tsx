"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import type { ActionResult } from "@/lib/auth/action";
import { changeRoleAction, setActiveAction } from "./actions";

/** Role and access for one staff account; the server refuses self-changes and removing the last admin. */
const ROLES = [
  { value: "agent", label: "Agent" },
  { value: "supervisor", label: "Supervisor" },
  { value: "admin", label: "Admin" },
] as const;

export function StaffControls({ userId, role, active, self }: { userId: string; role: string; active: boolean; self: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<{ changed: boolean }>>) => {
    setError(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) setError(result.error.message);
        else router.refresh();
      } catch {
        setError("We couldn't reach the server. Check your connection and try again.");
      }
    });
  };

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
