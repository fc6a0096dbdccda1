import "server-only";
import { hashConversationToken, isWellFormedToken } from "@/lib/chat/token";
import { db } from "@/lib/db/client";
import { findConversationByTokenHash } from "@/lib/db/conversations";
import { clientAddress } from "@/lib/http/client-ip";
import { type ClientLimitName, enforceClientLimit } from "@/lib/http/client-limits";

/**
 * The per-client limits of a customer request (lib/http/client-limits.ts): `kind` always, and "conversations"
 * too when the request will start a new conversation (no cookie, a cookie that names none, or a resolved one).
 * A 429 response, or null to go on.
 */
export async function customerLimits(request: Request, token: string | undefined, kind: ClientLimitName): Promise<Response | null> {
  const prisma = db();
  const client = clientAddress(request.headers);
  const existing = isWellFormedToken(token) ? await findConversationByTokenHash(prisma, hashConversationToken(token)) : null;
  if (!existing || existing.status === "resolved") {
    const refused = await enforceClientLimit(prisma, "conversations", client);
    if (refused) return refused;
  }
  return enforceClientLimit(prisma, kind, client);
}
