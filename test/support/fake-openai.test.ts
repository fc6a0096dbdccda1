import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_MODEL, type FakeOpenAI, startFakeOpenAI } from "./fake-openai";

/** The fake server speaks enough of the API for the official `openai` package too, not only the AI SDK. */
let fake: FakeOpenAI;
let client: OpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  client = new OpenAI({ apiKey: "sk-test", baseURL: fake.baseURL, maxRetries: 0 });
});
afterAll(async () => {
  await fake.close();
});

describe("fake OpenAI server", () => {
  it("lists models", async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual([FAKE_MODEL]);
  });

  it("answers chat completions as JSON and as a stream ending in [DONE]", async () => {
    fake.enqueue({ type: "text", text: "Hello there, camper." }, { type: "text", text: "Hello there, camper." });
    const plain = await client.chat.completions.create({ model: "x", messages: [{ role: "user", content: "hi" }] });
    expect(plain.choices[0]!.message.content).toBe("Hello there, camper.");
    expect(plain.usage?.completion_tokens).toBe(3);

    const stream = await client.chat.completions.create({
      model: "x",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
    });
    const deltas: string[] = [];
    for await (const chunk of stream) if (chunk.choices[0]?.delta.content) deltas.push(chunk.choices[0].delta.content);
    expect(deltas).toEqual(["Hello", " there,", " camper."]);
    const chats = fake.requests.filter((r) => r.path === "/v1/chat/completions");
    expect(chats.map((r) => r.body.stream ?? false)).toEqual([false, true]);
  });

  it("streams tool calls and scripted errors", async () => {
    fake.enqueue(
      { type: "tool_call", name: "lookup", arguments: { id: 7 } },
      { type: "error", status: 503, message: "overloaded" },
    );
    const stream = await client.chat.completions.create({
      model: "x",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
    });
    let args = "";
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(JSON.parse(args)).toEqual({ id: 7 });
    expect(finish).toBe("tool_calls");
    await expect(
      client.chat.completions.create({ model: "x", messages: [{ role: "user", content: "hi" }] }),
    ).rejects.toMatchObject({ status: 503 });
  });

  it("fails loudly when a test forgot to script a response", async () => {
    await expect(
      client.chat.completions.create({ model: "x", messages: [{ role: "user", content: "hi" }] }),
    ).rejects.toMatchObject({ status: 500 });
    expect(fake.pending()).toBe(0);
  });
});
