import { withAuth } from "next-auth/middleware";

/**
 * The staff console is for signed-in staff only; role checks that depend on the route happen here too, and again
 * in every server action and page (never trust one layer alone). Customers have no staff token, so every
 * console route sends them to sign-in.
 */
const SUPERVISOR_PREFIXES = ["/supervisor"];
const ADMIN_PREFIXES = ["/admin"];

export default withAuth({
  pages: { signIn: "/signin" },
  callbacks: {
    authorized({ token, req }) {
      if (!token) return false;
      const path = req.nextUrl.pathname;
      if (ADMIN_PREFIXES.some((prefix) => path.startsWith(prefix))) return token.role === "admin";
      if (SUPERVISOR_PREFIXES.some((prefix) => path.startsWith(prefix))) {
        return token.role === "supervisor" || token.role === "admin";
      }
      return true;
    },
  },
});

export const config = { matcher: ["/inbox/:path*", "/supervisor/:path*", "/admin/:path*"] };
