import type { ChatTurn, Engine, ReadRequest, Triage, TriageResult } from "@/lib/engines/types";
import type { Intent } from "@/lib/policy/schema";
import { assessComplexity, type Complexity, type Entities, extractEntities } from "@/lib/signals/entities";
import { detectInjection, type InjectionResult } from "@/lib/signals/injection";
import { detectPii, type PiiSpan, redactPii } from "@/lib/signals/pii";
import {
  type ActionRequest,
  type CustomerRequest,
  parseRequests,
  type RequestContext,
  summarizeReason,
} from "./request";
import { detectOffTopicRequest } from "./screen";

/**
 * The first half of every turn, the same for the AI's own turn, the drafts it writes for a person, `npm run
 * analyze` and `simulate`: screen the message (injection signals, off-topic requests, PII), redact it, triage it
 * (intent, sentiment, urgency, language) on the redacted text, pull out entities, and read what the customer asks
 * for as typed requests. Classification always sees what a model would see: the redacted text.
 */
export type UnderstandInput = {
  text: string;
  /** Earlier turns, oldest first, as stored (redacted here before any engine sees them). */
  history: ChatTurn[];
  engine: Engine;
  signal?: AbortSignal;
  /** Product names, for entity extraction. */
  catalog?: readonly string[];
  /** The conversation's intent so far: a message that only identifies the customer continues it. */
  previousIntent?: Intent | null;
  /** A proposal is waiting for the customer's yes or no. */
  pendingProposal?: boolean;
  /** The order the conversation is about, from earlier turns. */
  contextOrderNumber?: string | null;
};

export type Understanding = {
  screen: { injection: InjectionResult; offTopic: { kind: string } | null; pii: PiiSpan[]; chars: number };
  /** The message with PII redacted: all a model or the trace ever sees. */
  modelText: string;
  history: ChatTurn[];
  triage: Triage & { entities: Entities };
  triageResult: Omit<TriageResult, "triage">;
  entities: Entities;
  complexity: Complexity;
  requests: CustomerRequest[];
};

/** How sure a continued intent is: the conversation's context, not the words of this message, decided it. */
const CONTINUATION_CONFIDENCE = 0.8;
const ACTION_INTENTS = new Set<Intent>([
  "order_status",
  "shipping",
  "cancel_order",
  "returns",
  "refund",
  "order_change",
  "account",
]);

export async function understand(input: UnderstandInput): Promise<Understanding> {
  const { text } = input;
  const pii = detectPii(text);
  const modelText = redactPii(text, pii);
  const history = input.history.map((turn) => ({ role: turn.role, text: redactPii(turn.text) }));
  const screen = {
    injection: detectInjection(text),
    offTopic: detectOffTopicRequest(text),
    pii,
    chars: [...text].length,
  };

  const {
    triage: triaged,
    requests: read,
    ...triageResult
  } = await input.engine.triage({ message: modelText, history }, input.signal);
  // Entities come from the customer's own words: the email and order number verify them, and never reach a model.
  const entities = extractEntities(text, input.catalog);
  const context = {
    intent: triaged.intent,
    entities,
    pendingProposal: Boolean(input.pendingProposal),
    contextOrderNumber: input.contextOrderNumber ?? null,
  };
  const parsed = parseRequests(text, context);
  // The parsers are deterministic and measured; a model's reading fills in where they found no action to take.
  const fromModel = parsed.some((r) => r.kind === "action" || r.kind === "confirm")
    ? []
    : fromEngine(read ?? [], text, context);
  const requests = fromModel.some((r) => r.kind === "action") ? fromModel : parsed;
  const previous = input.previousIntent ?? null;
  // A yes or no to a proposal is not a new topic; nor is "ana@example.com NW-100042" after "where is my order?".
  const answering = requests.some((request) => request.kind === "confirm") && previous;
  const intent = answering
    ? previous
    : continuingIntent({ intent: triaged.intent, previousIntent: previous, text, entities }, triaged.confidence);
  const triage = {
    ...triaged,
    entities,
    ...(intent === triaged.intent ? {} : { intent, confidence: Math.max(triaged.confidence, CONTINUATION_CONFIDENCE) }),
  };
  return {
    screen,
    modelText,
    history,
    triage,
    triageResult,
    entities,
    complexity: assessComplexity(text, entities),
    requests,
  };
}

/**
 * "ana@example.com, NW-100042" answers the question the AI asked on the previous turn; it is not a new topic.
 * A short message made mostly of identifiers continues the previous request, or, opening a conversation, asks
 * about that order. A clear request in the same message ("cancel NW-100042, ana@example.com") still wins.
 */
export function continuingIntent(
  input: { intent: Intent; previousIntent: Intent | null; text: string; entities: Entities },
  confidence = 1,
): Intent {
  const hasIdentifiers = input.entities.emails.length > 0 || input.entities.orderNumbers.length > 0;
  if (!hasIdentifiers) return input.intent;
  const words = input.text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, " ")
    .replace(/\b(?:NW[\s-]?)?\d{5,8}\b/gi, " ")
    .replace(/[^\p{L}\s]/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 2);
  if (words.length > 8) return input.intent;
  const asked = ACTION_INTENTS.has(input.intent) && input.intent !== "account";
  const previous = input.previousIntent && ACTION_INTENTS.has(input.previousIntent) ? input.previousIntent : null;
  if (asked && (confidence >= 0.6 || !previous)) return input.intent;
  // Opening a conversation, a clear request of another kind ("live agent please, order NW-100845") stands.
  if (!previous) return confidence >= 0.6 && words.length > 1 ? input.intent : "order_status";
  return previous;
}

/**
 * A model's reading of the message as the pipeline's own requests. Items become words the resolver reads as the
 * customer's ("2 of the Water Bottle for the red one"); an address is kept only when complete; an order number only
 * when the customer wrote one or the conversation is about one. A yes or no counts only while a proposal waits.
 */
function fromEngine(read: ReadRequest[], text: string, context: RequestContext): CustomerRequest[] {
  return read.flatMap((request): CustomerRequest[] => {
    if (request.kind === "confirm")
      return context.pendingProposal && request.answer
        ? [{ kind: "confirm", answer: request.answer, confidence: 0.8 }]
        : [];
    if (request.kind !== "action" || !request.action)
      return [{ kind: request.kind === "chitchat" ? "chitchat" : "question", confidence: 0.75 }];
    const items = request.items ?? [];
    const clause = items
      .map(
        (item) =>
          `${item.quantity && item.quantity > 1 ? `${item.quantity} of the` : "the"} ${item.name}${item.wanted ? ` for the ${Object.values(item.wanted).join(", ")} one` : ""}`,
      )
      .join(" and ");
    const written = context.entities.orderNumbers;
    const orderNumber =
      request.orderNumber && written.includes(request.orderNumber.toUpperCase())
        ? request.orderNumber.toUpperCase()
        : (written[0] ?? context.contextOrderNumber);
    const address = request.address && /^[A-Za-z]{2}$/.test(request.address.country) ? request.address : null;
    const action: ActionRequest = {
      kind: "action",
      action: request.action,
      orderNumber,
      items: items.map((item) => ({
        text: item.name,
        sku: null,
        quantity: item.quantity ?? null,
        ...(item.wanted ? { wanted: item.wanted } : {}),
      })),
      clause: clause || text,
      reason: summarizeReason(text),
      confidence: 0.75,
      ...(address
        ? {
            address: {
              line1: address.line1,
              ...(address.line2 ? { line2: address.line2 } : {}),
              city: address.city,
              ...(address.region ? { region: address.region } : {}),
              postalCode: address.postalCode,
              country: address.country.toUpperCase(),
            },
          }
        : {}),
      ...(request.problem ? { problem: request.problem } : {}),
      ...(request.refundMethod ? { refundMethod: request.refundMethod } : {}),
      ...(request.action === "change_items" ? { changeKind: null } : {}),
    };
    return [action];
  });
}
