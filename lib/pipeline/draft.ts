import "server-only";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import { recordDraftTurn } from "@/lib/db/drafts";
import { eventsCommitted } from "@/lib/db/events";
import type { Prisma } from "@/lib/generated/prisma/client";
import { streamValidatedReply } from "./respond";
import { traceArticles, tracePii } from "./trace";
import type { TurnContext } from "./turn";
import { loadTurnState } from "./turn-state";
import { understand } from "./understand";
import { validateReply } from "./validate";

/**
 * When a person holds a conversation, the AI stays quiet and works for them instead: each customer message is
 * tagged (sentiment, intent) and gets a draft reply, grounded and validated exactly like an answer the AI would
 * send itself. The person sends it as is, edits it, or discards it; nothing here reaches the customer.
 */
type DraftOutcome = { draftId: string | null; traceId: string };

export async function runDraftTurn(ctx: Omit<TurnContext, "sink">): Promise<DraftOutcome> {
  const { prisma, policySet, engine } = ctx;
  const policy = policySet.policy;
  const started = performance.now();
  const state = await loadTurnState(prisma, ctx.conversationId, ctx.customerMessage.id);
  const text = ctx.customerMessage.text;
  const u = await understand({
    text,
    history: state.history,
    engine,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    ...(ctx.catalog ? { catalog: ctx.catalog } : {}),
    previousIntent: state.conversation.intent,
    contextOrderNumber: state.mentionedOrderNumbers.at(-1) ?? null,
  });
  const { triage, entities, modelText, history } = u;
  const triaged = {
    usage: u.triageResult.usage,
    fallbackReason: u.triageResult.fallbackReason,
    engineUsed: u.triageResult.engineUsed,
  };
  const confident = triage.confidence >= policy.escalation.low_confidence;
  const articles = ctx.retrieve(modelText, confident ? { intent: triage.intent } : {});
  const ownOrders = state.customer
    ? await prismaCommerceStore(prisma).listOrderSummaries(state.customer.id, { limit: 100 })
    : [];
  const identifiers = [
    ...(state.customer ? [state.customer.email, ...ownOrders.map((o) => o.number)] : []),
    ...state.mentionedOrderNumbers,
    ...entities.orderNumbers,
  ];

  const result = await streamValidatedReply({
    stream: engine.reply({
      message: modelText,
      history,
      triage,
      articles,
      policy,
      signal: ctx.signal,
      verified: state.conversation.verified,
      audience: "agent",
    }),
    sink: { textStart() {}, textDelta() {}, textEnd() {} },
    textId: `draft-${ctx.customerMessage.id}`,
    startedAt: started,
    // A draft the guardrails stopped is offered only as far as it was safe; the person writes the rest.
    replacement: "",
    check: (sentence) =>
      validateReply(sentence, {
        policy,
        knowledge: articles.map((a) => `${a.title}\n${a.updated}\n${a.body}`),
        actions: [],
        customerIdentifiers: identifiers,
      }),
  });
  const used = Math.min(articles.length, policy.retrieval.max_sources);
  const sources = articles.slice(0, used).map((a) => ({
    id: a.id,
    title: a.title,
    version: a.version,
    stale: a.stale,
    score: Math.round(a.score * 1000) / 1000,
  }));

  const outcome = await recordDraftTurn(prisma, {
    conversationId: ctx.conversationId,
    forMessageId: ctx.customerMessage.id,
    body: result.text,
    sources: sources as Prisma.InputJsonArray,
    triage: { sentiment: triage.sentiment, urgency: triage.urgency, language: triage.language },
    trace: {
      conversationId: ctx.conversationId,
      customerMessageId: ctx.customerMessage.id,
      replyMessageId: null,
      engine: result.meta.engineUsed,
      model: result.meta.engineUsed === engine.name ? engine.model : null,
      policyVersion: policySet.version,
      fallbackReason: [triaged.fallbackReason, result.meta.fallbackReason].filter(Boolean).join("; ") || null,
      durationMs: performance.now() - started,
      usage: {
        inputTokens: triaged.usage.inputTokens + result.usage.inputTokens,
        outputTokens: triaged.usage.outputTokens + result.usage.outputTokens,
      },
      stages: {
        screen: { injection: u.screen.injection, pii: tracePii(u.screen.pii), chars: u.screen.chars },
        triage: {
          ...triage,
          entities: { ...entities, emails: [], phones: [] },
          complexity: u.complexity,
          engine: triaged.engineUsed,
        },
        route: { mode: "human_only", action: "draft" },
        retrieve: traceArticles(articles, used),
        tools: [],
        validate: result.validation,
        escalate: { now: false, reason: null, signals: ["a person holds the conversation"] },
        handoff: null,
        timings: { total: Math.round(performance.now() - started) },
      },
    },
  });
  eventsCommitted(ctx.conversationId);
  return outcome;
}
