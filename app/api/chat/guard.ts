import "server-only";
import { hashConversationToken, isWellFormedToken } from "@/lib/chat/token";
import { db } from "@/lib/db/client";
import { findConversationByTokenHash } from "@/lib/db/conversations";
import { clientAddress, isLocalRequest, PEER_HEADER } from "@/lib/http/client-ip";
import { log } from "@/lib/log";
import { type ClientLimitName, enforceClientLimit } from "@/lib/http/client-limits";

/**
 * The per-client limits of a customer request (lib/http/client-limits.ts): `kind` always, and "conversations"
 * too when the request will start a new conversation (no cookie, a cookie that names none, or a resolved one).
 * A 429 response, or null to go on.
 */
export async function customerLimits(
  request: Request,
  token: string | undefined,
  kind: ClientLimitName,
): Promise<Response | null> {
  if (isLocalRequest(request.headers)) {
    warnOfUndeclaredProxy(request.headers);
    return null;
  }
  const prisma = db();
  const client = clientAddress(request.headers);
  const existing = isWellFormedToken(token)
    ? await findConversationByTokenHash(prisma, hashConversationToken(token))
    : null;
  if (!existing || existing.status === "resolved") {
    const refused = await enforceClientLimit(prisma, "conversations", client);
    if (refused) return refused;
  }
  return enforceClientLimit(prisma, kind, client);
}

let warned = false;
/** `next start` writes the socket's own address into X-Forwarded-For; any other address came from a proxy. */
function warnOfUndeclaredProxy(headers: Headers): void {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (warned || forwarded.every((address) => isLocalRequest({ [PEER_HEADER]: address }, 0))) return;
  warned = true;
  log.warn("http.undeclared_proxy", {
    message:
      "Requests reach Tandem through a proxy on this machine, but TANDEM_TRUSTED_PROXIES is 0: per-client limits do not apply to them. Set TANDEM_TRUSTED_PROXIES to the number of proxies in front of Tandem.",
  });
}
