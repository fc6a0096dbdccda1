import { describe, expect, it } from "vitest";
import type { ChatSendRequest } from "@/lib/views/protocol";
import { ChatRefusedError, ChatReplyError, TandemChatTransport, type TandemUIMessage } from "./chat-transport";

const customer: TandemUIMessage = {
  id: "2f1c0e4e-0000-4000-8000-000000000001",
  role: "user",
  parts: [{ type: "text", text: "Where is my order?" }],
};

function sse(parts: object[]): Response {
  const body = [...parts.map((part) => `data: ${JSON.stringify(part)}\n\n`), "data: [DONE]\n\n"].join("");
  return new Response(body, { headers: { "Content-Type": "text/event-stream" } });
}

async function send(response: Response) {
  const requests: { url: string; body: ChatSendRequest }[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(url), body: JSON.parse(String(init?.body)) as ChatSendRequest });
    return response;
  };
  const transport = new TandemChatTransport({ fetch });
  const stream = await transport.sendMessages({
    trigger: "submit-message",
    chatId: "c",
    messageId: undefined,
    messages: [customer],
    abortSignal: undefined,
  });
  const chunks: unknown[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return { requests, chunks };
}

describe("TandemChatTransport", () => {
  it("posts Tandem's one-message body, with the message's id as its clientMessageId, and reads the data parts", async () => {
    const ack = { type: "data-ack", data: { customerMessageId: "m1", conversationId: "c1" } };
    const { requests, chunks } = await send(
      sse([{ type: "start" }, ack, { type: "text-start", id: "t" }, { type: "text-delta", id: "t", delta: "Hi" }]),
    );
    expect(requests).toEqual([
      { url: "/api/chat", body: { text: "Where is my order?", clientMessageId: customer.id } },
    ]);
    expect(chunks).toContainEqual(ack);
    expect(chunks).toContainEqual({ type: "text-delta", id: "t", delta: "Hi" });
  });

  it("turns a refusal into the server's words for the customer", async () => {
    const refusal = {
      error: { code: "rate_limited", message: "Please wait a moment before sending more.", retryAfterSeconds: 5 },
    };
    const sent = send(new Response(JSON.stringify(refusal), { status: 429 }));
    await expect(sent).rejects.toBeInstanceOf(ChatRefusedError);
    await expect(sent).rejects.toThrow("Please wait a moment before sending more.");
  });

  it("ends the answer on an error part with the server's words, told apart from a dropped connection", async () => {
    const sent = send(sse([{ type: "start" }, { type: "error", errorText: "We couldn't finish that reply." }]));
    await expect(sent).rejects.toBeInstanceOf(ChatReplyError);
    await expect(sent).rejects.toThrow("We couldn't finish that reply.");
  });
});
