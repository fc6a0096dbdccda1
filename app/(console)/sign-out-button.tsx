"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/signin" })}
      className="rounded-md px-2 py-1 text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2"
      data-testid="sign-out"
    >
      Sign out
    </button>
  );
}
