/**
 * Customer message → agent's screen, for the benchmark: a signed-in agent follows the console's live feed
 * (GET /api/console/events, as the inbox page does) while simulated customers, each in a conversation waiting for
 * a person, write through POST /api/chat. Latency is from the start of the POST to the message's event arriving
 * on the agent's stream: what the agent's page reacts to.
 */
import { randomUUID } from "node:crypto";
import { SseReader } from "@/test/support/sse";
import { type Percentiles, percentiles } from "./chat-load";

export type AgentLatencyResult = { samples: number; errors: number; latency: Percentiles & { max: number } };

/** Signs in through next-auth's credentials flow over HTTP; returns the Cookie header of the session. */
export async function staffCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/inbox` }),
  });
  const session = cookiesOf(response);
  if (!session.includes("session-token")) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return `${jar}; ${session}`;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .join("; ");
}

export async function runAgentLatency(options: {
  baseUrl: string;
  staff: { email: string; password: string };
  customers: number;
  messagesPerCustomer: number;
  /** Below the policy's burst limit (5 messages in 10 s per conversation). */
  intervalMs?: number;
}): Promise<AgentLatencyResult> {
  const { baseUrl } = options;
  const cookie = await staffCookie(baseUrl, options.staff.email, options.staff.password);
  const pending = new Map<string, { started: number; arrived: (ms: number) => void }>();
  const controller = new AbortController();
  const stream = await fetch(`${baseUrl}/api/console/events`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  if (!stream.ok || !stream.body) throw new Error(`the console event stream answered HTTP ${stream.status}`);
  const reader = new SseReader(stream.body, (event) => {
    if (event.event !== "message.created") return;
    const marker = /bench-marker-([0-9a-f-]{36})/.exec(event.data)?.[1];
    const waiting = marker ? pending.get(marker) : undefined;
    if (waiting) waiting.arrived(performance.now() - waiting.started);
  });
  reader.drain();

  const samples: number[] = [];
  let errors = 0;
  const customer = async (index: number) => {
    const handoff = await fetch(`${baseUrl}/api/chat/handoff`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    const conversationCookie = handoff.headers.getSetCookie()[0]?.split(";")[0];
    if (!handoff.ok || !conversationCookie) return void errors++;
    // Spread the customers over the interval, as real ones would be.
    await sleep(((options.intervalMs ?? 2_100) / options.customers) * index);
    for (let i = 0; i < options.messagesPerCustomer; i++) {
      const marker = randomUUID();
      const arrival = new Promise<number>((resolve) =>
        pending.set(marker, { started: performance.now(), arrived: resolve }),
      );
      const response = await fetch(`${baseUrl}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: conversationCookie },
        body: JSON.stringify({ text: `Any news on my order? bench-marker-${marker}`, clientMessageId: randomUUID() }),
      });
      await response.text();
      const ms = await Promise.race([arrival, sleep(10_000).then(() => null)]);
      pending.delete(marker);
      if (!response.ok || ms === null) errors++;
      else samples.push(ms);
      await sleep(options.intervalMs ?? 2_100);
    }
  };
  await Promise.all(Array.from({ length: options.customers }, (_, index) => customer(index)));
  controller.abort();
  const stats = percentiles(samples);
  return { samples: samples.length, errors, latency: { ...stats, max: Math.max(0, ...samples) } };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
