/**
 * Whether a request reached us over HTTPS: `next start` sets `x-forwarded-proto` from the socket (TLS or not) unless
 * a proxy in front already set it; a proxy terminating TLS sets it to `https`. A client on plain HTTP that writes the
 * header itself only gets cookies its browser will not send back over HTTP: no gain for anyone.
 */
export function isHttpsRequest(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  try {
    return new URL(request.url).protocol === "https:";
  } catch {
    return false;
  }
}
