import "server-only";
import { insertMessage } from "@/lib/db/conversations";
import { insertDraft } from "@/lib/db/drafts";
import { buildAiTools } from "@/lib/tools/ai-tools";
import { toMessageView } from "@/lib/views/message-view";
import type { EscalationDecision } from "./escalate";
import { proposalView } from "./proposal-view";
import { streamValidatedReply, type TextSink } from "./respond";
import { sendFixedReply, toSources, type Turn } from "./turn-record";
import { actionSummaries } from "./turn-stages";
import { validateReply } from "./validate";
import { validationActions } from "./validate-actions";

/** Code's own sentences are the reply when there are any; otherwise the engine answers, validated as it streams. */
export async function respond(turn: Turn): Promise<EscalationDecision | null> {
  const { ctx } = turn;
  const { policy } = ctx.policySet;
  if (turn.said.length > 0 && turn.mode !== "draft_only") {
    turn.reply = await sendFixedReply(turn, turn.said.join("\n\n"));
    const offer = turn.offered[0];
    if (offer) turn.reply = { ...turn.reply, proposal: proposalView(turn.u.triage.language, offer.expiresAt) };
    return null;
  }
  const draftOnly = turn.mode === "draft_only";
  const sink: TextSink = draftOnly ? { textStart() {}, textDelta() {}, textEnd() {} } : ctx.sink;
  const stream = ctx.engine.reply({
    message: turn.u.modelText,
    history: turn.u.history,
    triage: turn.u.triage,
    articles: turn.articles,
    policy,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    actions: actionSummaries(turn),
    verified: turn.verifiedNow,
    ...(ctx.engine.capabilities?.toolCalling ? { tools: modelTools(turn) } : {}),
  });
  const knowledge = turn.articles.map((a) => `${a.title}\n${a.updated}\n${a.body}`);
  const allowedIds = [
    ...turn.customer.ids,
    ...turn.state.mentionedOrderNumbers,
    ...turn.u.entities.orderNumbers,
    ...turn.u.entities.emails,
  ];
  const result = await streamValidatedReply({
    stream,
    sink,
    textId: `reply-${ctx.customerMessage.id}`,
    startedAt: turn.started,
    replacement: policy.disclosure.no_answer,
    // Read at check time: a model's tool results from earlier steps of this reply ground its later sentences.
    check: (sentence) =>
      validateReply(sentence, {
        policy,
        knowledge,
        actions: validationActions(turn.calls),
        customerIdentifiers: allowedIds,
      }),
  });
  if (result.firstTokenMs !== null) turn.timings.firstToken = Math.round(result.firstTokenMs * 10) / 10;
  turn.usage.inputTokens += result.usage.inputTokens;
  turn.usage.outputTokens += result.usage.outputTokens;
  turn.replyEngine = result.meta.engineUsed;
  turn.replyFallback = result.meta.fallbackReason;
  turn.validation = result.validation;
  turn.usedArticles = Math.min(turn.articles.length, policy.retrieval.max_sources);
  const sources = toSources(turn.articles.slice(0, turn.usedArticles));
  if (draftOnly) {
    turn.routeAction = "draft";
    await insertDraft(ctx.prisma, {
      conversationId: ctx.conversationId,
      forMessageId: ctx.customerMessage.id,
      body: result.text,
      sources,
    });
    // The handoff notice tells the customer a person will reply; the draft waits for that person.
    return {
      now: true,
      reason: "policy_draft_only",
      kind: "hard",
      signals: [`intent ${turn.u.triage.intent} is draft_only`],
    };
  }
  turn.reply = toMessageView(
    await insertMessage(ctx.prisma, { conversationId: ctx.conversationId, role: "ai", body: result.text, sources }),
  );
  // A model that proposed an action this turn: the customer answers it with the same buttons.
  const offer = turn.offered[0];
  if (offer) turn.reply = { ...turn.reply, proposal: proposalView(turn.u.triage.language, offer.expiresAt) };
  return null;
}

/** The model's tools: everything but the identity check, which the pipeline does itself; writes only propose. */
function modelTools(turn: Turn) {
  const { toolCtx } = turn;
  const tools = buildAiTools(
    {
      prisma: toolCtx.prisma,
      policy: toolCtx.policy,
      conversationId: toolCtx.conversationId,
      store: toolCtx.store,
      now: turn.now,
      onProposed: (stored) => turn.offered.push(...stored),
    },
    turn.calls,
  );
  delete tools.verify_identity;
  return tools;
}
