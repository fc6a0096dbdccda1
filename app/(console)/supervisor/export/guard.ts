import "server-only";
import { currentStaff, hasRole } from "@/lib/auth/session";

/**
 * Exports are downloads, not pages or actions, so they check for themselves: a session whose staff user is active
 * and a supervisor as the database has them now (proxy.ts has already checked the token).
 */
export async function exportingSupervisor(): Promise<{ id: string; name: string } | Response> {
  const staff = await currentStaff();
  if (!staff) return new Response("Sign in to export.", { status: 401 });
  if (!hasRole(staff.role, "supervisor")) return new Response("Your role does not allow exports.", { status: 403 });
  return { id: staff.id, name: staff.name };
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
