import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { getStaffSession } from "@/lib/auth/session";
import { engineStatus } from "@/lib/engines/select";
import { TandemLogo } from "@/components/tandem-logo";
import { SignOutButton } from "./sign-out-button";

/**
 * The staff console's frame, full width (the inbox uses all of it; narrower pages centre their own content).
 * Pages check access themselves; the sign-in page shares this group without a session.
 */
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getStaffSession();
  if (!staff) return <>{children}</>;
  const engine = engineStatus();
  return (
    <div className="flex min-h-dvh flex-col bg-canvas">
      <header className="border-b border-line bg-surface">
        <div className="flex w-full items-center gap-6 px-4 py-3 sm:px-6">
          <Link href="/" className="rounded-md" aria-label="Tandem home">
            <TandemLogo />
          </Link>
          <nav className="flex items-center gap-4 text-sm" aria-label="Console">
            <Link href="/inbox" className="text-ink-muted hover:text-ink">
              Inbox
            </Link>
            {hasRole(staff.role, "supervisor") ? (
              <Link href="/supervisor" className="text-ink-muted hover:text-ink">
                Supervisor
              </Link>
            ) : null}
            {hasRole(staff.role, "admin") ? (
              <Link href="/admin" className="text-ink-muted hover:text-ink">
                Admin
              </Link>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden text-ink-muted sm:inline" data-testid="staff-name">
              {staff.name} · {staff.role}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      {engine.engine === "local" ? (
        <div className="border-b border-amber-200 bg-amber-50 text-amber-900" role="status" data-testid="engine-banner">
          <p className="w-full px-4 py-2 text-sm sm:px-6">
            <strong className="font-semibold">Local engine.</strong> {engine.reason}
          </p>
        </div>
      ) : null}
      <main className="flex-1">{children}</main>
    </div>
  );
}
