/**
 * Writes one conversation of the metrics fixture (test/support/metrics-fixture.ts) with its messages and turn
 * traces, shaped like the pipeline's (lib/pipeline/trace.ts) so the metrics queries read them as real ones.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

/** One AI turn of a fixture conversation: what its trace records. */
export type Trace = {
  score?: number;
  violations?: string[];
  injection?: boolean;
  action?: "answer" | "handoff";
  tool?: string;
  model?: string;
  input?: number;
  output?: number;
};
/** One row of the table in metrics-fixture.ts; times are minutes after `created`. */
export type Conv = {
  key: string;
  customer: string | null;
  intent: string;
  created: Date;
  path: "ai_only" | "ai_then_human" | "human_only" | "abandoned" | null;
  resolvedAfter?: number;
  handoff?: {
    after: number;
    reason: string;
    assessment?: "needed" | "not_needed";
    taken?: number;
    firstReply?: number;
  };
  csat?: number;
  turns: number;
  traces?: Trace[];
};

/** The conversation row, then per trace the customer's message, the AI's reply when it answered, and the trace. */
export async function createConversation(prisma: PrismaClient, conv: Conv, id: string): Promise<void> {
  const resolvedAt = conv.resolvedAfter !== undefined ? minutes(conv.created, conv.resolvedAfter) : null;
  const h = conv.handoff;
  const human = conv.path === "ai_then_human" || conv.path === "human_only";
  await prisma.conversation.create({
    data: {
      id,
      accessTokenHash: `fixture-${id}`,
      status: conv.path ? "resolved" : h ? "waiting_human" : "ai",
      intent: conv.intent,
      customerId: conv.customer ? `fx-cust-${conv.customer}` : null,
      turnCount: conv.turns,
      handoffAt: h ? minutes(conv.created, h.after) : null,
      handoffReason: h?.reason ?? null,
      handoffAssessment: h?.assessment ?? null,
      handoffAssessedById: h?.assessment ? "fx-sup" : null,
      takenAt: h?.taken !== undefined ? minutes(conv.created, h.taken) : null,
      firstHumanReplyAt: h?.firstReply !== undefined ? minutes(conv.created, h.firstReply) : null,
      assigneeId: human ? "fx-agent" : null,
      resolvedAt,
      resolvedBy: conv.path === "ai_only" ? "ai" : conv.path === "abandoned" ? "system" : human ? "fx-agent" : null,
      resolutionPath: conv.path,
      csatScore: conv.csat ?? null,
      lastMessageAt: resolvedAt ?? minutes(conv.created, 10),
      createdAt: conv.created,
    },
  });
  for (const [index, trace] of (conv.traces ?? []).entries()) {
    const time = minutes(conv.created, index + 1);
    const question = await prisma.message.create({
      data: {
        conversationId: id,
        role: "customer",
        body: `${conv.key} customer question ${index + 1}`,
        createdAt: time,
      },
    });
    const answered = (trace.action ?? "answer") === "answer";
    const reply = answered
      ? await prisma.message.create({
          data: { conversationId: id, role: "ai", body: `${conv.key} answer ${index + 1}`, createdAt: time },
        })
      : null;
    await prisma.turnTrace.create({
      data: {
        conversationId: id,
        customerMessageId: question.id,
        replyMessageId: reply?.id ?? null,
        engine: trace.model ? "openai" : "local",
        model: trace.model ?? null,
        policyVersion: "fixture",
        durationMs: 10,
        inputTokens: trace.input ?? 0,
        outputTokens: trace.output ?? 0,
        createdAt: time,
        stages: {
          screen: {
            injection: { flagged: trace.injection ?? false, score: trace.injection ? 0.9 : 0, reasons: [] },
            pii: [],
            chars: 20,
          },
          triage: {
            intent: conv.intent,
            confidence: 0.9,
            sentiment: "neutral",
            urgency: "normal",
            language: "en",
            entities: {},
            complexity: "simple",
            engine: "local",
          },
          route: { mode: "autonomous", action: trace.action ?? "answer" },
          retrieve:
            trace.score === undefined
              ? []
              : [
                  {
                    id: articleFor(conv.intent),
                    title: `Article ${articleFor(conv.intent)}`,
                    version: 1,
                    score: trace.score,
                    stale: false,
                    used: true,
                  },
                ],
          tools: trace.tool
            ? [{ tool: trace.tool, decision: "allowed", executed: true, input: {}, durationMs: 1 }]
            : [],
          validate: {
            ok: !trace.violations?.length,
            violations: (trace.violations ?? []).map((type) => ({ type, detail: "fixture" })),
            replaced: Boolean(trace.violations?.length),
          },
          escalate: { now: false, reason: null, signals: [] },
          handoff: null,
          timings: { total: 10 },
        },
      },
    });
  }
}

function articleFor(intent: string): string {
  return (
    ({ order_status: "order-tracking", shipping: "shipping", refund: "refunds" } as Record<string, string>)[intent] ??
    "contact-support"
  );
}
