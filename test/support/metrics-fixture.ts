/**
 * A small, hand-checkable history for the metrics tests (lib/metrics/metrics.test.ts has the expected figures,
 * worked out by hand from the table below). Range: June 2026; the clock: 2026-06-30 12:00 UTC, so resolutions
 * before June 23 12:00 have had their 7 days.
 *
 *  key  customer intent        path           created        handoff (reason, assessment)        notes
 *  c1   A        refund        ai_only        Jun 2 10:00     -                                  re-contacted by c2; CSAT 5; 2 priced model turns
 *  c2   A        refund        ai_then_human  Jun 5 09:00     customer_request, needed            repeat of c1; CSAT 4; unpriced model turn
 *  c3   B        order_status  ai_only        Jun 10 10:00    -                                  durable first contact; CSAT 2; 2 violations; weak answer
 *  c4   B        order_status  ai_only        Jun 25 10:00    -                                  resolved < 7 days ago: pending
 *  c5   C        shipping      abandoned      Jun 12 10:00    -                                  3 turns; 1 violation; 2 weak answers
 *  c6   D        complaint     human_only     Jun 15 08:00    policy_human_only, not_needed       2 drafts (sent, heavy edit)
 *  c7   -        technical     open           Jun 28 10:00    low_retrieval_confidence           flagged injection; weak score but handed off
 *  c8   A        other         (not counted)  Jun 20 10:00    -                                  no turn: not a contact
 *  c9   C        shipping      ai_only        May 31 23:00    -                                  before the range
 *  c10  E        billing       ai_then_human  Jun 3 10:00     policy_draft_only, needed           re-contacted by c11; CSAT 1
 *  c11  E        billing       open           Jun 6 10:00     -                                  repeat of c10; weak score but an action carried it
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type Conv, createConversation } from "./metrics-fixture-conversation";

export const FIXTURE_NOW = new Date("2026-06-30T12:00:00.000Z");
export const FIXTURE_RANGE = {
  from: new Date("2026-06-01T00:00:00.000Z"),
  to: new Date("2026-07-01T00:00:00.000Z"),
  now: FIXTURE_NOW,
};

const at = (iso: string) => new Date(`2026-${iso}:00.000Z`);

const CONVERSATIONS: Conv[] = [
  {
    key: "c1",
    customer: "A",
    intent: "refund",
    created: at("06-02T10:00"),
    path: "ai_only",
    resolvedAfter: 10,
    csat: 5,
    turns: 2,
    traces: [
      { model: "gpt-4.1-mini", input: 1000, output: 200, score: 0.8 },
      { model: "gpt-4.1-mini", input: 2000, output: 300, score: 0.9 },
    ],
  },
  {
    key: "c2",
    customer: "A",
    intent: "refund",
    created: at("06-05T09:00"),
    path: "ai_then_human",
    resolvedAfter: 30,
    csat: 4,
    turns: 1,
    handoff: { after: 2, reason: "customer_request", assessment: "needed", taken: 5, firstReply: 7 },
    traces: [{ model: "unknown-model", input: 500, output: 50, action: "handoff" }],
  },
  {
    key: "c3",
    customer: "B",
    intent: "order_status",
    created: at("06-10T10:00"),
    path: "ai_only",
    resolvedAfter: 5,
    csat: 2,
    turns: 1,
    traces: [{ score: 0.2, violations: ["ungrounded_amount", "prohibited_phrase"] }],
  },
  {
    key: "c4",
    customer: "B",
    intent: "order_status",
    created: at("06-25T10:00"),
    path: "ai_only",
    resolvedAfter: 4,
    turns: 1,
    traces: [{ score: 0.4 }],
  },
  {
    key: "c5",
    customer: "C",
    intent: "shipping",
    created: at("06-12T10:00"),
    path: "abandoned",
    resolvedAfter: 24 * 60,
    turns: 3,
    traces: [{ score: 0.1, violations: ["ungrounded_amount"] }, { score: 0.1 }, { score: 0.9 }],
  },
  {
    key: "c6",
    customer: "D",
    intent: "complaint",
    created: at("06-15T08:00"),
    path: "human_only",
    resolvedAfter: 60,
    turns: 1,
    handoff: { after: 0, reason: "policy_human_only", assessment: "not_needed", taken: 20, firstReply: 22 },
    traces: [{ action: "handoff" }],
  },
  {
    key: "c7",
    customer: null,
    intent: "technical",
    created: at("06-28T10:00"),
    path: null,
    turns: 2,
    handoff: { after: 3, reason: "low_retrieval_confidence" },
    traces: [
      { injection: true, score: 0.6 },
      { score: 0.3, action: "handoff" },
    ],
  },
  { key: "c8", customer: "A", intent: "other", created: at("06-20T10:00"), path: null, turns: 0 },
  {
    key: "c9",
    customer: "C",
    intent: "shipping",
    created: at("05-31T23:00"),
    path: "ai_only",
    resolvedAfter: 30,
    turns: 1,
    traces: [{ violations: ["pii_leak"], score: 0.1 }],
  },
  {
    key: "c10",
    customer: "E",
    intent: "billing",
    created: at("06-03T10:00"),
    path: "ai_then_human",
    resolvedAfter: 40,
    csat: 1,
    turns: 1,
    handoff: { after: 5, reason: "policy_draft_only", assessment: "needed", taken: 10, firstReply: 12 },
    traces: [{ action: "handoff" }],
  },
  {
    key: "c11",
    customer: "E",
    intent: "billing",
    created: at("06-06T10:00"),
    path: null,
    turns: 1,
    traces: [{ score: 0.2, tool: "refund" }],
  },
];

export const FIXTURE_IDS = Object.fromEntries(CONVERSATIONS.map((c) => [c.key, `fx-${c.key}`])) as Record<
  string,
  string
>;

export async function seedMetricsFixture(prisma: PrismaClient): Promise<void> {
  await prisma.staffUser.createMany({
    data: [
      { id: "fx-agent", email: "fx-agent@tandem.test", name: "Fixture Agent", passwordHash: "x", role: "agent" },
      { id: "fx-sup", email: "fx-sup@tandem.test", name: "Fixture Supervisor", passwordHash: "x", role: "supervisor" },
    ],
  });
  await prisma.customer.createMany({
    data: ["A", "B", "C", "D", "E"].map((k) => ({
      id: `fx-cust-${k}`,
      email: `${k.toLowerCase()}@example.com`,
      name: `Customer ${k}`,
    })),
  });
  for (const conv of CONVERSATIONS) await createConversation(prisma, conv, FIXTURE_IDS[conv.key]!);
  await createDraftsAndActions(prisma);
  await prisma.qaReview.createMany({
    data: [
      {
        conversationId: FIXTURE_IDS.c2!,
        reviewerId: "fx-sup",
        policyAccuracy: 4,
        tone: 5,
        resolution: 4,
        escalationAppropriate: 5,
      },
      {
        conversationId: FIXTURE_IDS.c6!,
        reviewerId: "fx-sup",
        policyAccuracy: 2,
        tone: 3,
        resolution: 4,
        escalationAppropriate: 1,
      },
      {
        conversationId: FIXTURE_IDS.c9!,
        reviewerId: "fx-sup",
        policyAccuracy: 1,
        tone: 1,
        resolution: 1,
        escalationAppropriate: 1,
      },
    ],
  });
}

async function createDraftsAndActions(prisma: PrismaClient): Promise<void> {
  const body = "x".repeat(100);
  const draft = (key: string, status: "pending" | "sent" | "edited" | "discarded", editDistance: number | null) => ({
    conversationId: FIXTURE_IDS[key]!,
    forMessageId: "fixture",
    body,
    status,
    editDistance,
    decidedById: status === "pending" ? null : "fx-agent",
  });
  await prisma.draft.createMany({
    data: [
      draft("c6", "sent", 0),
      draft("c6", "edited", 40),
      draft("c10", "discarded", null),
      draft("c10", "edited", 5),
      draft("c10", "pending", null),
      draft("c8", "discarded", null),
    ],
  });
  const action = (key: string, status: "pending" | "executed" | "rejected") => ({
    conversationId: FIXTURE_IDS[key]!,
    tool: "refund",
    input: { orderNumber: "NW-100001", amountCents: 20000 },
    reason: "over_cap",
    status,
    decidedById: status === "pending" ? null : "fx-agent",
  });
  await prisma.actionRequest.createMany({
    data: [action("c2", "executed"), action("c10", "rejected"), action("c1", "pending")],
  });
}
