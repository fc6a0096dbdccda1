import Link from "next/link";

/**
 * Rendered with status 403 whenever a page calls `forbidden()`: app/forbidden/page.tsx, where the proxy and the
 * staff guard (lib/auth/require-staff.ts) send a role that is too low.
 */
export default function Forbidden() {
  return (
    <main className="grid min-h-dvh place-items-center bg-canvas px-6" data-testid="forbidden">
      <div className="max-w-md text-center">
        <p className="text-sm font-medium text-ink-muted">403</p>
        <h1 className="mt-2 text-2xl font-semibold text-ink">This part of the console isn&apos;t open to your role</h1>
        <p className="mt-3 text-ink-muted">Ask an admin if you need access.</p>
        <Link href="/inbox" className="mt-6 inline-block font-medium text-brand hover:underline">
          Back to the inbox
        </Link>
      </div>
    </main>
  );
}
