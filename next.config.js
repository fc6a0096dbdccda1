// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files; bundling it breaks their relative paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
