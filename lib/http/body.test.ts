import { describe, expect, it } from "vitest";
import { readJsonBody } from "./body";

/** Issue 11, M5 (JSON only) and M6 (size): a body is refused before it is buffered. */
function streamOf(totalBytes: number, chunkBytes = 16 * 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, sent: () => sent };
}

const post = (body: BodyInit | null, headers: Record<string, string>) =>
  new Request("http://test/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { stream, sent } = streamOf(10 * 1024 * 1024);
    const result = await readJsonBody(
      post(stream, { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) }),
      64 * 1024,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
    expect(sent()).toBeLessThanOrEqual(2 * 16 * 1024);
  });

  it("stops reading a body without Content-Length as soon as it passes the limit", async () => {
    const { stream, sent } = streamOf(10 * 1024 * 1024);
    const result = await readJsonBody(post(stream, { "content-type": "application/json" }), 64 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(413);
      expect(((await result.response.json()) as { error: { code: string } }).error.code).toBe("body_too_large");
    }
    expect(sent()).toBeLessThanOrEqual(64 * 1024 + 2 * 16 * 1024);
  });

  it("answers 415 for anything but JSON, and reads JSON of any charset", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const result = await readJsonBody(post('{"text":"hi"}', type ? { "content-type": type } : {}), 1024);
      expect(result.ok ? 200 : result.response.status, type).toBe(415);
    }
    const ok = await readJsonBody(post('{"text":"hi"}', { "content-type": "application/json; charset=utf-8" }), 1024);
    expect(ok).toEqual({ ok: true, value: { text: "hi" } });
    expect(await readJsonBody(post("{not json", { "content-type": "application/json" }), 1024)).toEqual({
      ok: true,
      value: null,
    });
  });
});
