import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { changeRole, setActive, StaffChangeError } from "./staff";

describe("staff roles", () => {
  let database: TestDatabase;
  const ada = { id: "ada" };

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await database.prisma.staffUser.createMany({
      data: [
        { id: "ada", email: "ada@t.test", name: "Ada", passwordHash: "x", role: "admin" },
        { id: "sam", email: "sam@t.test", name: "Sam", passwordHash: "x", role: "supervisor" },
        { id: "ana", email: "ana@t.test", name: "Ana", passwordHash: "x", role: "agent" },
      ],
    });
  });
  afterAll(() => database?.close());

  it("changes a role and audits who changed it from what to what", async () => {
    expect(await changeRole(database.prisma, ada, { userId: "ana", role: "supervisor" })).toEqual({ changed: true });
    expect((await database.prisma.staffUser.findUniqueOrThrow({ where: { id: "ana" } })).role).toBe("supervisor");
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "staff.role_changed" } });
    expect(audit).toMatchObject({ actorId: "ada", target: "staff:ana", details: { from: "agent", to: "supervisor" } });
    expect(await changeRole(database.prisma, ada, { userId: "ana", role: "supervisor" })).toEqual({ changed: false });
  });

  it("never lets an admin demote or deactivate themselves", async () => {
    await expect(changeRole(database.prisma, ada, { userId: "ada", role: "agent" })).rejects.toMatchObject({
      code: "self",
    });
    await expect(setActive(database.prisma, ada, { userId: "ada", active: false })).rejects.toBeInstanceOf(
      StaffChangeError,
    );
    expect(await database.prisma.staffUser.findUniqueOrThrow({ where: { id: "ada" } })).toMatchObject({
      role: "admin",
      active: true,
    });
  });

  it("keeps one active admin: the last one cannot be demoted or deactivated by another", async () => {
    await changeRole(database.prisma, ada, { userId: "sam", role: "admin" });
    // Sam, now an admin, demotes Ada: allowed, since Sam remains.
    expect(await changeRole(database.prisma, { id: "sam" }, { userId: "ada", role: "supervisor" })).toEqual({
      changed: true,
    });
    await changeRole(database.prisma, { id: "sam" }, { userId: "ada", role: "admin" });
    await setActive(database.prisma, { id: "ada" }, { userId: "sam", active: false });
    await expect(changeRole(database.prisma, { id: "sam" }, { userId: "ada", role: "agent" })).rejects.toMatchObject({
      code: "last_admin",
    });
    await expect(setActive(database.prisma, { id: "sam" }, { userId: "ada", active: false })).rejects.toMatchObject({
      code: "last_admin",
    });
  });

  it("deactivates and reactivates, each audited", async () => {
    await setActive(database.prisma, ada, { userId: "ana", active: false });
    await setActive(database.prisma, ada, { userId: "ana", active: true });
    const actions = await database.prisma.auditEvent.findMany({
      where: { target: "staff:ana", action: { in: ["staff.deactivated", "staff.activated"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["staff.deactivated", "staff.activated"]);
  });
});

/**
 * M7 (issue 11): on PostgreSQL, two admins demoting (or deactivating) each other at once on two instances each saw
 * the other still there and left no admin. Two Prisma clients stand for the two instances.
 */
describe.each(["pglite", "postgres"] as TestDatabaseKind[])(
  "the last active admin under concurrent changes on %s",
  (kind) => {
    let database: TestDatabase;
    let other: PrismaClient;
    beforeAll(async () => {
      if (unavailable(kind)) return;
      database = await createTestDatabase(kind);
      other =
        database.target.kind === "postgres"
          ? new PrismaClient({ adapter: new PrismaPg({ connectionString: database.target.url, max: 5 }) })
          : database.prisma;
    });
    afterAll(async () => {
      if (other && other !== database?.prisma) await other.$disconnect();
      await database?.close();
    });

    const activeAdmins = () => database.prisma.staffUser.count({ where: { role: "admin", active: true } });

    it.skipIf(unavailable(kind))("keeps one admin when two admins demote each other at the same moment", async () => {
      for (let round = 0; round < 8; round++) {
        await database.prisma.staffUser.deleteMany({});
        await database.prisma.staffUser.createMany({
          data: [
            { id: `a${round}`, email: `a${round}@t.test`, name: "A", passwordHash: "x", role: "admin" },
            { id: `b${round}`, email: `b${round}@t.test`, name: "B", passwordHash: "x", role: "admin" },
          ],
        });
        const results = await Promise.allSettled([
          changeRole(database.prisma, { id: `a${round}` }, { userId: `b${round}`, role: "agent" }),
          changeRole(other, { id: `b${round}` }, { userId: `a${round}`, role: "agent" }),
        ]);
        expect(await activeAdmins()).toBe(1);
        expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual([
          expect.objectContaining({ code: "last_admin" }),
        ]);
      }
    });

    it.skipIf(unavailable(kind))(
      "keeps one admin when two admins deactivate each other, or one demotes while the other deactivates",
      async () => {
        for (let round = 0; round < 8; round++) {
          await database.prisma.staffUser.deleteMany({});
          await database.prisma.staffUser.createMany({
            data: [
              { id: `c${round}`, email: `c${round}@t.test`, name: "C", passwordHash: "x", role: "admin" },
              { id: `d${round}`, email: `d${round}@t.test`, name: "D", passwordHash: "x", role: "admin" },
            ],
          });
          await Promise.allSettled([
            setActive(database.prisma, { id: `c${round}` }, { userId: `d${round}`, active: false }),
            round % 2
              ? setActive(other, { id: `d${round}` }, { userId: `c${round}`, active: false })
              : changeRole(other, { id: `d${round}` }, { userId: `c${round}`, role: "supervisor" }),
          ]);
          expect(await activeAdmins()).toBe(1);
        }
      },
    );
  },
);
