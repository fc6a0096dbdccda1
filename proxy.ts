import { NextResponse } from "next/server";
import { type NextRequestWithAuth, withAuth } from "next-auth/middleware";

/**
 * The staff console is for signed-in staff only; role checks that depend on the route happen here too, and again
 * in every page, stream and server action against the database (never trust one layer, or a 12-hour token,
 * alone). Without a staff token (a customer, say) every console route sends the visitor to sign-in; signed-in
 * staff without the role for a route get the "not open to your role" page, not a sign-in loop.
 */
const SUPERVISOR_PREFIXES = ["/supervisor"];
const ADMIN_PREFIXES = ["/admin"];

function requiredRole(path: string): "admin" | "supervisor" | "agent" {
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if (ADMIN_PREFIXES.some(under)) return "admin";
  if (SUPERVISOR_PREFIXES.some(under)) return "supervisor";
  return "agent";
}

function allowed(role: string | undefined, required: "admin" | "supervisor" | "agent"): boolean {
  if (required === "admin") return role === "admin";
  if (required === "supervisor") return role === "supervisor" || role === "admin";
  return role === "agent" || role === "supervisor" || role === "admin";
}

export default withAuth(
  function proxy(request: NextRequestWithAuth) {
    if (!allowed(request.nextauth.token?.role, requiredRole(request.nextUrl.pathname))) {
      return NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403 });
    }
    return NextResponse.next();
  },
  {
    pages: { signIn: "/signin" },
    callbacks: { authorized: ({ token }) => Boolean(token?.uid) },
  },
);

export const config = { matcher: ["/inbox/:path*", "/supervisor/:path*", "/admin/:path*"] };
