import "server-only";
import { z } from "zod";
import { prismaCommerceStore } from "@/lib/commerce/prisma-store";
import type { CommerceStore, StorePayment } from "@/lib/commerce/store";
import { findConversationForCase } from "@/lib/db/review";
import { UserFacingError } from "@/lib/errors";
import { caseToScenario, type SavedCase } from "@/lib/eval/cases";
import { parseScenario, type Scenario, type ScenarioExpect, type ScenarioInput } from "@/lib/eval/scenarios";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ESCALATION_REASONS } from "@/lib/pipeline/escalate";
import { detectPii } from "@/lib/signals/pii";

/**
 * A corrected AI answer becomes an evaluation case: the conversation up to that answer as a scenario in the
 * format of evals/scenarios.jsonl (the customer, their orders as they stood when the conversation started, with
 * dates relative to it, and the customer's turns), plus what the supervisor says must or must not happen.
 * `npm run eval -- --cases` replays every saved case through the whole pipeline; the JSONL export
 * (/supervisor/export/eval-cases) gives lines a developer can add to evals/scenarios.jsonl.
 */
export const evalCaseInputSchema = z
  .object({
    conversationId: z.string().min(1).max(64),
    messageId: z.string().min(1).max(64),
    correctedReply: z.string().trim().min(1).max(4000),
    mustInclude: z.array(z.string().trim().min(2).max(200)).max(10),
    mustNotInclude: z.array(z.string().trim().min(2).max(200)).max(10),
    escalation: z.enum(["unchanged", "handoff", "no_handoff"]),
    escalationReason: z.enum(ESCALATION_REASONS).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((v) => v.mustInclude.length + v.mustNotInclude.length > 0 || v.escalation !== "unchanged", {
    message:
      "Say at least one thing the answer must or must not contain, or whether it should hand over: a case that checks nothing cannot fail.",
  })
  .refine((v) => v.escalation !== "handoff" || v.escalationReason !== undefined, {
    message: "Choose the reason the AI should have handed over for.",
  });

export type EvalCaseInput = z.infer<typeof evalCaseInputSchema>;

export type EvalCaseRecord = { source: string; input: Prisma.InputJsonObject; expected: Prisma.InputJsonObject };

export class EvalCaseError extends UserFacingError<"eval_case"> {
  constructor(message: string) {
    super("eval_case", message);
  }
}

const DAY = 86_400_000;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function buildEvalCase(
  prisma: PrismaClient,
  input: EvalCaseInput,
  store: CommerceStore = prismaCommerceStore(prisma),
): Promise<EvalCaseRecord> {
  const conversation = await findConversationForCase(prisma, input.conversationId, input.messageId);
  if (!conversation) throw new EvalCaseError("That conversation no longer exists.");
  const reply = conversation.messages.find((m) => m.id === input.messageId && m.role === "ai");
  const askedId = conversation.traces[0]?.customerMessageId;
  if (!reply || !askedId)
    throw new EvalCaseError("Only an AI answer to a customer's message can become an evaluation case.");
  const customerTurns = conversation.messages.filter((m) => m.role === "customer");
  const turn = customerTurns.findIndex((m) => m.id === askedId) + 1;
  if (turn === 0) throw new EvalCaseError("The customer message this answer replied to is missing.");

  const expect: ScenarioExpect = {};
  if (input.mustInclude.length)
    expect.replyMustMatch = input.mustInclude.map((phrase) => ({ turn, pattern: escapeRegex(phrase) }));
  if (input.mustNotInclude.length) expect.replyMustNotMatch = input.mustNotInclude.map(escapeRegex);
  if (input.escalation === "handoff") expect.escalation = { turn, reason: input.escalationReason! };
  if (input.escalation === "no_handoff") expect.escalation = null;

  const at = conversation.createdAt;
  const question = customerTurns[turn - 1]!.body.replace(/\s+/g, " ");
  const fixture: Omit<ScenarioInput, "expect"> = {
    id: `case-${conversation.id
      .slice(0, 8)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "x")}-t${turn}`,
    title: `From review (${conversation.intent ?? "unknown intent"}): "${question.length > 80 ? `${question.slice(0, 77)}…` : question}"`,
    customer: conversation.customer
      ? {
          name: conversation.customer.name,
          email: conversation.customer.email,
          tier: conversation.customer.tier,
          ...(conversation.customer.phone ? { phone: conversation.customer.phone } : {}),
        }
      : { name: "Anonymous visitor", email: "visitor@example.com", tier: "standard" },
    orders: conversation.customer ? await ordersAsTheyStood(store, conversation.customer.id, at) : [],
    turns: customerTurns.slice(0, turn).map((m) => m.body),
  };
  const parsed = parseScenario({ ...fixture, expect });
  if (!parsed.ok) throw new EvalCaseError(`This conversation cannot be replayed as a case (${parsed.error}).`);
  return {
    source: `conversation:${conversation.id}#${reply.id}`,
    input: JSON.parse(JSON.stringify(fixture)) as Prisma.InputJsonObject,
    expected: JSON.parse(
      JSON.stringify({
        expect,
        correctedReply: input.correctedReply,
        originalReply: reply.body,
        note: input.note ?? null,
        conversationId: conversation.id,
        messageId: reply.id,
        turn,
      }),
    ) as Prisma.InputJsonObject,
  };
}

/**
 * The customer's orders as they stood when the conversation started (an order the AI cancelled in it was still
 * open then), with every date in days before that moment, the fixture format's clock.
 */
async function ordersAsTheyStood(store: CommerceStore, customerId: string, at: Date): Promise<ScenarioInput["orders"]> {
  const orders = await store.listOrdersAsOf({ customerId, at, limit: 8 });
  const ago = (date: Date | null) =>
    date && date <= at ? Math.floor((at.getTime() - date.getTime()) / DAY) : undefined;
  return orders.map((order) => {
    const shipped = ago(order.shippedAt);
    const delivered = shipped === undefined ? undefined : ago(order.deliveredAt);
    const returned = delivered === undefined ? undefined : ago(order.returnedAt);
    const cancelled = ago(order.cancelledAt);
    const status =
      cancelled !== undefined
        ? "cancelled"
        : returned !== undefined
          ? "returned"
          : delivered !== undefined
            ? "delivered"
            : shipped !== undefined
              ? "shipped"
              : order.status === "pending"
                ? "pending"
                : "processing";
    const payment = order.payments[0];
    const refunded = order.refundedCents;
    return {
      number: order.number,
      status,
      placedDaysAgo: ago(order.placedAt) ?? 0,
      ...(shipped !== undefined && status !== "cancelled" ? { shippedDaysAgo: shipped } : {}),
      ...(delivered !== undefined && status !== "cancelled" ? { deliveredDaysAgo: delivered } : {}),
      ...(returned !== undefined && status === "returned" ? { returnedDaysAgo: returned } : {}),
      ...(cancelled !== undefined ? { cancelledDaysAgo: cancelled } : {}),
      shippingCents: order.shippingCents,
      currency: order.currency,
      items: order.items.map((item) => ({
        sku: item.sku,
        name: item.name,
        quantity: item.quantity,
        unitPriceCents: item.unitPriceCents,
      })),
      ...(payment
        ? {
            payment: {
              method: payment.method,
              cardLast4: payment.cardLast4 && /^\d{4}$/.test(payment.cardLast4) ? payment.cardLast4 : null,
              status: paymentStatusThen(payment, refunded),
              refundedCents: refunded,
            },
          }
        : {}),
      ...(order.carrier ? { carrier: order.carrier } : {}),
      ...(order.trackingNumber ? { trackingNumber: order.trackingNumber } : {}),
      ...(order.shippingAddress ? { shippingAddress: order.shippingAddress } : {}),
    };
  });
}

function paymentStatusThen(payment: Pick<StorePayment, "status" | "amountCents">, refunded: number) {
  if (refunded > 0) return refunded >= payment.amountCents ? ("refunded" as const) : ("partially_refunded" as const);
  if (payment.status === "refunded" || payment.status === "partially_refunded") return "captured" as const;
  return payment.status as "authorized" | "captured" | "voided";
}

// ─── Export without contact details ───

/**
 * The saved cases as lines of evals/scenarios.jsonl for /supervisor/export/eval-cases, with every name, email
 * address, phone number and street address replaced by placeholders (pseudonymizeScenario). Inside Tandem the cases
 * keep the real conversation; what leaves it does not.
 */
export function exportCasesAsJsonl(rows: SavedCase[]): string {
  return rows
    .map(caseToScenario)
    .flatMap((parsed) => (parsed.ok ? [JSON.stringify(pseudonymizeScenario(parsed.scenario))] : []))
    .join("\n");
}

const FIRST_NAMES = ["Alex", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Avery"];

/**
 * The same scenario with its people replaced consistently: the customer becomes "Alex Sample" with
 * customer1@example.com wherever their name or email appears (the fixture, the turns, the title, the checks), so the
 * replay still verifies them with the email they type; other customers become customer2@…; any other email or phone
 * number in the text becomes contact1@example.com / 555-0101 (fictional ranges); street lines become "1 Example
 * Street". Order numbers, products, amounts and dates stay: they are what the case tests.
 */
export function pseudonymizeScenario(scenario: Scenario): Scenario {
  const replacements = new Map<string, string>();
  const names: Array<[string, string]> = [];
  let people = 0;
  const person = (who: { name?: string; email?: string; phone?: string }) => {
    people++;
    const first = FIRST_NAMES[(people - 1) % FIRST_NAMES.length]!;
    const last = people === 1 ? "Sample" : `Sample${people}`;
    if (who.email) replacements.set(who.email.toLowerCase(), `customer${people}@example.com`);
    if (who.phone) replacements.set(who.phone, `555-01${String(people).padStart(2, "0")}`);
    addName(who.name, first, last);
  };
  const addName = (name: string | undefined, first: string, last: string) => {
    const parts = (name ?? "")
      .trim()
      .split(/\s+/)
      .filter((part) => part.length >= 2);
    if (!parts.length || names.some(([original]) => original === name!.trim())) return;
    names.push([name!.trim(), `${first} ${last}`]);
    if (parts.length > 1) names.push([parts.at(-1)!, last]);
    names.push([parts[0]!, first]);
  };
  person(scenario.customer);
  for (const other of scenario.otherCustomers ?? []) person(other.customer);
  // Recipients named on shipping addresses are people too.
  const addresses: Array<{ name: string }> = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.line1 === "string" && typeof record.name === "string")
        addresses.push(record as { name: string });
      Object.values(record).forEach(collect);
    }
  };
  collect(scenario);
  for (const address of addresses)
    if (!names.some(([original]) => original === address.name.trim())) person({ name: address.name });

  const others = new Map<string, string>();
  const other = (kind: "email" | "phone", value: string) => {
    const key = `${kind}:${value.toLowerCase()}`;
    if (!others.has(key)) {
      const n = [...others.keys()].filter((k) => k.startsWith(kind)).length + 1;
      others.set(key, kind === "email" ? `contact${n}@example.com` : `555-01${String(50 + n).padStart(2, "0")}`);
    }
    return others.get(key)!;
  };
  // Longest first, so "Ana Ruiz" goes before "Ana". Names match as whole words, emails in any case.
  const nameRules = [...names].sort((a, b) => b[0].length - a[0].length);
  const text = (value: string): string => {
    let out = value;
    for (const [original, placeholder] of replacements) {
      out = out
        .replace(new RegExp(escapeRegex(original), "gi"), placeholder)
        .replace(new RegExp(escapeRegex(escapeRegex(original)), "gi"), escapeRegex(placeholder));
    }
    for (const [original, placeholder] of nameRules)
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(original)}(?![\\p{L}\\p{N}])`, "gu"), placeholder);
    const spans = detectPii(out).filter((span) => span.type === "email" || span.type === "phone");
    for (const span of spans.reverse()) {
      if (/^(customer|contact)\d+@example\.com$/i.test(span.value)) continue;
      out = out.slice(0, span.start) + other(span.type as "email" | "phone", span.value) + out.slice(span.end);
    }
    return out;
  };
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === "string") return key === "line1" ? "1 Example Street" : text(value);
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === "line2") continue;
        // Identifiers and checks on them are not contact details: order numbers, skus, tools, reasons.
        out[k] = [
          "id",
          "sku",
          "number",
          "order",
          "tool",
          "reason",
          "decision",
          "tier",
          "status",
          "currency",
          "country",
          "trackingNumber",
          "carrier",
        ].includes(k)
          ? v
          : walk(v, k);
      }
      return out;
    }
    return value;
  };
  return walk(scenario) as Scenario;
}
