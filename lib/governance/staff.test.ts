import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
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
    await expect(changeRole(database.prisma, ada, { userId: "ada", role: "agent" })).rejects.toMatchObject({ code: "self" });
    await expect(setActive(database.prisma, ada, { userId: "ada", active: false })).rejects.toBeInstanceOf(StaffChangeError);
    expect(await database.prisma.staffUser.findUniqueOrThrow({ where: { id: "ada" } })).toMatchObject({ role: "admin", active: true });
  });

  it("keeps one active admin: the last one cannot be demoted or deactivated by another", async () => {
    await changeRole(database.prisma, ada, { userId: "sam", role: "admin" });
    // Sam, now an admin, demotes Ada: allowed, since Sam remains.
    expect(await changeRole(database.prisma, { id: "sam" }, { userId: "ada", role: "supervisor" })).toEqual({ changed: true });
    await changeRole(database.prisma, { id: "sam" }, { userId: "ada", role: "admin" });
    await setActive(database.prisma, { id: "ada" }, { userId: "sam", active: false });
    await expect(changeRole(database.prisma, { id: "sam" }, { userId: "ada", role: "agent" })).rejects.toMatchObject({ code: "last_admin" });
    await expect(setActive(database.prisma, { id: "sam" }, { userId: "ada", active: false })).rejects.toMatchObject({ code: "last_admin" });
  });

  it("deactivates and reactivates, each audited", async () => {
    await setActive(database.prisma, ada, { userId: "ana", active: false });
    await setActive(database.prisma, ada, { userId: "ana", active: true });
    const actions = await database.prisma.auditEvent.findMany({ where: { target: "staff:ana", action: { in: ["staff.deactivated", "staff.activated"] } }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["staff.deactivated", "staff.activated"]);
  });
});
