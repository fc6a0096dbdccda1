/**
 * First-run convenience: staff sessions need a signing secret. When neither the environment nor .env.local has
 * one, write a random one to .env.local (ignored by git) so that `npm run up` works on a fresh clone.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const file = ".env.local";
const existing = existsSync(file) ? readFileSync(file, "utf8") : "";
if (process.env.NEXTAUTH_SECRET || /^NEXTAUTH_SECRET=.+/m.test(existing)) {
  process.exit(0);
}
const line = `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
writeFileSync(file, existing && !existing.endsWith("\n") ? `${existing}\n${line}` : existing + line);
console.log(`Wrote a random NEXTAUTH_SECRET to ${file}.`);
