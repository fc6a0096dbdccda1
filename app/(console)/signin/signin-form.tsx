"use client";

import { signIn } from "next-auth/react";
import { useRef, useState } from "react";
import { AlertIcon } from "@/components/icons";

/** Email and password against next-auth's credentials provider (lib/auth/options.ts). */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (!result || result.error || !result.ok) {
        setError(signInErrorMessage(result?.error));
        setPending(false);
        passwordRef.current?.select();
        return;
      }
      // A full navigation, so the console's server layout renders with the new session.
      window.location.assign(callbackUrl);
    } catch {
      setError("We couldn't reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form
      className="mt-6 space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      {error ? (
        <p
          role="alert"
          data-testid="signin-error"
          className="flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800"
        >
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
      <div>
        <label htmlFor="signin-email" className="block text-sm font-medium text-ink">
          Work email
        </label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          data-testid="signin-email"
          className="mt-1.5 block w-full rounded-lg border border-line-strong bg-surface px-3 py-2.5 text-base text-ink shadow-card placeholder:text-ink-subtle focus:border-brand-400 focus:shadow-focus focus:outline-none sm:text-sm"
          placeholder="name@company.com"
        />
      </div>
      <div>
        <label htmlFor="signin-password" className="block text-sm font-medium text-ink">
          Password
        </label>
        <input
          ref={passwordRef}
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          data-testid="signin-password"
          className="mt-1.5 block w-full rounded-lg border border-line-strong bg-surface px-3 py-2.5 text-base text-ink shadow-card focus:border-brand-400 focus:shadow-focus focus:outline-none sm:text-sm"
        />
      </div>
      <button
        type="submit"
        id="signin-submit"
        disabled={pending}
        data-testid="signin-submit"
        className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-medium text-brand-ink shadow-card transition-colors hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

/**
 * next-auth answers a wrong password with the code `CredentialsSignin`. Anything `authorize` throws comes back as
 * its message: the lock-out after too many attempts is written for people, but an unexpected failure (a database
 * error, say) would come back the same way, so only text that reads like a plain sentence is shown.
 */
function signInErrorMessage(error: string | null | undefined): string {
  if (error === "CredentialsSignin")
    return "That email and password don't match a staff account. Check them and try again.";
  if (error && /^[A-Z][^`<>{}\n]{0,160}[.!]$/.test(error) && !/error|prisma|sql|invocation|econn/i.test(error))
    return error;
  return "Sign-in didn't work. Please try again.";
}
