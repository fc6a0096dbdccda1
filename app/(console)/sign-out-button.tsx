"use client";

import { signOut } from "next-auth/react";

/**
 * Signs out, then goes to /signin on the host that served the page. next-auth's own redirect is built from
 * NEXTAUTH_URL and falls back to http://localhost:3000 without it (L2), so the browser navigates by itself, to a
 * relative path.
 */
export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => {
        void signOut({ redirect: false })
          .catch(() => undefined)
          // A full load, so nothing of the signed-in console stays in memory.
          .then(() => window.location.assign(new URL("/signin", window.location.origin)));
      }}
      className="rounded-md px-2 py-1 text-ink-muted hover:bg-surface-muted hover:text-ink focus-visible:outline-2"
      data-testid="sign-out"
    >
      Sign out
    </button>
  );
}
