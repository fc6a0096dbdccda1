import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { TandemLogo } from "@/components/tandem-logo";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getStaffSession } from "@/lib/auth/session";
import { demoAccountsToShow } from "@/lib/auth/demo-accounts";
import { db } from "@/lib/db/client";
import { DemoAccounts } from "./demo-accounts";
import { SignInForm } from "./signin-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in · Tandem" };

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

/** Staff sign-in. Shares the console's route group; the console frame only appears once someone is signed in. */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  // Someone already signed in lands here when their role can't open the page they asked for: say so, and let
  // them switch accounts rather than bouncing them back (which would loop).
  const staff = await getStaffSession();
  // The demo accounts and their passwords, for a local trial only (lib/auth/demo-accounts.ts).
  const accounts = await demoAccountsToShow(db(), await headers());
  // Signed in, the page sits inside the console frame, which has the <main> already.
  const Root = staff ? "div" : "main";

  return (
    <Root className="flex min-h-dvh flex-col items-center justify-center bg-canvas px-4 py-12">
      <div className="w-full max-w-sm">
        <Link href="/" className="mx-auto flex w-fit rounded-md" aria-label="Tandem home">
          <TandemLogo className="text-lg" />
        </Link>
        <div className="mt-8 rounded-2xl border border-line bg-surface p-6 shadow-raised sm:p-8">
          <h1 className="text-xl font-semibold tracking-tight text-ink">Sign in to the console</h1>
          <p className="mt-1.5 text-sm text-ink-muted">For Northwind&apos;s support agents and supervisors.</p>
          {staff ? (
            <p
              className="mt-5 rounded-lg border border-line bg-surface-muted px-3 py-2.5 text-sm text-ink"
              data-testid="signin-current"
            >
              You&apos;re signed in as <strong className="font-semibold">{staff.name}</strong> ({staff.role}).{" "}
              <Link href="/inbox" className="font-medium text-brand underline underline-offset-2 hover:no-underline">
                Go to the inbox
              </Link>{" "}
              or sign in with another account.
            </p>
          ) : null}
          <SignInForm callbackUrl={callbackUrl} initialError={urlErrorMessage(first(params.error))} />
        </div>
        {accounts.length > 0 ? <DemoAccounts accounts={accounts} /> : null}
        <p className="mt-8 text-center text-sm text-ink-muted">
          Looking for help with an order?{" "}
          <Link href="/chat" className="font-medium text-brand hover:underline">
            Chat with Northwind support
          </Link>
        </p>
      </div>
    </Root>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * next-auth puts an error code in the URL when it redirects here. Only known codes are shown: the query string
 * is anyone's to write, so its text is never displayed as is.
 */
function urlErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  if (code === "CredentialsSignin") return "That email and password don't match a staff account.";
  if (code === "SessionRequired") return "Please sign in to continue.";
  return "Sign-in didn't work. Please try again.";
}
