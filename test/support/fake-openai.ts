import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small OpenAI-compatible server on 127.0.0.1 for tests of the model path over real HTTP: enough of
 * `POST /v1/chat/completions` (JSON and SSE streaming, streamed tool calls, `response_format`, usage) and
 * `GET /v1/models` for both the AI SDK and the `openai` package. Each test scripts the next responses and
 * reads back the requests it received. Nothing here is a mock of the SDK: the SDK really parses these bytes.
 *
 *   const fake = await startFakeOpenAI();
 *   fake.enqueue({ type: "text", text: "Hello there" }, { type: "error", status: 500 });
 *   ... createOpenAI({ baseURL: fake.baseURL, apiKey: "test" }) ...
 *   expect(fake.requests[0]!.body.messages).toEqual(...);
 *   await fake.close();
 */
export type FakeUsage = { prompt_tokens: number; completion_tokens: number };

export type FakeResponse =
  /** Assistant text. Streamed as `chunks` (default: word by word). */
  | { type: "text"; text: string; chunks?: string[]; usage?: FakeUsage }
  /** A call of one function tool; arguments are JSON-encoded and streamed in pieces. */
  | { type: "tool_call"; name: string; arguments: unknown; id?: string; usage?: FakeUsage }
  /** A JSON document as the message content, as for `response_format: json_schema`. */
  | { type: "json"; value: unknown; usage?: FakeUsage }
  /** An HTTP error with an OpenAI-style error body. */
  | { type: "error"; status: number; message?: string }
  /** Wait before answering (use a delay longer than the client's timeout); then answer with `then`. */
  | { type: "delay"; ms: number; then?: FakeResponse }
  /** Stream `afterChunks` chunks of `text`, then drop the connection (a stream that breaks mid-way). */
  | { type: "break"; text: string; afterChunks: number }
  /** Stream `afterChunks` chunks of `text`, then go silent with the connection open (a stalled stream). */
  | { type: "stall"; text: string; afterChunks: number }
  /** Stream `text` word by word, one word every `intervalMs` (a slow drip that never stalls), then finish normally. */
  | { type: "drip"; text: string; intervalMs: number };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  // Parsed JSON body of the request (whatever the client sent), or null for GET.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
};

export type FakeOpenAI = {
  /** Base URL including /v1, for `createOpenAI({ baseURL })` or `new OpenAI({ baseURL })`. */
  baseURL: string;
  requests: RecordedRequest[];
  enqueue(...responses: FakeResponse[]): void;
  /** Responses still queued (a test can assert that everything it scripted was used). */
  pending(): number;
  reset(): void;
  close(): Promise<void>;
};

export const FAKE_MODEL = "gpt-fake-1";

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: FakeResponse[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : null;
    requests.push({ method: req.method ?? "GET", path, headers: req.headers, body });

    if (req.method === "GET" && path === "/v1/models") {
      return sendJson(res, 200, {
        object: "list",
        data: [{ id: FAKE_MODEL, object: "model", created: 1_700_000_000, owned_by: "tandem-tests" }],
      });
    }
    if (req.method !== "POST" || path !== "/v1/chat/completions") {
      return sendJson(res, 404, errorBody(`fake-openai: no route for ${req.method} ${path}`, "not_found"));
    }
    let next = queue.shift();
    while (next?.type === "delay") {
      await sleep(next.ms);
      if (res.destroyed || req.socket.destroyed) return;
      next = next.then;
    }
    if (!next)
      return sendJson(res, 500, errorBody("fake-openai: no scripted response left for this request", "server_error"));
    if (next.type === "error")
      return sendJson(res, next.status, errorBody(next.message ?? `scripted HTTP ${next.status}`, "server_error"));
    if (body?.stream) return stream(res, next, Boolean(body.stream_options?.include_usage));
    return sendJson(res, 200, completion(next));
  }

  async function stream(
    res: ServerResponse,
    response: Exclude<FakeResponse, { type: "delay" | "error" }>,
    includeUsage: boolean,
  ) {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
    const chunk = (delta: object, finish: string | null = null) =>
      send({
        id: "chatcmpl-fake",
        object: "chat.completion.chunk",
        created: 1_700_000_000,
        model: FAKE_MODEL,
        choices: [{ index: 0, delta, finish_reason: finish }],
      });

    chunk({ role: "assistant", content: "" });
    if (response.type === "break" || response.type === "stall") {
      for (const piece of words(response.text).slice(0, response.afterChunks)) {
        chunk({ content: piece });
        await sleep(5);
      }
      if (response.type === "break") res.socket?.destroy();
      // A stall keeps the socket open until the client gives up or the server closes.
      return;
    }
    if (response.type === "drip") {
      for (const piece of words(response.text)) {
        if (res.destroyed || res.writableEnded) return;
        chunk({ content: piece });
        await sleep(response.intervalMs);
      }
      if (res.destroyed) return;
      chunk({}, "stop");
      res.end("data: [DONE]\n\n");
      return;
    }

    let finish = "stop";
    if (response.type === "tool_call") {
      const id = response.id ?? `call_${requests.length}`;
      const args = JSON.stringify(response.arguments);
      chunk({ tool_calls: [{ index: 0, id, type: "function", function: { name: response.name, arguments: "" } }] });
      for (const piece of split(args, 3)) chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] });
      finish = "tool_calls";
    } else {
      const text = response.type === "json" ? JSON.stringify(response.value) : response.text;
      const pieces =
        response.type === "text" && response.chunks
          ? response.chunks
          : response.type === "json"
            ? split(text, 4)
            : words(text);
      for (const piece of pieces) chunk({ content: piece });
    }
    chunk({}, finish);
    if (includeUsage) {
      send({
        id: "chatcmpl-fake",
        object: "chat.completion.chunk",
        created: 1_700_000_000,
        model: FAKE_MODEL,
        choices: [],
        usage: usageOf(response),
      });
    }
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...responses) => void queue.push(...responses),
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function completion(response: Exclude<FakeResponse, { type: "delay" | "error" }>) {
  let message: object;
  let finish = "stop";
  if (response.type === "tool_call") {
    const id = response.id ?? "call_0";
    message = {
      role: "assistant",
      content: null,
      tool_calls: [
        { id, type: "function", function: { name: response.name, arguments: JSON.stringify(response.arguments) } },
      ],
    };
    finish = "tool_calls";
  } else if (response.type === "json") {
    message = { role: "assistant", content: JSON.stringify(response.value) };
  } else {
    message = { role: "assistant", content: response.text };
  }
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_700_000_000,
    model: FAKE_MODEL,
    choices: [{ index: 0, message, finish_reason: finish }],
    usage: usageOf(response),
  };
}

function usageOf(response: Exclude<FakeResponse, { type: "delay" | "error" }>) {
  const given = "usage" in response ? response.usage : undefined;
  const prompt = given?.prompt_tokens ?? 50;
  const completionTokens =
    given?.completion_tokens ??
    (response.type === "text" || response.type === "drip" ? words(response.text).length : 10);
  return { prompt_tokens: prompt, completion_tokens: completionTokens, total_tokens: prompt + completionTokens };
}

function errorBody(message: string, type: string) {
  return { error: { message, type, param: null, code: null } };
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (piece: string) => (data += piece));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

/** Words with the whitespace before them, so that joining the pieces gives back the text. */
function words(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

function split(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}
