/**
 * Scripts see the same settings as the app: Next.js reads `.env.local`, so `npm run db:migrate` and friends do too,
 * and act on the database the app uses. A variable already in the environment wins (also when set to ""), which is
 * how process.loadEnvFile behaves. Import this module first; lib/env.ts parses process.env once, on first use.
 */
import { existsSync } from "node:fs";
import path from "node:path";

export function loadEnvLocal(file = path.resolve(import.meta.dirname, "../../.env.local")): boolean {
  if (!existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}

loadEnvLocal();
