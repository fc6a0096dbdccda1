import type { Metadata } from "next";
import Link from "next/link";
import { TandemMark } from "@/components/tandem-logo";

export const metadata: Metadata = { title: "Page not found · Tandem" };

export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center bg-canvas px-6 py-16" data-testid="not-found">
      <div className="max-w-md text-center">
        <TandemMark className="mx-auto size-10" />
        <p className="mt-6 text-sm font-medium text-ink-muted">404</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">We couldn&apos;t find that page</h1>
        <p className="mt-3 leading-relaxed text-ink-muted">
          The link may be old or mistyped. If you were in the middle of a chat, your conversation is still there.
        </p>
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          <Link
            href="/chat"
            className="rounded-xl bg-brand-600 px-4 py-2.5 font-medium text-brand-ink transition-colors hover:bg-brand-700"
          >
            Back to the chat
          </Link>
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
