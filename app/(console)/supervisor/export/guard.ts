import "server-only";
import { getStaffSession, hasRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/**
 * Exports are downloads, not pages or actions, so they check for themselves what staffAction checks: a session,
 * an active account, the supervisor role read from the database (proxy.ts has already checked the token).
 */
export async function exportingSupervisor(): Promise<{ id: string; name: string } | Response> {
  const session = await getStaffSession();
  if (!session) return new Response("Sign in to export.", { status: 401 });
  const user = await db().staffUser.findUnique({ where: { id: session.id }, select: { id: true, name: true, role: true, active: true } });
  if (!user?.active || !hasRole(user.role, "supervisor")) return new Response("Your role does not allow exports.", { status: 403 });
  return { id: user.id, name: user.name };
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
