import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDbForTests } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";

/**
 * Issue 11, M5 and M6 and the CSAT message: the customer routes themselves, called as Next.js calls them, on a real
 * database. Only the cookie jar is faked (it needs Next's request scope): each request here comes without a cookie,
 * like a script that drops it, and whatever cookie a route sets is dropped.
 */
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
const chat = await import("./route");
const handoff = await import("./handoff/route");
const csat = await import("./csat/route");

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
  setDbForTests(database.prisma);
});
afterAll(async () => {
  setDbForTests(undefined);
  await database?.close();
});

const request = (path: string, body: BodyInit | null, headers: Record<string, string>) =>
  new Request(`http://127.0.0.1${path}`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
const json = (client: string, extra: Record<string, string> = {}) => ({
  "content-type": "application/json",
  "x-tandem-peer": client,
  ...extra,
});

describe("customer routes", () => {
  it("M5: a client gets 5 handoffs in 10 minutes, then a 429 with Retry-After; others are not affected", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await handoff.POST(request("/api/chat/handoff", "{}", json("203.0.113.40")))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await handoff.POST(request("/api/chat/handoff", "{}", json("203.0.113.40")));
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/wait/i),
    });
    // The queue grew by five, not by eight.
    expect(await database.prisma.conversation.count({ where: { status: "waiting_human" } })).toBe(5);
    // Spoofing x-forwarded-for does not make a new client; another address is one.
    expect(
      (
        await handoff.POST(
          request("/api/chat/handoff", "{}", json("203.0.113.40", { "x-forwarded-for": "198.51.100.1" })),
        )
      ).status,
    ).toBe(429);
    expect((await handoff.POST(request("/api/chat/handoff", "{}", json("203.0.113.41")))).status).toBe(200);
  });

  it("M5: new conversations per client are limited too, whatever the route (limits set by TANDEM_CLIENT_LIMITS)", async () => {
    process.env.TANDEM_CLIENT_LIMITS = JSON.stringify({ conversations: { limit: 3, windowSeconds: 600 } });
    resetEnvForTests();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await handoff.POST(request("/api/chat/handoff", "{}", json("203.0.113.60")))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // A cookieless chat message would start a fourth conversation.
      const message = await chat.POST(
        request(
          "/api/chat",
          JSON.stringify({ text: "hello", clientMessageId: crypto.randomUUID() }),
          json("203.0.113.60"),
        ),
      );
      expect(message.status).toBe(429);
      expect(message.headers.get("retry-after")).toMatch(/^\d+$/);
    } finally {
      delete process.env.TANDEM_CLIENT_LIMITS;
      resetEnvForTests();
    }
  });

  it("a request from this machine (loopback, no proxy of ours in front) is not counted; through a trusted proxy the forwarded client is", async () => {
    process.env.TANDEM_CLIENT_LIMITS = JSON.stringify({ handoffs: { limit: 1, windowSeconds: 600 } });
    resetEnvForTests();
    try {
      const local = async (peer: string, extra: Record<string, string> = {}) =>
        (await handoff.POST(request("/api/chat/handoff", "{}", json(peer, extra)))).status;
      expect([await local("127.0.0.1"), await local("127.0.0.1"), await local("::1"), await local("::1")]).toEqual([
        200, 200, 200, 200,
      ]);
      process.env.TANDEM_TRUSTED_PROXIES = "1";
      resetEnvForTests();
      const proxied = { "x-forwarded-for": "198.51.100.90" };
      expect([await local("127.0.0.1", proxied), await local("127.0.0.1", proxied)]).toEqual([200, 429]);
    } finally {
      delete process.env.TANDEM_CLIENT_LIMITS;
      delete process.env.TANDEM_TRUSTED_PROXIES;
      resetEnvForTests();
    }
  });

  it("M5: JSON only: text/plain and forms get 415 and store nothing", async () => {
    const before = await database.prisma.message.count();
    const body = JSON.stringify({ text: "hello", clientMessageId: crypto.randomUUID() });
    expect(
      (await chat.POST(request("/api/chat", body, { "content-type": "text/plain", "x-tandem-peer": "203.0.113.50" })))
        .status,
    ).toBe(415);
    expect((await handoff.POST(request("/api/chat/handoff", null, { "x-tandem-peer": "203.0.113.50" }))).status).toBe(
      415,
    );
    expect(
      (
        await csat.POST(
          request("/api/chat/csat", '{"score":5}', { "content-type": "application/x-www-form-urlencoded" }),
        )
      ).status,
    ).toBe(415);
    expect(await database.prisma.message.count()).toBe(before);
  });

  it("M6: an oversized body is refused with 413 from Content-Length, and while streaming, on every POST route", async () => {
    let pulled = 0;
    const huge = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 8 * 1024 * 1024) return controller.close();
          pulled += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
      });
    for (const [route, path] of [
      [chat, "/api/chat"],
      [handoff, "/api/chat/handoff"],
      [csat, "/api/chat/csat"],
    ] as const) {
      pulled = 0;
      const streamed = await route.POST(request(path, huge(), json("203.0.113.70")));
      expect(streamed.status, path).toBe(413);
      expect(pulled, path).toBeLessThanOrEqual(256 * 1024);
      const declared = await route.POST(
        request(path, "{}", json("203.0.113.70", { "content-length": String(100 * 1024 * 1024) })),
      );
      expect(declared.status, path).toBe(413);
    }
  });

  it("a CSAT comment over 1,000 characters is told so, not asked for a rating", async () => {
    const response = await csat.POST(
      request("/api/chat/csat", JSON.stringify({ score: 4, comment: "x".repeat(1001) }), json("203.0.113.80")),
    );
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.message).toMatch(/comment is too long/i);
    expect(error.message).toContain("1,000");
    const noScore = await csat.POST(
      request("/api/chat/csat", JSON.stringify({ comment: "fine" }), json("203.0.113.80")),
    );
    expect(((await noScore.json()) as { error: { message: string } }).error.message).toBe(
      "Choose a rating from 1 to 5.",
    );
  });
});
