/**
 * Where to go after signing in: a path on this site, or /inbox. `callbackUrl` is anyone's to write, so anything
 * that a browser could read as another site is refused (M4): an absolute URL, `//host` or `/\host`, tabs and
 * newlines (browsers delete them from URLs, so `/<TAB>/host` becomes `//host`), other control characters,
 * backslashes, and the same again percent-encoded once or twice. What is kept is re-serialised by the URL parser
 * browsers use, so the path returned is the path the browser will follow.
 */
const FALLBACK = "/inbox";
const BASE = "http://callback.invalid";

function suspicious(value: string): boolean {
  return /[\u0000-\u001f\u007f\\]/.test(value) || !value.startsWith("/") || value.startsWith("//");
}

export function safeCallbackPath(value: string | undefined | null): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return FALLBACK;
  let decoded = value;
  for (let round = 0; round < 3; round++) {
    if (suspicious(decoded)) return FALLBACK;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return FALLBACK;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (suspicious(decoded)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (suspicious(path)) return FALLBACK;
  if (path === "/signin" || path.startsWith("/signin?") || path.startsWith("/signin/") || path.startsWith("/api/"))
    return FALLBACK;
  return path;
}
