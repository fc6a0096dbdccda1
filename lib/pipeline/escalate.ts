import type { Sentiment, Triage } from "@/lib/engines/types";
import type { SupportPolicy } from "@/lib/policy/schema";
import type { Entities } from "@/lib/signals/entities";

/**
 * The escalation evaluator: when a person should take over, and why. Hard triggers hand over before the AI says
 * anything; soft ones weigh how the conversation is going. Every rule and threshold comes from policy, every
 * decision carries one reason code from this fixed list (the supervisor's escalation metrics group by it).
 */
const HARD_REASONS = [
  "customer_request",
  "legal_language",
  "account_security",
  "enterprise_billing",
  "payment_dispute",
  "policy_human_only",
  "policy_draft_only",
  /** An action the customer confirmed is above the AI's limits: a person approves or rejects it. */
  "approval_required",
] as const;
const SOFT_REASONS = [
  "frustration_trend",
  "turn_limit",
  "low_confidence",
  "low_retrieval_confidence",
  "repeated_tool_denials",
  "verification_locked",
  "unsafe_reply",
  "manipulation_attempts",
  /** The server stopped mid-reply (a crash, a restart) and the message was not answered in time (lib/chat/answer.ts). */
  "reply_interrupted",
] as const;
export const ESCALATION_REASONS = [...HARD_REASONS, ...SOFT_REASONS] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export type EscalationDecision =
  | { now: false; reason: null; signals: string[] }
  | { now: true; reason: EscalationReason; kind: "hard" | "soft"; signals: string[] };

export type EscalationInput = {
  policy: SupportPolicy;
  text: string;
  triage: Triage & { entities: Entities };
  tier: "standard" | "vip" | "enterprise" | null;
  /** Sentiment of the customer's earlier messages in this conversation, oldest first. */
  priorSentiments: Sentiment[];
  /** Customer turns so far, including this one. */
  turnNumber: number;
  /** Best retrieval score of this turn (0..1), or null when retrieval did not run. */
  retrievalScore: number | null;
  toolDenials: number;
  verificationLocked: boolean;
  /** Flagged manipulation attempts in this conversation, including this turn. */
  injectionCount: number;
  replyBlocked: boolean;
  /** A turn the AI refused as manipulation: only the conversation-level limits apply, not this message's signals. */
  manipulationOnly?: boolean;
  /** The check after a reply: the message's own signals were weighed before it; only the reply and actions count. */
  afterReply?: boolean;
  /** Shadow mode: a person answers anyway, so the AI's confidence in this message is no reason to escalate. */
  ignoreConfidence?: boolean;
};

/*
 * Deterministic triggers, checked whatever the classifier says (defence in depth: a person must be reachable even
 * when the intent is misread). English, Spanish, French and German, written for kinds of phrasing, not for words.
 */
const PERSON = String.raw`(?:real |live |actual |human |proper )?(?:human(?: being)?|person|agent|representative|rep|operator|supervisor|manager|someone|somebody|staff(?: member)?|team member|member of (?:your|the) (?:team|staff)|employee|specialist|engineer|customer (?:service|support|care)|support team)\b(?!'s)`;
const HUMAN_REQUEST = new RegExp(
  [
    String.raw`\b(?:talk|speak|chat|deal|work|discuss (?:this|it|that)|sort (?:this|it) out|go (?:over|through) (?:this|it))\s+(?:to|with)\s+(?:an? |the |your |some |one of your )?${PERSON}`,
    String.raw`\b(?:is there|isn'?t there|got) (?:someone|somebody|anyone|anybody|a (?:real )?(?:person|human)) (?:(?:i|we) can|to) (?:actually )?(?:talk|speak|chat)\b`,
    String.raw`\b(?:have|get|ask) (?:an? |the |your |some )?(?:real |live )?(?:human|person|agent|representative|rep|supervisor|manager|someone|somebody)\s+(?:to\s+)?(?:call|contact|email|ring|phone|text|reach out to)\s+(?:me|us)\b`,
    String.raw`\b(?:connect|transfer|put|pass|hand|forward|route|escalate)\s+(?:me|this|it|us)\s+(?:directly\s+|over\s+|straight\s+)?(?:to|with|through to)\s+(?:an? |the |your |our |some |one of your )?(?:account |VIP |billing )?${PERSON}`,
    String.raw`\b(?:get|give|need|want|bring|'d like|would like|prefer)\s+(?:me\s+)?(?:an? |the |your |some )?(?:real |live |actual )?(?:human(?: being)?|person|agent|representative|rep|operator|supervisor|manager)\b(?!'s| to (?:sign|be|collect|pick|receive|accept))`,
    String.raw`\b(?:human|person|live agent|real person|agent|representative|operator|supervisor|manager|customer (?:service|support|care)|support team)[,!.]?\s+(?:please|pls|plz|now|asap)\b|^\W*(?:human|agent|representative|operator|live agent|real person)\W*$|\b(?:person|human),? not (?:an? )?(?:bot|robot|machine|ai)\b`,
    String.raw`\b(?:don'?t|do not) want (?:an? |to (?:talk|chat|speak) (?:to|with) (?:an? )?)?(?:bot|robot|machine|ai|chatbot)\b`,
    String.raw`\b(?:is|are) (?:there )?(?:anyone|anybody|someone|somebody) (?:real|human|alive)\b|\bwho can i (?:talk|speak) to\b`,
    String.raw`\b(?:someone|somebody|anyone|a member of (?:your|the) team|an? (?:agent|person|human|rep)|one of your (?:agents|people|team))\s+(?:(?:from|at|in|on) (?:\w+\s+){1,3})?(?:call|ring|phone|email|contact|text)\s+me\b`,
    String.raw`\bcallback\b|\bcall-back\b|\b(?:call|ring) me back\b|\bphone number (?:i|we) can (?:call|ring)\b|\bon a (?:phone )?call with (?:someone|somebody|a person|an agent)\b`,
    String.raw`\b(?:hablar|comunicarme|conversar|tratar esto)\s+con\s+(?:una persona|un humano|un agente|alguien|un representante|un supervisor|el encargado|el gerente|un asesor)|\batiend[ae]n?\s+(?:una persona|un agente|un humano|alguien)|\b(?:persona|humano|agente)\s+(?:de verdad|real|de carne y hueso)|\bp[aá]same con\b|\bquiero (?:una persona|un humano|un agente)|\balguien (?:real|de verdad)\b|\bcon quien (?:pueda|puedo) hablar\b`,
    String.raw`\bparler\s+(?:à|a|avec)\s+(?:quelqu'un|un humain|une personne|un conseiller|une conseillère|un agent|un responsable|une? vraie? |un être humain)|\bpassez-moi\s+(?:un|une|le|la|quelqu'un)\b|\b(?:un vrai humain|une vraie personne|un être humain)\b|\bmettre en relation avec\b|\b(?:je veux|je voudrais|j'aimerais|il me faut) (?:un humain|une personne|un conseiller|une conseillère|un agent|quelqu'un)\b`,
    String.raw`\b(?:mit\s+)?(?:einem|einer)\s+(?:echten\s+|richtigen\s+)?(?:Menschen|Mitarbeiter(?:in)?|Person|Berater(?:in)?|Kundenberater(?:in)?|Vorgesetzten)\s+(?:sprechen|reden)|\bmit jemandem\b[^.?!]{0,30}\b(?:sprechen|reden|besprechen|klären)|\becht(?:er|en) Mensch(?:en)?\b|\bzurückrufen\b|\bRückruf\b`,
  ].join("|"),
  "gi",
);
// Not requests: "... a person? jk" (taken back), "I don't need to talk to a person", "do I have to speak to someone
// to close it?" (asking whether it is required), "are you AI or a real person?" (asking what the assistant is).
const RETRACTED = /\b(?:jk|j\/k|just kidding|kidding|never ?mind|nvm|scratch that)\b/i;
const NOT_A_REQUEST_BEFORE =
  /\b(?:(?:don'?t|do not|doesn'?t|no need to|never|without|rather not|not necessary to|no)\s+(?:\w+\s+){0,3}|(?:do|does|will|would|should|must) (?:i|we) (?:have|need) to\s+|(?:are you|is this|is that|who is|who's|am i (?:talking|speaking|chatting) (?:to|with))\b[^.?!]{0,25})$/i;

const SECURITY = new RegExp(
  [
    String.raw`\b(?:hack(?:ed|er)?|phishing|compromised|identity theft|account takeover|someone (?:else )?(?:logged|got) into|account (?:was )?(?:compromised|taken over)|stolen (?:card|account|password|identity|credentials|wallet)|wallet (?:was |got )?stolen|unauthori[sz]ed (?:login|access|purchase|order|orders|use))\b`,
    String.raw`\b(?:someone|somebody|a stranger|another person)\s+(?:else\s+)?(?:has\s+|is\s+|had\s+)?(?:used|using|changed|reset|logged in|logged into|accessed|got into|opened|took over|placed (?:an? )?orders? (?:on|with|using)|ordered (?:with|using|on)|bought (?:with|using|on))\b`,
    String.raw`\b(?:someone|somebody|he|she|they|a thief|a stranger|\w+ else|my (?:\w+'s )?(?:kid|son|daughter|ex|roommate|flatmate|partner|husband|wife|friend|brother|sister))\s+(?:has\s+|had\s+|is\s+|was\s+|been\s+|may have\s+|might have\s+)*(?:used|using|misused)\s+my (?:saved |credit |debit )?(?:card|account|login|password|details|identity|name)\b`,
    String.raw`\b(?:orders?|charges?|purchases?|logins?|sign-?ins?|transactions?|payments?|change|card|rewards?|points)\s+(?:(?:on|in|from|to) (?:my|our) (?:account|card|profile)\s+)?(?:that\s+)?(?:i|we)\s+(?:never|didn'?t|did not|haven'?t|have not)\s+(?:place|placed|make|made|authori[sz]ed?|add|added|request|requested|recogni[sz]ed?|use|used|buy|bought|order|ordered)\b`,
    String.raw`\b(?:charge|charged|purchase)\b[^.!?]{0,60}\bi (?:never|didn'?t|did not|haven'?t) (?:order(?:ed)?|buy|bought|purchased?|authori[sz]ed?|ma[dk]e) (?:anything|it|this|that|them)\b(?!\s+twice)`,
    String.raw`\b(?:that|this|it) (?:wasn'?t|was not|isn'?t|is not) me\b|\bnot the one (?:logging|signing|trying)\b|\bdevice i don'?t (?:own|recogni[sz]e)\b|\blog ?in alert|\bsign-?in alert|\b(?:don'?t|do not) recogni[sz]e (?:this|that|an?|the) (?:login|sign-in|device|order|charge|purchase)\b`,
    String.raw`\b(?:email|e-mail|text|sms|message|link|call)\b[^.!?]{0,60}\b(?:asking (?:me )?to (?:log ?in|sign in|verify|confirm|update|enter|click)|is (?:it|this|that) (?:fake|a scam|legit|real|genuine))\b|\b(?:login|log-in|sign-?in|access|activity)\b[^.!?]{0,40}\b(?:i|we) (?:don'?t|do not|didn'?t) recogni[sz]e\b`,
    String.raw`\b(?:pretending|claiming) to be (?:from )?(?:you|your|us|the store|northwind)\b|\bfake (?:\w+ )?(?:email|e-mail|site|website|text|sms|call|link|page)\b|\bsuspicious (?:email|e-mail|text|link|message|sms|call|login|activity)\b|\b(?:email|e-mail|text|message|link|sms) from you (?:legit|real|genuine)\b|\basking (?:me )?for my (?:card|password|pin|login|credentials|bank)`,
    String.raw`\b(?:leak(?:ed)?|breach(?:ed)?|exposed) (?:my |our )?(?:data|information|details|info|credentials|password)\b|\b(?:credentials|password|data) (?:leaked|got leaked|were leaked|was leaked|breach)\b|\b(?:lock|freeze) my account\b`,
    String.raw`\b(?:hackead[oa]|hackearon|pirat(?:ead[oa]|é|ée|és|ées)|suplantación|robo de identidad|usurpation d'identité|hameçonnage|gehackt|Identitätsdiebstahl)(?![\p{L}\p{N}])|\balguien\s+(?:ha\s+)?(?:entr[oó]|entrado|accedi[oó]|accedido|us[oó]|usado|utiliz[oó]|cambi[oó]|cambiado)(?![\p{L}\p{N}])|\b(?:compras|pedidos|cargos)\s+que\s+(?:yo\s+)?no\s+(?:hice|realic[eé]|reconozco|autoric[eé])`,
    String.raw`\b(?:sin mi (?:permiso|autorización|consentimiento)|sans mon (?:autorisation|accord|consentement)|ohne meine (?:Erlaubnis|Zustimmung|Genehmigung))\b|\bquelqu'un a (?:utilisé|accédé|modifié|changé)|\bjemand hat\b[^.!?]{0,50}\b(?:benutzt|verwendet|geändert)\b|\bich war das nicht\b|\bverdächtige (?:E-Mail|Mail|Nachricht|SMS)|\bcorreo (?:sospechoso|falso)|\b(?:e-?mail|courriel|sms) (?:suspect|frauduleux)`,
  ].join("|"),
  "iu",
);
// A charge contested with the bank, in so many words: this outranks a classifier's guess of "security".
const BANK_DISPUTE = new RegExp(
  [
    String.raw`\b(?:disput(?:e|es|ed|ing)|chargeback|charge ?back|bank reversal|reverse the (?:charge|payment))\b`,
    String.raw`\breport(?:ing)? (?:this |the |that |a )?(?:\$?[\d,.]+ )?(?:charge|payment|transaction|debit)\b[^.!?]{0,30}\bto (?:my|the) (?:bank|card issuer|credit card company)\b`,
    String.raw`\b(?:contracargo|disputar|impugnar (?:el|este|ese) (?:cargo|cobro)|rétrofacturation|contester (?:le|la|ce|cette) (?:paiement|prélèvement|débit|transaction)|litige|Rückbuchung|zurückbuchen|Zahlung anfechten)\b`,
  ].join("|"),
  "iu",
);
// Any contested or wrong charge.
const DISPUTE = new RegExp(
  `${BANK_DISPUTE.source}|\\b(?:unauthori[sz]ed (?:charge|payment)|fraud(?:ulent)?|double[- ]charged|charged twice)\\b`,
  "iu",
);
// Enterprise customers' money questions go to a person even when the intent comes out as something else.
const BILLING_LANGUAGE =
  /\b(?:invoices?|billing|billed|bill|statements?|payment terms|net[- ]?\d{2}|credit note|purchase order|PO \d+|refunds?|reimburse\w*|charged?|charges|receipts?|VAT|tax[- ]exempt|factura|facture|Rechnung|reembolso|remboursement|Erstattung|Gutschrift)\b/i;
const BILLING_INTENTS = new Set(["billing", "refund"]);

export function hardTrigger(input: Pick<EscalationInput, "policy" | "text" | "triage" | "tier">): EscalationDecision {
  const { policy, triage, tier } = input;
  const text = input.text.replace(/[’‘`´]/g, "'");
  const escalation = policy.escalation;
  if (triage.intent === "human_request") return hard("customer_request", ["intent human_request"]);
  const asked = explicitHumanRequest(text);
  if (asked) return hard("customer_request", [`asked for a person: "${asked}"`]);
  const legal = findLegalTerm(text, escalation.legal_terms);
  if (legal) return hard("legal_language", [`legal term "${legal}"`]);
  const security = SECURITY.exec(text);
  const disputed = DISPUTE.exec(text);
  const largest = Math.max(0, ...triage.entities.amounts.map((a) => a.cents));
  // No stated amount: a dispute still goes to a person, since the AI cannot see what the bank will do.
  const disputeDue = disputed !== null && (largest === 0 || largest >= escalation.payment_dispute_threshold_cents);
  // The customer's own words about a bank dispute outrank a classifier's guess of "security" that no words support.
  const bankDispute = disputeDue && BANK_DISPUTE.test(text);
  if (security || (triage.intent === "security" && !bankDispute))
    return hard("account_security", [security ? `"${security[0]}"` : "intent security"]);
  if (disputed && disputeDue)
    return hard("payment_dispute", [`"${disputed[0]}"`, largest ? `amount ${largest} cents` : "no amount stated"]);
  if (tier === "enterprise" && escalation.enterprise_billing_to_human) {
    if (BILLING_INTENTS.has(triage.intent))
      return hard("enterprise_billing", [`enterprise tier, intent ${triage.intent}`]);
    const money = BILLING_LANGUAGE.exec(text);
    if (money) return hard("enterprise_billing", [`enterprise tier, "${money[0]}"`]);
  }
  return { now: false, reason: null, signals: [] };
}

function explicitHumanRequest(text: string): string | null {
  for (const match of text.matchAll(HUMAN_REQUEST)) {
    if (NOT_A_REQUEST_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (RETRACTED.test(text.slice(match.index))) continue;
    return match[0].trim();
  }
  return null;
}

/**
 * The first policy legal term in the text. A term the policy writes in lower case that appears capitalised in the
 * middle of a sentence, or before words that follow a name ("at", "was", "said"), is read as a name unless it is
 * aimed at someone: "Sue at your Portland store" and "thanks to Sue" are not lawsuits, "Sue you" and "I'll sue" are.
 */
function findLegalTerm(text: string, terms: readonly string[]): string | null {
  const { pattern, byText } = legalPattern(terms);
  for (const match of text.matchAll(pattern)) {
    const word = match[0];
    const term = byText.get(word.toLowerCase().replace(/\s+/g, " ")) ?? word;
    const after = text.slice(match.index + word.length);
    const capitalised = term === term.toLowerCase() && !/\s/.test(term) && /^\p{Lu}\p{Ll}+$/u.test(word);
    const midSentence = /[^\s.!?]\s*$/.test(text.slice(0, match.index));
    const nameLike =
      capitalised &&
      (midSentence || /^\s*(?:at|from|in|on|was|said|told|helped|who|and|'s|,)(?![\p{L}])/iu.test(after));
    const aimed = /^\s+(?:you|your|y'all|u|them|the|this|that|northwind|everyone|over)\b/i.test(after);
    if (!nameLike || aimed) return term;
  }
  return null;
}

// The policy is loaded once and its term list reused, so each list is compiled once, into one pattern.
const compiledTerms = new WeakMap<readonly string[], { pattern: RegExp; byText: Map<string, string> }>();

function legalPattern(terms: readonly string[]): { pattern: RegExp; byText: Map<string, string> } {
  let compiled = compiledTerms.get(terms);
  if (!compiled) {
    const alternatives = [...terms]
      .sort((a, b) => b.length - a.length)
      .map((term) => escapeRegex(term).replace(/\s+/g, "\\s+"));
    // Letter-aware boundaries, so "Anwältin" and "procès" match as whole words next to accented letters.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    compiled = { pattern, byText: new Map(terms.map((term) => [term.toLowerCase().replace(/\s+/g, " "), term])) };
    compiledTerms.set(terms, compiled);
  }
  return compiled;
}

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function evaluateEscalation(input: EscalationInput): EscalationDecision {
  const pre = hardTrigger(input);
  if (pre.now) return pre;
  const { policy, triage } = input;
  const escalation = policy.escalation;
  const signals: string[] = [];

  if (input.verificationLocked) return soft("verification_locked", ["identity verification attempts used up"]);
  if (input.replyBlocked) return soft("unsafe_reply", ["the reply failed validation"]);
  if (input.injectionCount >= 2) return soft("manipulation_attempts", [`${input.injectionCount} flagged messages`]);
  if (input.afterReply || input.manipulationOnly) {
    if (input.toolDenials >= escalation.max_tool_denials)
      return soft("repeated_tool_denials", [`${input.toolDenials} refused actions`]);
    return { now: false, reason: null, signals };
  }

  const recent = [...input.priorSentiments, triage.sentiment].slice(-escalation.frustrated_turns);
  if (recent.length >= escalation.frustrated_turns && recent.every((s) => s === "frustrated")) {
    return soft("frustration_trend", [`frustrated on the last ${recent.length} messages`]);
  }
  if (input.toolDenials >= escalation.max_tool_denials)
    return soft("repeated_tool_denials", [`${input.toolDenials} refused actions`]);
  if (input.turnNumber > policy.limits.max_turns_before_handoff)
    return soft("turn_limit", [`turn ${input.turnNumber}`]);
  if (input.ignoreConfidence) return { now: false, reason: null, signals };
  if (triage.confidence < escalation.low_confidence && triage.intent !== "other" && triage.intent !== "feedback") {
    signals.push(`intent confidence ${triage.confidence.toFixed(2)}`);
    if (escalation.sensitive_intents.includes(triage.intent)) return soft("low_confidence", signals);
  }
  if (
    input.retrievalScore !== null &&
    input.retrievalScore < escalation.low_retrieval_confidence &&
    escalation.sensitive_intents.includes(triage.intent)
  ) {
    return soft("low_retrieval_confidence", [
      `best article score ${input.retrievalScore.toFixed(2)} on ${triage.intent}`,
    ]);
  }
  if (triage.sentiment === "frustrated") signals.push("frustrated");
  return { now: false, reason: null, signals };
}

function hard(reason: (typeof HARD_REASONS)[number], signals: string[]): EscalationDecision {
  return { now: true, reason, kind: "hard", signals };
}

function soft(reason: (typeof SOFT_REASONS)[number], signals: string[]): EscalationDecision {
  return { now: true, reason, kind: "soft", signals };
}

/** Plain-language labels for the workspace and the dashboard. */
export const ESCALATION_LABELS: Record<EscalationReason, string> = {
  customer_request: "Asked for a person",
  legal_language: "Legal language",
  account_security: "Account security",
  enterprise_billing: "Enterprise billing",
  payment_dispute: "Payment dispute",
  policy_human_only: "Policy: people only",
  policy_draft_only: "Policy: AI drafts, person replies",
  approval_required: "Action waiting for approval",
  frustration_trend: "Frustrated for several turns",
  turn_limit: "Too many turns",
  low_confidence: "AI unsure of the request",
  low_retrieval_confidence: "No policy covers it",
  repeated_tool_denials: "Actions refused repeatedly",
  verification_locked: "Identity check locked",
  unsafe_reply: "AI reply blocked by guardrails",
  manipulation_attempts: "Repeated manipulation attempts",
  reply_interrupted: "Reply interrupted by a server failure",
};
