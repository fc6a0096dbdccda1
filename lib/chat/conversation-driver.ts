import "server-only";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { hashConversationToken, newConversationToken } from "@/lib/chat/token";
import { createLocalEngine } from "@/lib/engines/local/engine";
import type { Engine } from "@/lib/engines/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createRetriever } from "@/lib/knowledge/retrieve";
import type { TurnOutcome } from "@/lib/pipeline/turn";
import type { TraceStages } from "@/lib/pipeline/trace";
import { loadPolicySet, type PolicySet } from "@/lib/policy/load";
import { sendMessage } from "./send";
import type { ChatDeps } from "./service";
import type { ChatStreamPart } from "./ui-stream";
import type { ChatStreamData } from "@/lib/views/protocol";
import { readTraceStages } from "@/lib/trace/schema";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";

/**
 * Drives whole conversations through the chat service on a real database, as the chat API does minus HTTP: every
 * message is accepted (validated, screened, stored once), its branch chosen and its turn run by lib/chat/send.ts.
 * Used by the pipeline's integration tests, the seeded history and `npm run simulate`. Test tooling: it reads the
 * trace back with Prisma itself.
 */
export type TurnRun = TurnOutcome & { streamed: string; stages: TraceStages | null };

type DriverOptions = { engine?: Engine; policySet?: PolicySet; now?: () => Date };

export function createConversationDriver(prisma: PrismaClient, options: DriverOptions = {}) {
  const policySet = options.policySet ?? loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));
  const retriever = createRetriever(policySet.articles, policySet.policy, options.now);
  // A simulated customer reads every reply before writing again, in milliseconds: the flood limit for people who type
  // faster than they read (5 messages in 10 s) would stop a long scenario halfway. Everything else is the policy's.
  const { limits } = policySet.policy;
  const sending = {
    ...policySet,
    policy: { ...policySet.policy, limits: { ...limits, burst_messages: Number.MAX_SAFE_INTEGER } },
  };
  const deps: ChatDeps = {
    prisma,
    runtime: {
      policySet: sending,
      engine: options.engine ?? createLocalEngine(),
      retrieve: (query, hints) => retriever.retrieve(query, hints),
    },
    // The store's product names, read fresh: each test and scenario has its own catalog.
    catalog: () => prismaCommerceStore(prisma).productNames(),
    ...(options.now ? { now: options.now } : {}),
  };
  const tokens = new Map<string, string>();

  /** A conversation as the chat API opens one; `id` and `customerId` let the seeded history keep its plan's. */
  async function start(input: { id?: string; customerId?: string } = {}): Promise<string> {
    const token = newConversationToken();
    const conversation = await prisma.conversation.create({
      data: {
        ...(input.id ? { id: input.id } : {}),
        ...(input.customerId ? { customerId: input.customerId } : {}),
        accessTokenHash: hashConversationToken(token),
        messages: { create: { role: "ai", body: policySet.policy.disclosure.greeting } },
      },
      select: { id: true },
    });
    tokens.set(conversation.id, token);
    return conversation.id;
  }

  async function say(conversationId: string, text: string): Promise<TurnRun> {
    const token = tokens.get(conversationId) ?? (await adopt(conversationId));
    const sent = await sendMessage(token, { text, clientMessageId: randomUUID() }, deps);
    const parts: ChatStreamPart[] = [];
    await sent.answer((part) => parts.push(part));
    const streamed = parts.map((part) => (part.type === "text-delta" ? part.delta : "")).join("");
    const data = parts.filter((part): part is ChatStreamData => part.type.startsWith("data-"));
    const reply = data.flatMap((part) => (part.type === "data-reply" ? [part.data] : []))[0] ?? null;
    const status = data.flatMap((part) => (part.type === "data-status" ? [part.data] : []))[0];
    // The AI turn's trace; a conversation a person holds gets a draft for them instead, which is not a turn.
    const aiTurn = sent.duplicate || sent.status === "ai";
    const trace = !aiTurn
      ? null
      : await prisma.turnTrace.findFirst({
          where: { customerMessageId: sent.customerMessage.id },
          select: { id: true, stages: true },
        });
    return {
      reply,
      handoff: status && status.status !== "ai" ? { status: status.status, notice: status.notice ?? null } : null,
      traceId: trace?.id ?? null,
      streamed,
      stages: trace ? (readTraceStages(trace.stages) as TraceStages | null) : null,
    };
  }

  /** A conversation a test made itself: the driver gives it a token, as if its customer held the cookie. */
  async function adopt(conversationId: string): Promise<string> {
    const token = newConversationToken();
    await prisma.conversation.update({
      where: { id: conversationId },
      data: { accessTokenHash: hashConversationToken(token) },
    });
    tokens.set(conversationId, token);
    return token;
  }

  return { policySet, start, say };
}
