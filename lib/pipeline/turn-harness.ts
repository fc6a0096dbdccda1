import path from "node:path";
import { insertMessage } from "@/lib/db/conversations";
import { createLocalEngine } from "@/lib/engines/local/engine";
import type { Engine } from "@/lib/engines/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadPolicySet, type PolicySet } from "@/lib/policy/load";
import { createRetriever } from "@/lib/knowledge/retrieve";
import { runAiTurn, type TurnOutcome } from "./turn";
import type { TraceStages } from "./trace";

/**
 * Drives whole conversations through the real pipeline on a real database, the way the chat API does, minus
 * HTTP: used by the pipeline's integration tests and by `npm run simulate`.
 */
export type TurnRun = TurnOutcome & { streamed: string; stages: TraceStages | null };

export function createConversationDriver(prisma: PrismaClient, options: { engine?: Engine; policySet?: PolicySet; now?: () => Date } = {}) {
  const policySet = options.policySet ?? loadPolicySet(path.resolve(import.meta.dirname, "../../policies"));
  const retriever = createRetriever(policySet.articles, policySet.policy, options.now);
  const engine = options.engine ?? createLocalEngine();

  async function start(): Promise<string> {
    const conversation = await prisma.conversation.create({
      data: {
        accessTokenHash: `driver-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
        messages: { create: { role: "ai", body: policySet.policy.disclosure.greeting } },
      },
      select: { id: true },
    });
    return conversation.id;
  }

  async function say(conversationId: string, text: string): Promise<TurnRun> {
    const message = await insertMessage(prisma, { conversationId, role: "customer", body: text });
    // The store's product names, read fresh: each test and scenario has its own catalog.
    const catalog = (await prisma.product.findMany({ where: { active: true }, select: { name: true }, distinct: ["name"] })).map((row) => row.name);
    let streamed = "";
    const outcome = await runAiTurn({
      prisma,
      policySet,
      engine,
      retrieve: (query, hints) => retriever.retrieve(query, hints),
      conversationId,
      customerMessage: { id: message.id, text },
      catalog,
      sink: { textStart() {}, textDelta: (_id, delta) => (streamed += delta), textEnd() {} },
      ...(options.now ? { now: options.now } : {}),
    });
    const trace = outcome.traceId
      ? await prisma.turnTrace.findUnique({ where: { id: outcome.traceId }, select: { stages: true } })
      : null;
    return { ...outcome, streamed, stages: (trace?.stages as TraceStages | null) ?? null };
  }

  return { policySet, start, say };
}
