/**
 * Staff password hashing with Node's scrypt: no dependency and no native build. Hashes describe themselves
 * (`scrypt$N$r$p$salt$hash`, base64url), so the cost can be raised later without invalidating existing hashes.
 * No `server-only` import: the seed script hashes the demo accounts' passwords too.
 */
import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from "node:crypto";

// One of OWASP's equivalent scrypt settings (N=2^15, r=8, p=3): 32 MiB per hash rather than the 128 MiB of
// N=2^17, so that a burst of sign-ins cannot exhaust the server's memory.
const COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
// Node refuses anything above 32 MiB by default; a stored hash may ask for more, up to this.
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(plain: string, salt: Buffer, keyBytes: number, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFKC: the same password typed on another keyboard or OS may arrive with differently composed characters.
    scrypt(plain.normalize("NFKC"), salt, keyBytes, { ...cost, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(plain, salt, KEY_BYTES, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** False for a wrong password and for anything that is not a hash this module wrote; never throws for either. */
export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  const parts = hash.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Bounds keep a corrupted or hostile row from asking for an absurd amount of work.
  const sane = Number.isInteger(Math.log2(N)) && N >= 2 && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
  if (!sane || 128 * N * r > MAX_MEMORY) return false;
  const salt = Buffer.from(parts[4]!, "base64url");
  const expected = Buffer.from(parts[5]!, "base64url");
  if (salt.length === 0 || expected.length < 16) return false;
  try {
    const actual = await derive(plain, salt, expected.length, { N, r, p });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
