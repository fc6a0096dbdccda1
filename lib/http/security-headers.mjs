// @ts-check
/**
 * The security headers on every response (L1), applied by next.config.js `headers()`. Plain JavaScript because
 * next.config.js loads it before any TypeScript is compiled; lib/http/security-headers.test.ts checks it.
 *
 * - Content-Security-Policy: everything from this origin only. Next.js inlines its bootstrap scripts and React
 *   inline styles (recharts, the chat), so script-src and style-src allow 'unsafe-inline'; development also needs
 *   'unsafe-eval'. No third-party origin is allowed anywhere: Tandem loads no fonts, scripts or images from elsewhere.
 * - frame-ancestors 'self' (and X-Frame-Options SAMEORIGIN): no other site may frame the console or the chat.
 *   An embeddable widget passes its allowed origins as `frameAncestors`; X-Frame-Options cannot list origins, so
 *   it is left out then (browsers that know CSP ignore it anyway).
 * - nosniff, a referrer that never leaves the origin with a path, and no access to camera, microphone or location.
 * - Strict-Transport-Security only on responses to HTTPS requests (see HSTS_CONDITION): on plain HTTP it would be
 *   meaningless, and a localhost trial must keep working.
 */

/**
 * @param {{ frameAncestors?: string[]; development?: boolean }} [options]
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(options = {}) {
  const ancestors = ["'self'", ...(options.frameAncestors ?? [])];
  const scripts = ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])];
  const csp = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (ancestors.length === 1) headers.push({ key: "X-Frame-Options", value: "SAMEORIGIN" });
  return headers;
}

/** One year; no includeSubDomains, which would bind every other site on the deployer's domain too. */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000" };

/** next.config.js `has` condition: the request came over HTTPS (the proxy in front says so, or Next.js did). */
export const HSTS_CONDITION = [{ type: "header", key: "x-forwarded-proto", value: "https" }];
