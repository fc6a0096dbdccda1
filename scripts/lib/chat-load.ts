/**
 * Simulated customers for the benchmark: each one chats through POST /api/chat exactly as the page does
 * (cookie, clientMessageId, reading the stream to the end) and records when the first text arrived.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

// Questions the AI answers on its own under the demo policy (billing is shadow mode there, so it is left out: the
// benchmark measures answering, and a handoff ends a simulated conversation early).
const QUESTIONS = [
  "How do I return a jacket that doesn't fit?",
  "How long does shipping take to Denver?",
  "Can I change the address on my order before it ships?",
  "What's your warranty on tents?",
  "How do I reset my password?",
  "Can I cancel an order that has already shipped?",
  "How long do refunds take to show up on my card?",
  "Do you ship internationally?",
];
// Below the policy's burst limit, so the benchmark measures answering, not the rate limiter.
const TURNS_PER_CONVERSATION = 4;

export type Percentiles = { p50: number; p95: number; p99: number };
export type ChatLoadResult = {
  turns: number;
  errors: number;
  seconds: number;
  turnsPerSecond: number;
  firstToken: Percentiles;
  fullReply: Percentiles;
  memory: { startMb: number; peakMb: number; endMb: number };
};

export async function runChatLoad(options: {
  baseUrl: string;
  customers: number;
  seconds: number;
  serverPid: number;
}): Promise<ChatLoadResult> {
  // Warm the routes and the engine so that compilation of the first request does not count.
  await customer(options.baseUrl, Date.now() + 1500, [], [], { errors: 0 });

  const firstToken: number[] = [];
  const fullReply: number[] = [];
  const counters = { errors: 0 };
  const startMb = rssMb(options.serverPid);
  let peakMb = startMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(options.serverPid))), 250);
  const started = performance.now();
  const deadline = Date.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.customers }, () =>
      customer(options.baseUrl, deadline, firstToken, fullReply, counters),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const endMb = rssMb(options.serverPid);
  return {
    turns: fullReply.length,
    errors: counters.errors,
    seconds: elapsed,
    turnsPerSecond: fullReply.length / elapsed,
    firstToken: percentiles(firstToken),
    fullReply: percentiles(fullReply),
    memory: { startMb, peakMb: Math.max(peakMb, endMb), endMb },
  };
}

async function customer(
  baseUrl: string,
  deadline: number,
  firstToken: number[],
  fullReply: number[],
  counters: { errors: number },
) {
  let question = Math.floor(Math.random() * QUESTIONS.length);
  while (Date.now() < deadline) {
    let cookie = "";
    for (let turn = 0; turn < TURNS_PER_CONVERSATION && Date.now() < deadline; turn++) {
      const text = QUESTIONS[question++ % QUESTIONS.length]!;
      const t0 = performance.now();
      let first = 0;
      try {
        const response = await fetch(`${baseUrl}/api/chat`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ text, clientMessageId: randomUUID() }),
        });
        const setCookie = response.headers.get("set-cookie");
        if (setCookie) cookie = setCookie.split(";")[0]!;
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        const decoder = new TextDecoder();
        let body = "";
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          body += decoder.decode(chunk as Uint8Array, { stream: true });
          if (!first && body.includes('"type":"text-delta"')) first = performance.now() - t0;
        }
        const handedOver = body.includes('"type":"data-status"');
        if (!body.includes('"type":"data-reply"') && !handedOver) throw new Error("the stream ended without a reply");
        // A conversation handed to a person is over for a simulated customer: the next question starts a new one.
        if (handedOver) turn = TURNS_PER_CONVERSATION;
        // A handoff has no AI text: it counts as a completed turn, not towards time to first token.
        if (first > 0) firstToken.push(first);
        fullReply.push(performance.now() - t0);
      } catch {
        counters.errors++;
      }
    }
  }
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Resident memory of the server and any processes it started (Next.js may run its server in a child). */
function rssMb(pid: number): number {
  let kb = 0;
  for (const member of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${member}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended between listing and reading
    }
  }
  return Math.round(kb / 1024);
}

function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}
