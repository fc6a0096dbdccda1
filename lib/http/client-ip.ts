import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client a request comes from, for per-client limits (sign-in, anonymous chat).
 *
 * `next start` copies the socket's address into `x-forwarded-for` only when the request has no such header, so a
 * client can write that header itself and pick any address. Tandem therefore reads the socket's address from
 * `x-tandem-peer`, which lib/http/peer-address.ts sets on every request (overwriting whatever the client sent), and
 * believes `x-forwarded-for` only when `TANDEM_TRUSTED_PROXIES` says how many proxies of ours sit in front: with
 * N trusted proxies the client is the N-th address from the right (the one our outermost proxy saw).
 *
 * IPv6 clients are keyed by their /64 network: one subscriber usually holds a whole /64 and could rotate through it.
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

export const PEER_HEADER = "x-tandem-peer";

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddress(headers: HeaderSource, trustedProxies = env().TANDEM_TRUSTED_PROXIES): string {
  const peer = header(headers, PEER_HEADER)?.trim();
  if (trustedProxies > 0) {
    const chain = (header(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    // Fewer entries than trusted proxies: the first proxy's view is the best there is.
    const candidate = chain.length >= trustedProxies ? chain[chain.length - trustedProxies] : chain[0];
    if (candidate && isIP(strip(candidate))) return normalise(candidate);
  }
  return peer && isIP(strip(peer)) ? normalise(peer) : "unknown";
}

/**
 * A request from this machine: the socket's peer is a loopback address and no proxy of ours is declared in front.
 * That is the operator's own tooling (health checks, load tests, the end-to-end suite), so per-client limits for
 * anonymous visitors skip it, as Rack::Attack's documented localhost safelist does. A proxy on the same host must be
 * declared with TANDEM_TRUSTED_PROXIES; the first loopback request carrying X-Forwarded-For without it is logged.
 */
export function isLocalRequest(headers: HeaderSource, trustedProxies = env().TANDEM_TRUSTED_PROXIES): boolean {
  if (trustedProxies > 0) return false;
  const peer = strip(header(headers, PEER_HEADER)?.trim().toLowerCase() ?? "");
  return peer === "::1" || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(peer);
}

// "[2001:db8::1]:443" or "1.2.3.4:5678" from some proxies: keep the address.
function strip(value: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  const v4port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  return v4port ? v4port[1]! : value;
}

export function normalise(raw: string): string {
  const value = strip(raw.trim()).toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped) return mapped[1]!;
  if (isIP(value) !== 6) return value;
  return `${expand(value).slice(0, 4).join(":")}::/64`;
}

function expand(address: string): string[] {
  const [head, tail] = address.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((part) => part.replace(/^0+(?=.)/, ""));
}
