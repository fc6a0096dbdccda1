// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files; bundling it breaks their relative paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "pg"],
  poweredByHeader: false,
  // The test suite builds into its own folder so that it never overwrites the build `npm start` serves.
  distDir: process.env.TANDEM_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
