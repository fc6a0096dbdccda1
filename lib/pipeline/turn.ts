import "server-only";
import { handOffToHuman } from "@/lib/chat/handoff";
import type { ChatMessageView, ChatSource } from "@/lib/chat/protocol";
import { insertMessage, toMessageView, unsafeRecentHistory } from "@/lib/db/conversations";
import type { Engine, EngineName, RetrievedArticle, Triage, Usage } from "@/lib/engines/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PolicySet } from "@/lib/policy/load";
import { type RouteDecision, routeTurn } from "./route";

/**
 * One AI turn, after the customer's message is stored: triage → route → retrieve → respond → persist, with a
 * trace row recording every stage's result so a supervisor can see why the AI did what it did.
 */
export type TurnSink = {
  textStart(id: string): void;
  textDelta(id: string, delta: string): void;
  textEnd(id: string): void;
};

export type TurnOutcome =
  | { kind: "reply"; message: ChatMessageView; traceId: string }
  | { kind: "handoff"; status: "waiting_human" | "human" | "resolved"; notice: ChatMessageView | null; traceId: string };

/** What a fallback-aware engine (lib/engines/fallback.ts) adds to a reply stream. */
type ReplyMeta = { engineUsed: EngineName; fallbackReason?: string };

export type TurnContext = {
  prisma: PrismaClient;
  policySet: PolicySet;
  engine: Engine;
  retrieve: (query: string) => RetrievedArticle[];
  conversationId: string;
  customerMessage: { id: string; text: string };
  sink: TurnSink;
  signal?: AbortSignal;
};

export async function runAiTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const { prisma, policySet, engine } = ctx;
  const started = performance.now();
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = round(performance.now() - t0);
    }
  };

  const history = await time("history", () => unsafeRecentHistory(prisma, ctx.conversationId));
  // The stored customer message is the last history entry; the engine gets it separately.
  const priorTurns = history.slice(0, -1);

  const triaged = await time("triage", () => engine.triage({ message: ctx.customerMessage.text, history: priorTurns }, ctx.signal));
  const triage = triaged.triage;
  const route = routeTurn(policySet.policy, triage);
  const usage: Usage = { ...triaged.usage };
  const base = { triage, route, policyVersion: policySet.version };

  if (route.action === "handoff") {
    const handoff = await time("handoff", () =>
      handOffToHuman(prisma, { conversationId: ctx.conversationId, reason: route.reason, policy: policySet.policy }),
    );
    const traceId = await saveTrace(ctx, {
      ...base,
      articles: [],
      engineUsed: engine.name,
      replyMessageId: null,
      usage,
      timings: { ...timings, total: round(performance.now() - started) },
    });
    await updateConversationAfterTurn(prisma, ctx.conversationId, triage);
    return { kind: "handoff", status: handoff.status, notice: handoff.notice, traceId };
  }

  const articles = await time("retrieve", () => ctx.retrieve(ctx.customerMessage.text));
  const textId = `reply-${ctx.customerMessage.id}`;
  let text = "";
  const respondStarted = performance.now();
  const stream = engine.reply({ message: ctx.customerMessage.text, history: priorTurns, triage, articles, policy: policySet.policy, signal: ctx.signal });
  ctx.sink.textStart(textId);
  for await (const delta of stream.textStream) {
    if (text === "") timings.firstToken = round(performance.now() - started);
    text += delta;
    ctx.sink.textDelta(textId, delta);
  }
  ctx.sink.textEnd(textId);
  timings.respond = round(performance.now() - respondStarted);
  const replyUsage = await stream.usage;
  usage.inputTokens += replyUsage.inputTokens;
  usage.outputTokens += replyUsage.outputTokens;
  const meta: ReplyMeta = (await (stream as { meta?: Promise<ReplyMeta> }).meta) ?? { engineUsed: engine.name };

  const sources: ChatSource[] = articles.map((article) => ({
    id: article.id,
    title: article.title,
    version: article.version,
    stale: article.stale,
    score: round(article.score, 3),
  }));
  const reply = await insertMessage(prisma, {
    conversationId: ctx.conversationId,
    role: "ai",
    body: text.trim(),
    sources,
  });
  const traceId = await saveTrace(ctx, {
    ...base,
    articles,
    engineUsed: meta.engineUsed,
    fallbackReason: meta.fallbackReason,
    replyMessageId: reply.id,
    usage,
    timings: { ...timings, total: round(performance.now() - started) },
  });
  await updateConversationAfterTurn(prisma, ctx.conversationId, triage);
  return { kind: "reply", message: toMessageView(reply), traceId };
}

async function saveTrace(
  ctx: TurnContext,
  input: {
    triage: Triage;
    route: RouteDecision;
    policyVersion: string;
    articles: RetrievedArticle[];
    engineUsed: EngineName;
    fallbackReason?: string;
    replyMessageId: string | null;
    usage: Usage;
    timings: Record<string, number>;
  },
): Promise<string> {
  const trace = await ctx.prisma.turnTrace.create({
    data: {
      conversationId: ctx.conversationId,
      customerMessageId: ctx.customerMessage.id,
      replyMessageId: input.replyMessageId,
      engine: input.engineUsed,
      model: input.engineUsed === ctx.engine.name ? ctx.engine.model : null,
      policyVersion: input.policyVersion,
      fallbackReason: input.fallbackReason ?? null,
      durationMs: Math.round(input.timings.total ?? 0),
      inputTokens: input.usage.inputTokens,
      outputTokens: input.usage.outputTokens,
      stages: {
        triage: input.triage,
        route: input.route,
        retrieve: input.articles.map((a) => ({ id: a.id, version: a.version, score: round(a.score, 3), stale: a.stale })),
        timings: input.timings,
      },
    },
    select: { id: true },
  });
  return trace.id;
}

function updateConversationAfterTurn(prisma: PrismaClient, conversationId: string, triage: Triage) {
  return prisma.conversation.update({
    where: { id: conversationId },
    data: {
      intent: triage.intent,
      sentiment: triage.sentiment,
      urgency: triage.urgency,
      language: triage.language,
      turnCount: { increment: 1 },
      lastMessageAt: new Date(),
    },
  });
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
