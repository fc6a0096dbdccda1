import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "@/test/support/fake-openai";
import { loadPolicySet } from "@/lib/policy/load";
import { createRetriever } from "@/lib/knowledge/retrieve";
import { type FallbackEvent, MID_STREAM_SEPARATOR, withFallback } from "./fallback";
import { createLocalEngine } from "./local/engine";
import { createOpenAIEngine } from "./openai";
import type { Engine, ReplyInput } from "./types";

/** The customer always gets an answer: model failures over real HTTP end in the local engine's answer. */
const { policy, articles } = loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));
const retriever = createRetriever(articles, policy, () => new Date("2026-11-24T12:00:00Z"));
const local = createLocalEngine();
const QUESTION = "How do I return a pair of boots that don't fit?";

let fake: FakeOpenAI;
let engine: Engine;
let events: FallbackEvent[];

async function input(overrides: Partial<ReplyInput> = {}): Promise<ReplyInput> {
  const { triage } = await local.triage({ message: QUESTION, history: [] });
  return {
    message: QUESTION,
    history: [],
    triage,
    articles: retriever.retrieve(QUESTION, { intent: triage.intent }),
    policy,
    ...overrides,
  };
}

async function localAnswer(): Promise<string> {
  let text = "";
  for await (const delta of local.reply(await input()).textStream) text += delta;
  return text;
}

async function run(stream: { textStream: AsyncIterable<string> }): Promise<string> {
  let text = "";
  for await (const delta of stream.textStream) text += delta;
  return text;
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  events = [];
  const model = createOpenAIEngine({
    settings: {
      apiKey: "sk-test",
      baseURL: fake.baseURL,
      models: { triage: "gpt-triage", reply: "gpt-reply", summary: "gpt-summary", draft: "gpt-reply" },
      timeoutMs: 200,
    },
  });
  engine = withFallback(model, local, { onFallback: (event) => events.push(event) });
});

describe("engine with local fallback", () => {
  it("passes the model's answer through when all is well", async () => {
    fake.enqueue({ type: "text", text: "Boots can be returned within 30 days [Returns and exchanges]." });
    const stream = engine.reply(await input());
    expect(await run(stream)).toBe("Boots can be returned within 30 days [Returns and exchanges].");
    expect(await stream.meta).toEqual({ engineUsed: "openai", toolCalls: [] });
    expect(events).toEqual([]);
    expect(engine).toMatchObject({ name: "openai", model: "gpt-reply" });
  });

  it("answers locally when the model returns HTTP 500, and says why", async () => {
    fake.enqueue({ type: "error", status: 500 });
    const stream = engine.reply(await input());
    expect(await run(stream)).toBe(await localAnswer());
    expect(await stream.meta).toEqual({
      engineUsed: "local",
      fallbackReason: "reply failed before the first token: the model provider answered HTTP 500",
      toolCalls: [],
    });
    expect(events.map((e) => e.stage)).toEqual(["reply"]);
  });

  it("answers locally when the model does not respond in time", async () => {
    fake.enqueue({ type: "delay", ms: 5000, then: { type: "text", text: "too late" } });
    const started = performance.now();
    const stream = engine.reply(await input());
    expect(await run(stream)).toBe(await localAnswer());
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await stream.meta).fallbackReason).toBe(
      "reply failed before the first token: no response from the model within 200 ms",
    );
  });

  it("finishes a reply that breaks mid-stream with the local answer after an honest separator", async () => {
    fake.enqueue({ type: "break", text: "You can return boots within thirty days as long", afterChunks: 4 });
    const stream = engine.reply(await input());
    const text = await run(stream);
    expect(text).toBe(`You can return boots${MID_STREAM_SEPARATOR}${await localAnswer()}`);
    expect(await stream.meta).toMatchObject({
      engineUsed: "local",
      fallbackReason: expect.stringMatching(/^reply broke off mid-stream: /),
    });
  });

  it("ends a slow-drip reply at the total deadline: the customer keeps what was sent, then the local answer", async () => {
    const model = createOpenAIEngine({
      settings: {
        apiKey: "sk-test",
        baseURL: fake.baseURL,
        models: { triage: "gpt-triage", reply: "gpt-reply", summary: "gpt-summary", draft: "gpt-reply" },
        timeoutMs: 300,
        totalTimeoutMs: 500,
      },
    });
    const bounded = withFallback(model, local, { onFallback: (event) => events.push(event) });
    // One word every 100 ms never trips the 300 ms idle deadline: without a total deadline this runs for 2.5 s.
    fake.enqueue({ type: "drip", text: Array.from({ length: 25 }, (_, i) => `word${i}`).join(" "), intervalMs: 100 });
    const started = performance.now();
    const stream = bounded.reply(await input());
    const text = await run(stream);
    expect(performance.now() - started).toBeLessThan(1500);
    const [sent, rest] = text.split(MID_STREAM_SEPARATOR);
    expect(sent).toMatch(/^word0 word1 word2/);
    expect(rest).toBe(await localAnswer());
    expect(await stream.meta).toMatchObject({
      engineUsed: "local",
      fallbackReason: "reply broke off mid-stream: the model's reply did not finish within 500 ms",
    });
  });

  it("falls back to local triage on an error or a timeout, with the reason", async () => {
    fake.enqueue({ type: "error", status: 503 });
    const failed = await engine.triage({ message: QUESTION, history: [] });
    expect(failed).toMatchObject({
      engineUsed: "local",
      fallbackReason: "triage: the model provider answered HTTP 503",
      triage: { intent: "returns" },
    });

    fake.enqueue({ type: "delay", ms: 5000 });
    const slow = await engine.triage({ message: QUESTION, history: [] });
    expect(slow).toMatchObject({
      engineUsed: "local",
      fallbackReason: "triage: no response from the model within 200 ms",
    });

    fake.enqueue({
      type: "json",
      value: {
        intent: "returns",
        confidence: 0.8,
        sentiment: "neutral",
        sentimentScore: 0,
        urgency: "normal",
        language: "en",
      },
    });
    expect(await engine.triage({ message: QUESTION, history: [] })).toMatchObject({
      engineUsed: "openai",
      triage: { confidence: 0.8 },
    });
  });

  it("does not answer for a customer who has gone", async () => {
    fake.enqueue({ type: "delay", ms: 5000, then: { type: "text", text: "too late" } });
    const controller = new AbortController();
    const stream = engine.reply(await input({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await expect(run(stream)).rejects.toMatchObject({ kind: "aborted" });
    expect(events).toEqual([]);
  });
});
