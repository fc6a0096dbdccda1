"use client";

import Link from "next/link";
import { useEffect } from "react";
import { TandemMark } from "@/components/tandem-logo";

/**
 * Shown when a page fails to render. Never the error itself: in production Next.js only passes a digest, and
 * that digest is what the server logged, so it's worth showing for support to look up.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="grid min-h-dvh place-items-center bg-canvas px-6 py-16" data-testid="error-page">
      <div className="max-w-md text-center">
        <TandemMark className="mx-auto size-10" />
        <h1 className="mt-6 text-2xl font-semibold tracking-tight text-ink">Something went wrong on our side</h1>
        <p className="mt-3 leading-relaxed text-ink-muted">
          Sorry about that. Please try again; if it keeps happening, come back in a few minutes. Conversations
          you&apos;ve had with us are saved.
        </p>
        {error.digest ? (
          <p className="mt-3 text-xs text-ink-subtle">
            Reference: <code className="font-mono">{error.digest}</code>
          </p>
        ) : null}
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          <button
            type="button"
            onClick={reset}
            className="rounded-xl bg-brand-600 px-4 py-2.5 font-medium text-brand-ink transition-colors hover:bg-brand-700"
          >
            Try again
          </button>
          <Link
            href="/"
            className="rounded-xl border border-line-strong bg-surface px-4 py-2.5 font-medium text-ink transition-colors hover:bg-surface-muted"
          >
            Tandem home
          </Link>
        </div>
      </div>
    </main>
  );
}
