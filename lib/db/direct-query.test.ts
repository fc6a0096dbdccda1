import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { queryRows } from "./direct-query";

/**
 * The hot path's statements run on `pg` directly on PostgreSQL (and through Prisma elsewhere): whichever way a
 * statement runs, its parameters are written and its rows read exactly as `$queryRaw` does.
 */
describe.each<TestDatabaseKind>(["pglite", "postgres"])("direct queries on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!unavailable(kind)) database = await createTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it.skipIf(unavailable(kind))(
    "read and write every type the hot path uses as $queryRaw does, in any time zone",
    async () => {
      // A server outside UTC: timestamps are still written and read as UTC, as Prisma does.
      const zone = process.env.TZ;
      process.env.TZ = "America/Los_Angeles";
      onTestFinished(() => {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      });
      const at = new Date("2026-12-03T23:30:15.123Z");
      const statement = () => Prisma.sql`
      SELECT ${at}::timestamp AS "at", (${at}::timestamp + interval '1 hour') AS "later",
        ${BigInt("9007199254740993")}::bigint AS "big", count(*)::int AS "count", min(x)::bigint AS "seq",
        ${"it's"}::text AS "text", ${true}::boolean AS "flag", ${null}::text AS "nothing",
        jsonb_build_object('a', 1, 'b', ${"two"}::text) AS "json", ${2.5}::float8 AS "float"
      FROM (VALUES (1), (2)) AS v(x)`;
      const direct = await queryRows<Array<Record<string, unknown>>>(database.prisma, statement());
      const prisma = await database.prisma.$queryRaw<Array<Record<string, unknown>>>(statement());
      expect(direct).toEqual(prisma);
      expect(direct[0]).toMatchObject({
        at,
        big: BigInt("9007199254740993"),
        count: 2,
        seq: BigInt(1),
        flag: true,
        nothing: null,
      });
    },
  );

  it.skipIf(unavailable(kind))("runs a statement with a list of values (Prisma.join)", async () => {
    const rows = await queryRows<Array<{ n: number }>>(
      database.prisma,
      Prisma.sql`SELECT count(*)::int AS n FROM (VALUES ('a'), ('b'), ('c')) AS v(x) WHERE x IN (${Prisma.join(["a", "c"])})`,
    );
    expect(rows).toEqual([{ n: 2 }]);
  });
});
