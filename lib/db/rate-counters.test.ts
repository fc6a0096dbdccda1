import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, type TestDatabaseKind, unavailable } from "@/test/support/test-db";
import { clearCounter, hasMarker, hitCounter, peekCounter, setMarker } from "./rate-counters";

/** The counters behind the sign-in and per-client limits (issue 11, H2/M5/M8): atomic under concurrency. */
describe.each<TestDatabaseKind>(["pglite", "postgres"])("rate counters on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!unavailable(kind)) database = await createTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it.skipIf(unavailable(kind))("50 parallel hits on one key are counted 1 to 50, each once", async () => {
    const hits = await Promise.all(Array.from({ length: 50 }, () => hitCounter(database.prisma, "parallel", 60_000)));
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await peekCounter(database.prisma, "parallel", 60_000)).toBe(50);
  });

  it.skipIf(unavailable(kind))("a window that has ended starts again at 1; clear and markers", async () => {
    const t0 = new Date("2026-12-03T10:00:00Z");
    expect((await hitCounter(database.prisma, "window", 60_000, t0)).count).toBe(1);
    const second = await hitCounter(database.prisma, "window", 60_000, new Date(t0.getTime() + 30_000));
    expect(second).toMatchObject({ count: 2, resetAt: new Date(t0.getTime() + 60_000) });
    expect((await hitCounter(database.prisma, "window", 60_000, new Date(t0.getTime() + 61_000))).count).toBe(1);
    await clearCounter(database.prisma, "window");
    expect(await peekCounter(database.prisma, "window", 60_000, new Date(t0.getTime() + 62_000))).toBe(0);

    await setMarker(database.prisma, "known", 1_000, t0);
    expect(await hasMarker(database.prisma, "known", new Date(t0.getTime() + 500))).toBe(true);
    expect(await hasMarker(database.prisma, "known", new Date(t0.getTime() + 1_500))).toBe(false);
  });
});
