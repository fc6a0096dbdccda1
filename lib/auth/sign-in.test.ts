import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbForTests } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { authOptions } from "./options";
import { hashPassword } from "./password";

/**
 * Staff sign-in limits (issue 11, H2 and M8), through next-auth's own `authorize` with a request's headers, on a
 * real database. The client is the request's socket address (`x-tandem-peer`, see lib/http/client-ip.ts).
 */
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize = (email: string, password: string, client: string) =>
  provider.options.authorize({ email, password }, { headers: { "x-tandem-peer": client } });

/** What one sign-in came to: a session (the user), a wrong password (null) or a lock (the error's message). */
async function attempt(email: string, password: string, client: string): Promise<"session" | "wrong" | string> {
  try {
    return (await authorize(email, password, client)) ? "session" : "wrong";
  } catch (error) {
    return (error as Error).message;
  }
}

describe.each<TestDatabaseKind>(["pglite", "postgres"])("sign-in limits on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (unavailable(kind)) return;
    database = await createTestDatabase(kind);
    setDbForTests(database.prisma);
    const passwordHash = await hashPassword("the-right-password");
    await database.prisma.staffUser.createMany({
      data: [
        { email: "race@tandem.test", name: "Race", role: "agent", passwordHash },
        { email: "ada@tandem.test", name: "Ada", role: "admin", passwordHash },
        { email: "spread@tandem.test", name: "Spread", role: "admin", passwordHash },
      ],
    });
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await database?.close();
  });
  const audits = (action: string, target: string) => database.prisma.auditEvent.count({ where: { action, target } });

  it.skipIf(unavailable(kind))(
    "H2: 60 parallel attempts check at most 5 passwords, and the right one sent last gets no session",
    async () => {
      const passwords = [...Array.from({ length: 59 }, (_, i) => `wrong-${i}`), "the-right-password"];
      const results = await Promise.all(
        passwords.map((password) => attempt("race@tandem.test", password, "203.0.113.5")),
      );
      const checked =
        (await audits("auth.sign_in_failed", "race@tandem.test")) + (await audits("auth.sign_in", "race@tandem.test"));
      expect(checked).toBeLessThanOrEqual(5);
      expect(results.at(-1)).toMatch(/Too many failed attempts/);
      expect(results.filter((r) => r === "session")).toEqual([]);
      expect(results.filter((r) => typeof r === "string" && r.startsWith("Too many")).length).toBeGreaterThanOrEqual(
        55,
      );
    },
    120_000,
  );

  it.skipIf(unavailable(kind))(
    "M8: wrong passwords from one client lock that client only; the admin elsewhere still signs in",
    async () => {
      const guesses = await Promise.all(
        [0, 1, 2, 3, 4].map((i) => attempt("ada@tandem.test", `guess-${i}`, "198.51.100.66")),
      );
      expect(guesses).toEqual(Array(5).fill("wrong"));
      expect(await attempt("ada@tandem.test", "the-right-password", "198.51.100.66")).toMatch(
        /Too many failed attempts/,
      );
      // Ada, at her own desk, is not locked out by someone else's guesses.
      expect(await attempt("ada@tandem.test", "the-right-password", "192.0.2.10")).toBe("session");
      // A success clears her own count: a typo after it does not bring her closer to a lock.
      const typos = await Promise.all([0, 1, 2, 3].map((i) => attempt("ada@tandem.test", `typo-${i}`, "192.0.2.10")));
      expect(typos).toEqual(Array(4).fill("wrong"));
      expect(await attempt("ada@tandem.test", "the-right-password", "192.0.2.10")).toBe("session");
    },
    120_000,
  );

  it.skipIf(unavailable(kind))(
    "M8: guesses spread over many addresses hit a slower account-wide throttle that spares a known client",
    async () => {
      // The owner signs in once from the office: that address is known for 30 days.
      expect(await attempt("spread@tandem.test", "the-right-password", "192.0.2.20")).toBe("session");
      // 22 guesses, one from each of 22 addresses: the success above and 19 of them make the account's 20 an hour.
      const results = await Promise.all(
        Array.from({ length: 22 }, (_, i) => attempt("spread@tandem.test", `guess-${i}`, `203.0.113.${100 + i}`)),
      );
      expect(results.filter((r) => r === "wrong")).toHaveLength(19);
      expect(results.filter((r) => /from new places/.test(r))).toHaveLength(3);
      // A new address is refused for the rest of the hour, the known one is not.
      expect(await attempt("spread@tandem.test", "the-right-password", "203.0.113.250")).toMatch(/from new places/);
      expect(await attempt("spread@tandem.test", "the-right-password", "192.0.2.20")).toBe("session");
    },
    120_000,
  );
});
