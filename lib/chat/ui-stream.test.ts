import { describe, expect, it } from "vitest";
import { chatStreamResponse } from "./ui-stream";

/** Each chunk the response body delivers, decoded: what reaches the socket, one write per chunk. */
async function chunksOf(response: Response): Promise<string[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(decoder.decode(value));
  }
}

const events = (chunk: string) => chunk.split("\n\n").filter(Boolean);

describe("the chat stream", () => {
  it("sends parts written in one tick in one write, later parts when they are written, and [DONE] with the last", async () => {
    const response = chatStreamResponse(
      async (write) => {
        write({ type: "text-start", id: "t" });
        write({ type: "text-delta", id: "t", delta: "Hello" });
        await new Promise((resolve) => setTimeout(resolve, 20));
        write({ type: "text-delta", id: "t", delta: " there" });
        write({ type: "text-end", id: "t" });
      },
      { onError: () => "failed" },
    );
    const chunks = await chunksOf(response);
    expect(chunks.map(events)).toEqual([
      ['data: {"type":"text-start","id":"t"}', 'data: {"type":"text-delta","id":"t","delta":"Hello"}'],
      ['data: {"type":"text-delta","id":"t","delta":" there"}', 'data: {"type":"text-end","id":"t"}', "data: [DONE]"],
    ]);
  });

  it("answers with the AI SDK's stream headers and keeps the proxy's gzip off", () => {
    const response = chatStreamResponse(async () => {}, { onError: () => "failed" });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(response.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
  });

  it("ends a failed answer with an error part carrying the safe text, then [DONE]", async () => {
    const response = chatStreamResponse(
      async () => {
        throw new Error("database down: password=secret");
      },
      { onError: () => "We couldn't finish that reply." },
    );
    const text = (await chunksOf(response)).join("");
    expect(events(text)).toEqual([
      'data: {"type":"error","errorText":"We couldn\'t finish that reply."}',
      "data: [DONE]",
    ]);
    expect(text).not.toContain("secret");
  });

  it("keeps running the answer after the client goes away", async () => {
    let finished = false;
    const response = chatStreamResponse(
      async (write) => {
        write({ type: "text-start", id: "t" });
        await new Promise((resolve) => setTimeout(resolve, 20));
        write({ type: "text-delta", id: "t", delta: "stored anyway" });
        finished = true;
      },
      { onError: () => "failed" },
    );
    await response.body!.cancel();
    await expect.poll(() => finished).toBe(true);
  });
});
