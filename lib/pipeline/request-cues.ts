/**
 * The words that name a request in lib/pipeline/request.ts: yes and no to a proposal, the cues for each kind of action
 * (English, Spanish, French and German), what went wrong with an item, where a refund goes, and the shapes of a
 * general question about policy rather than a request about the customer's own order.
 */
import type { ActionKind, Problem } from "./request";

export const YES =
  /^(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|confirm(?:ed)?|correct|right|go ahead|do it|please do|proceed|that'?s (?:right|correct|fine)|sounds good|perfect|great|s[ií]|claro|vale|de acuerdo|oui|d'accord|ja|jawohl|genau|gerne|einverstanden)(?![\p{L}\p{N}])/iu;
export const NO =
  /^(?:n|no|nope|nah|don'?t|do not|stop|wait|hold on|never ?mind|cancel (?:that|it)|not (?:now|yet|that)|no,? thanks?|non|nein|nicht)(?![\p{L}\p{N}])/iu;
export const CONFIRM_FILLER =
  /\b(please|thanks?|thank you|go|ahead|do|it|that|yes|yeah|ok|okay|sure|confirm|proceed|fine|is|right|correct|sounds|good|great|perfect|the|all|of|them|both|por favor|gracias|merci|danke|bitte|s'il vous plaît|vas-y|mach|das|es)\b/gi;

// Cues for each kind of action, in English, Spanish, French and German. Order matters: the first kind found in a
// clause names it, so the more specific kinds come first.
export const KIND_CUES: Array<[ActionKind, RegExp]> = [
  [
    "resend",
    /\b(?:re-?send|send (?:it|that|this|me)? ?(?:again|over)|(?:didn'?t|did not|never|haven'?t|have not) (?:get|got|gotten|receive|received)[^.?!]{0,30}\b(?:confirmation|receipt|email))\b/i,
  ],
  [
    "update_default_address",
    /\b(?:default|saved|profile|account|billing|home) address\b|\baddress (?:on|in) (?:my )?(?:file|account|profile)\b/i,
  ],
  [
    "change_address",
    /\b(?:address|ship (?:it|them|this|my order) to|send (?:it|them|this|my order) to|deliver (?:it|them|this|my order) to|direcci[oó]n|adresse|lieferadresse)\b/i,
  ],
  ["cancel", /\b(?:cancel\w*|call off|annul\w*|storn\w*|anular|cancelar|annuler)\b/i],
  [
    "change_items",
    /\b(?:exchange\w*|swap\w*|umtausch\w*|tauschen|échanger|echanger|cambiar (?:por|a)|(?:bigger|smaller|larger|different|another|other) (?:size|colou?r|one)|size (?:up|down)|(?:change|switch|modify|update)\b[^.?!]{0,60}\b(?:size|colou?r|items?|variant|option|version|model)|(?:change|switch|modify|update)\b[^.?!]{0,160}\b(?:to|for|into|with) (?:the|a|an)\b[^.?!]{0,80}\bones?|instead of the|(?:get|have|want|prefer|send me)\b[^.?!]{0,60}\binstead)\b/i,
  ],
  ["refund", /\b(?:refund\w*|money back|reimburse\w*|reembols\w*|rembours\w*|erstatt\w*|r[uü]ckerstatt\w*)\b/i],
  [
    "return",
    /\b(?:return\w*|(?:send|ship|give|post|mail) (?:it |them |this |these |those |the \w+ )?back|devolver|devoluci[oó]n|retourner|retour|zur[uü]ck(?:senden|schicken|geben)|r[uü]cksendung)\b/i,
  ],
  [
    "goodwill",
    /\b(?:goodwill|store credit|compensat\w*|make up for|for the (?:trouble|inconvenience|hassle)|voucher|credit(?! card)s?)\b/i,
  ],
];

export const RETURN_CUE = KIND_CUES.find(([kind]) => kind === "return")![1];

export const PROBLEMS: Array<[Problem, RegExp]> = [
  [
    "wrong_item",
    /\b(?:wrong (?:item|product|size|colou?r|one|thing)|not what i ordered|sent (?:me )?the wrong|different (?:item|product) than)\b/i,
  ],
  [
    "missing",
    /\b(?:missing|never (?:arrived|came|got it)|not in the (?:box|package|parcel)|didn'?t (?:arrive|come)|was(?:n'?t| not) (?:in|included))\b/i,
  ],
  [
    "damaged",
    /\b(?:damaged|broken|broke|snapped|bent|smashed|crushed|cracked|torn|ripped|dented|shattered|arrived broken|besch[aä]digt|da[ñn]ado|endommag[ée])\b/i,
  ],
  [
    "defective",
    /\b(?:defective|faulty|leak(?:s|ing|ed)?|doesn'?t work|does not work|stopped working|won'?t (?:turn on|work|charge)|malfunction\w*|defekt|defectuos[oa]|d[ée]fectueu[xs]e?|coming (?:off|apart)|fell apart)\b/i,
  ],
];

// A question about how something works in general, rather than a request about the customer's own order.
export const GENERAL_QUESTION =
  /^(?:how|what|when|which|do you|does|is there|are there|can you tell me|cómo|qué|comment|quel|wie|was|welche)\b[^?]*\b(?:policy|policies|rules?|work|take|long|cost|windows?|options?|allowed|usually|normally|in general)\b|\b(?:return|refund|exchange|cancellation|shipping) (?:policy|window|rules|process)\b/i;
// "Do you offer a bereavement refund?", "Is there a fee for exchanges?": asking whether something exists.
export const ASKS_WHETHER =
  /^(?:do|does) (?:you|your|northwind|the store)\b|^(?:is|are) there\b|^(?:what|how|which|when) (?:is|are|does|do) (?:the|your)\b/i;
export const OWN_OBJECT = /\b(?:my|mine|these|those|this|the|it|them|our|order|nw[\s-]?\d)/i;

export const STORE_CREDIT = /\b(?:store credit|gift ?card|as credit|in credit|account credit)\b/i;
export const ORIGINAL_PAYMENT =
  /\b(?:original (?:payment|method|card)|(?:my|the same) (?:card|credit card|debit card|visa|mastercard|amex|paypal|payment method)|back to (?:my|the) (?:card|paypal|account)|paypal)\b/i;
