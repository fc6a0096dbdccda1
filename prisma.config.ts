import { defineConfig } from "prisma/config";

// Tandem runs migrations through its own wasm-based tooling (scripts/db.ts), so the CLI needs only the schema
// and the migrations folder. Stock `prisma migrate deploy` works too, given DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/tandem" },
});
