import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { authOptionsFor } from "@/lib/auth/options";
import { resetEnvForTests } from "@/lib/env";
import { securityHeaders } from "./security-headers.mjs";

// next.config.js is JavaScript (no declaration file): typed here as what it is.
const nextConfig = ((await import(/* @vite-ignore */ "../../next.config.js" as string)) as { default: NextConfig })
  .default;

/** Issue 11, L1: the headers next.config.js puts on every response, and Secure cookies over HTTPS. */
describe("security headers", () => {
  it("every path gets a CSP with frame-ancestors 'self', X-Frame-Options, nosniff and a Referrer-Policy; HSTS over HTTPS", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.filter((rule) => rule.source === "/:path*" && !rule.has);
    const values = Object.fromEntries(all.flatMap((rule) => rule.headers).map((h) => [h.key.toLowerCase(), h.value]));
    expect(values["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(values["content-security-policy"]).toContain("default-src 'self'");
    expect(values["content-security-policy"]).toContain("object-src 'none'");
    expect(values["content-security-policy"]).not.toContain("unsafe-eval");
    expect(values["x-frame-options"]).toBe("SAMEORIGIN");
    expect(values["x-content-type-options"]).toBe("nosniff");
    expect(values["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const hsts = rules.find((rule) =>
      rule.has?.some((c) => c.type === "header" && c.key === "x-forwarded-proto" && c.value === "https"),
    );
    expect(hsts?.headers).toEqual([{ key: "Strict-Transport-Security", value: "max-age=31536000" }]);
  });

  it("a widget's origins extend frame-ancestors, and X-Frame-Options (which cannot list them) is left out", () => {
    const headers = securityHeaders({ frameAncestors: ["https://shop.example.com"] });
    expect(headers.find((h) => h.key === "Content-Security-Policy")?.value).toContain(
      "frame-ancestors 'self' https://shop.example.com",
    );
    expect(headers.some((h) => h.key === "X-Frame-Options")).toBe(false);
  });

  it("staff session cookies are Secure when the request came over HTTPS, unless TANDEM_SECURE_COOKIES says otherwise", () => {
    const https = new Request("http://127.0.0.1:3000/api/auth/callback/credentials", {
      headers: { "x-forwarded-proto": "https" },
    });
    const http = new Request("http://127.0.0.1:3000/api/auth/callback/credentials", {
      headers: { "x-forwarded-proto": "http" },
    });
    expect(authOptionsFor(https).cookies?.sessionToken?.options.secure).toBe(true);
    expect(authOptionsFor(https).cookies?.sessionToken?.name).toBe("next-auth.session-token");
    expect(authOptionsFor(http).cookies?.sessionToken?.options.secure).toBe(false);
    process.env.TANDEM_SECURE_COOKIES = "false";
    resetEnvForTests();
    try {
      expect(authOptionsFor(https).cookies?.sessionToken?.options.secure).toBe(false);
    } finally {
      delete process.env.TANDEM_SECURE_COOKIES;
      resetEnvForTests();
    }
  });
});
