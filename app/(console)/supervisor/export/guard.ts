import "server-only";
import { staffRoute } from "@/lib/auth/require-staff";
import type { StaffSession } from "@/lib/auth/roles";

/**
 * Exports are downloads, not pages or actions: supervisors and admins as the database has them now (proxy.ts has
 * already checked the token), refused with 401/403 otherwise.
 */
export function supervisorExport<Args extends unknown[]>(
  handler: (staff: StaffSession, ...args: Args) => Promise<Response>,
) {
  return staffRoute(
    {
      role: "supervisor",
      messages: { unauthenticated: "Sign in to export.", forbidden: "Your role does not allow exports." },
    },
    handler,
  );
}

export function csvResponse(body: string, name: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
