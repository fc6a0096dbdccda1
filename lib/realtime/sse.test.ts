import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-db";
import { SseReader } from "@/test/support/sse";
import { appendEvent, eventsCommitted } from "@/lib/db/events";
import { parseEventId } from "./events";
import { eventStreamResponse } from "./sse";

/**
 * A live view that drops its connection misses nothing: reconnecting with Last-Event-ID replays every event after
 * that id, once and in order, then continues live.
 */
let database: TestDatabase;
let conversationId: string;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
  conversationId = (await database.prisma.conversation.create({ data: { accessTokenHash: "sse-test" } })).id;
});
afterAll(() => database?.close());

async function append(texts: string[]): Promise<string[]> {
  const seqs = await database.prisma.$transaction(async (tx) => {
    const out: string[] = [];
    for (const text of texts)
      out.push(String(await appendEvent(tx, { conversationId, type: "message.created", payload: { body: text } })));
    return out;
  });
  eventsCommitted(conversationId);
  return seqs;
}

function open(headers: Record<string, string>, query = "") {
  const controller = new AbortController();
  const request = new Request(`http://test/events${query}`, { headers, signal: controller.signal });
  return eventStreamResponse({ request, prisma: database.prisma, scope: { conversationId } }).then((response) => ({
    reader: new SseReader(response.body!),
    close: () => controller.abort(),
  }));
}

const bodyOf = (data: string) => (JSON.parse(data) as { payload: { body: string } }).payload.body;

describe("event stream resume", () => {
  it("replays what a reconnecting client missed, once and in order, then goes on live", async () => {
    const seqs = await append(["one", "two", "three", "four"]);
    // The client had seen "two" when its connection dropped.
    const { reader, close } = await open({ "last-event-id": seqs[1]! });
    const replayed = [await reader.next(), await reader.next()];
    expect(replayed.map((e) => [e.id, bodyOf(e.data)])).toEqual([
      [seqs[2], "three"],
      [seqs[3], "four"],
    ]);
    const [five] = await append(["five"]);
    const live = await reader.next();
    expect([live.id, bodyOf(live.data)]).toEqual([five, "five"]);
    close();
    await reader.closed;
    expect(reader.drain()).toEqual([]);

    // Reconnecting from the last event seen gets only what came after it: nothing twice.
    const again = await open({ "last-event-id": five! });
    const [six, seven] = await append(["six", "seven"]);
    const next = [await again.reader.next(), await again.reader.next()];
    expect(next.map((e) => [e.id, bodyOf(e.data)])).toEqual([
      [six, "six"],
      [seven, "seven"],
    ]);
    again.close();
  });

  it("starts from ?after= for a page rendered at that event, and from now without either", async () => {
    const [a, b] = await append(["rendered", "after the render"]);
    const resumed = await open({}, `?after=${a}`);
    const first = await resumed.reader.next();
    expect([first.id, bodyOf(first.data)]).toEqual([b, "after the render"]);
    resumed.close();

    const fresh = await open({});
    const [c] = await append(["new"]);
    const got = await fresh.reader.next();
    expect([got.id, bodyOf(got.data)]).toEqual([c, "new"]);
    fresh.close();
  });
});

describe("an impossible Last-Event-ID (issue 11, L4)", () => {
  it("is treated as no id at all: the stream starts from now, delivers, and logs no warning", async () => {
    const warn = vi.spyOn(log, "warn");
    try {
      // Beyond PostgreSQL's bigint (the old code passed it to the query, which failed every 5 s), and a valid id
      // ahead of every event there is (after a restore, say), which would have waited for nothing.
      for (const id of ["9999999999999999999", "9223372036854775807"]) {
        const { reader, close } = await open({ "last-event-id": id });
        const [next] = await append([`after ${id}`]);
        const got = await reader.next();
        expect([got.id, bodyOf(got.data)]).toEqual([next, `after ${id}`]);
        close();
      }
      expect(warn.mock.calls.filter(([event]) => event === "realtime.read_failed")).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  it("parseEventId accepts only ids a bigint column can hold", () => {
    expect(parseEventId("9223372036854775807")).toBe(BigInt("9223372036854775807"));
    expect(parseEventId("9223372036854775808")).toBeNull();
    expect(parseEventId("9999999999999999999")).toBeNull();
    expect(parseEventId("-1")).toBeNull();
  });
});
