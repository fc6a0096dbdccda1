// @ts-check
import { HSTS, HSTS_CONDITION, securityHeaders } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files; bundling it breaks their relative paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "pg"],
  poweredByHeader: false,
  // The test suite builds into its own folder so that it never overwrites the build `npm start` serves.
  distDir: process.env.TANDEM_DIST_DIR || ".next",
  typedRoutes: false,
  // `forbidden()` from next/navigation: "not open to your role" answers 403, not 200 (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  // Security headers on every response, pages, API routes and assets alike (lib/http/security-headers.mjs).
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV === "development" }) },
      { source: "/:path*", has: HSTS_CONDITION, headers: [HSTS] },
    ];
  },
};

export default nextConfig;
