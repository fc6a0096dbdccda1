import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStaff } from "@/lib/seed/store";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { hashPassword } from "./password";
import { demoAccountsToShow } from "./demo-accounts";

/**
 * Issue 11, L5: the sign-in page lists the demo passwords only on a local trial (the demo seed's staff alone, asked
 * for from this machine), or when TANDEM_SHOW_DEMO_ACCOUNTS says so.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
  await seedStaff(database.prisma);
});
afterAll(() => database?.close());

const local = new Headers({ host: "localhost:3000", "x-tandem-peer": "127.0.0.1" });
const publicHost = new Headers({ host: "support.example.com", "x-tandem-peer": "203.0.113.9" });
// A proxy on the same machine: every visitor's socket is 127.0.0.1, but the host is the public name.
const proxied = new Headers({ host: "support.example.com", "x-tandem-peer": "127.0.0.1" });

describe("demo accounts on the sign-in page", () => {
  it("are listed on a local trial with only the demo seed's staff", async () => {
    const shown = await demoAccountsToShow(database.prisma, local, undefined);
    expect(shown.map((a) => a.email)).toEqual([
      "ana@tandem.test",
      "ben@tandem.test",
      "sam@tandem.test",
      "ada@tandem.test",
    ]);
  });

  it("are not listed to a visitor from elsewhere, even with the demo seed only (the production default)", async () => {
    expect(await demoAccountsToShow(database.prisma, publicHost, undefined)).toEqual([]);
    expect(await demoAccountsToShow(database.prisma, proxied, undefined)).toEqual([]);
    expect(
      await demoAccountsToShow(
        database.prisma,
        new Headers({ host: "localhost:3000", "x-forwarded-for": "127.0.0.1" }),
        undefined,
      ),
    ).toEqual([]);
  });

  it("are not listed, even locally, once a real account exists; the setting overrides both ways", async () => {
    await database.prisma.staffUser.create({
      data: {
        email: "real.person@northwind.example",
        name: "Real Person",
        role: "admin",
        passwordHash: await hashPassword("x"),
      },
    });
    expect(await demoAccountsToShow(database.prisma, local, undefined)).toEqual([]);
    expect(await demoAccountsToShow(database.prisma, publicHost, true)).toHaveLength(4);
    await database.prisma.staffUser.delete({ where: { email: "real.person@northwind.example" } });
    expect(await demoAccountsToShow(database.prisma, local, false)).toEqual([]);
  });
});
