import { type NextFetchEvent, NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";
import { hasRole, type StaffRole } from "@/lib/auth/roles";

/**
 * The staff console is for signed-in staff only; role checks that depend on the route happen here too, and again
 * in every page, stream and server action against the database (never trust one layer, or a 12-hour token,
 * alone). Without a staff token (a customer, say) every console route sends the visitor to sign-in; signed-in
 * staff without the role for a route get the "not open to your role" page, not a sign-in loop.
 */
const PREFIX_ROLES: Array<[prefix: string, role: StaffRole]> = [
  ["/admin", "admin"],
  ["/supervisor", "supervisor"],
];

function requiredRole(path: string): StaffRole {
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  return PREFIX_ROLES.find(([prefix]) => under(prefix))?.[1] ?? "agent";
}

const withStaffAuth = withAuth(
  function proxy(request: NextRequestWithAuth) {
    const role = request.nextauth.token?.role;
    if (!role || !hasRole(role, requiredRole(request.nextUrl.pathname))) {
      // The /forbidden page answers 403 itself (next/navigation `forbidden()`); a rewrite's own status is ignored.
      return NextResponse.rewrite(new URL("/forbidden", request.url));
    }
    return NextResponse.next();
  },
  {
    pages: { signIn: "/signin" },
    callbacks: { authorized: ({ token }) => Boolean(token?.uid) },
  },
);

/** A path whose percent-escapes are not UTF-8 (`/inbox/%ff%fe`) cannot name anything; Next.js answered it with a bare 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  // Rewritten to a path that names no page: the site's own "not found" page, with status 404.
  if (!decodable(request.nextUrl.pathname))
    return NextResponse.rewrite(new URL("/_not-found-malformed-path", request.url));
  return withStaffAuth(request, event);
}

export const config = { matcher: ["/inbox/:path*", "/supervisor/:path*", "/admin/:path*"] };
