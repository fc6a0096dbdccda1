import type { InjectionSignal } from "./injection";

/**
 * The rules behind lib/signals/injection.ts: small vocabularies (English, Spanish, French, German) and the
 * patterns built from them, each adding weighted evidence for one signal. See injection.ts for how they combine.
 */
// Word boundaries that also hold next to accented letters ("règles", "über"), which \b does not see. A plain class
// (Latin with its accents, Greek, Cyrillic) rather than \p{L}: V8 scans for the first letter of a pattern much faster.
const WORD_CHAR = String.raw`[A-Za-z0-9_\u00B5\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]`;
const B = `(?<!${WORD_CHAR})`;
const E = `(?!${WORD_CHAR})`;
const any = (...alternatives: string[]) => `(?:${alternatives.join("|")})`;

/**
 * Lowercases the literal parts of a pattern (not escapes such as \p{L} or \s). The rules are matched against the
 * lowercased text without the `i` flag: the same matches, about three times faster than /iu on a long message.
 */
export function lowerSource(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c !== "\\") {
      out += c.toLowerCase();
      continue;
    }
    const next = source[i + 1] ?? "";
    if ("pPuk".includes(next) && "{<".includes(source[i + 2] ?? "")) {
      const end = source.indexOf(next === "k" ? ">" : "}", i);
      out += source.slice(i, end + 1);
      i = end;
    } else {
      out += c + next;
      i++;
    }
  }
  return out;
}

/** Patterns matched against the original text, where case carries meaning. */
export const CASED_PATTERNS = new WeakSet<RegExp>();
/** A case-insensitive rule: matched against the lowercased text (see lowerSource). */
const rx = (source: string, flags = "u") => new RegExp(lowerSource(source), flags);
/** Case matters here: made-up persona names are CamelCase or shouted. */
const cased = (source: string) => {
  const pattern = new RegExp(source, "u");
  CASED_PATTERNS.add(pattern);
  return pattern;
};

/** What the assistant runs on: what an override or an extraction goes after. */
const RULES = any(
  String.raw`instructions?|rules?|guidelines?|guidance|directives?|commands|prompts?|programming|constraints?|restrictions?|guardrails?|safeguards?|filters?|polic(?:y|ies)`,
  "instrucciones|reglas|normas|directrices|indicaciones|restricciones|règles|consignes|Anweisungen|Regeln|Richtlinien|Vorgaben|Instruktionen|Einschränkungen",
);
/** Words that make RULES the assistant's own ("your", "all previous"). */
const OWNER = any(
  "your|all|any|every|previous|prior|above|earlier|preceding|initial|original|existing|current|former|system|these|those",
  "tus|tu|sus|su|todas|todos|tes|ta|toutes|tous|vos|votre|deine|deinen|dein|Ihre|Ihren|alle|vorherigen|bisherigen|vorigen|früheren|obigen",
);
/** Adjectives that come after the noun in Spanish and French ("las instrucciones anteriores"). */
const AFTER_OWNER = "above|previous|prior|anteriores|previas|iniciales|précédentes|antérieures|initiales";
/** Rules that belong to a parcel, a product or the customer's own order, not to the assistant. */
const NOT_ASSISTANT = String.raw`delivery|shipping|care|washing|wash|assembly|setup|set-up|return|returns|pitching|installation|cooking|sizing|size|packing|gift|courier|driver|entrega|envío|livraison|lavage|Liefer|Pflege`;
const OVERRIDE = any(
  String.raw`ignore|disregard|forget|override|overrule|bypass|skip|drop|discard|abandon|set aside|pay no attention to|stop following|(?:do not|don'?t) (?:follow|obey|apply)|no longer (?:follow|obey)|break|violate|circumvent|disable|deactivate|turn off|switch off|lift|delete|erase|wipe|unlearn`,
  "ignora|ignore|ignoren|ignorad|ignorar|olvida|olvide|olviden|olvidad|olvidar|olvídate de|olvídese de|omite|omita|sáltate|descarta|desobedece|deja de seguir|no sigas|haz caso omiso (?:a|de)|pasa por alto|desactiva",
  "ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte (?:de|des)|ne tenez pas compte (?:de|des)|fais abstraction (?:de|des)|laisse tomber|contourne|contournez|désactive|désactivez|outrepasse",
  "ignoriere|ignorier|ignorieren|vergiss|vergesst|vergessen|missachte|missachten|überspringe|umgehe|umgehen|deaktiviere|deaktivieren|verwirf|verwerfen",
);
const FILLER = String.raw`(?:\s+(?:all|of|about|everything|in|Sie|du|the|las|los|les|die|todas|toutes|alle|de|des))*`;
/** Asking for text to be shown, repeated or transformed. */
const SHOW = any(
  String.raw`repeat|print|output|reveal|show|display|tell|list|give|share|recite|dump|leak|write out|paste|copy|spell out|quote|disclose|expose|echo|read out|type out|translate|encode|summari[sz]e|paraphrase|what (?:are|were|is|was)`,
  "repite|repíteme|muestra|muéstrame|dime|enséñame|revela|imprime|escribe|traduce|cuál es|cuáles son",
  "répète|répétez|montre|montrez|affiche|affichez|révèle|révélez|dis-moi|dites-moi|donne|donnez|écris|traduis|quelles sont|quel est",
  "wiederhole|wiederholen|zeig|zeige|zeigen|nenne|nennen|gib|verrate|verraten|schreib|schreibe|übersetze|liste|was sind|was ist",
);
const OWN_ADJECTIVE = String.raw`(?:(?:own|exact|full|entire|complete|original|initial|actual|real|current|core|base|internal|hidden|secret|system|developer|operating|confidential)\s+)?`;
// After "show me your instructions" an attack ends the phrase or moves on ("... in full", "... and then"); a
// customer names a topic ("your rules on price matching", "your instructions for the return").
const PHRASE_END = String.raw`(?=\s*(?:$|[.,;:!?)"'»(\[]|(?:and|then|into|as|word|verbatim|exactly|back|please|now|here|so|without|y|et|und|e)${E}|(?:in|to) (?:full|an?|json|code|plain|me|base64|emoji|french|german|spanish|\p{L}+ish)${E}))`;
/** Roles an attacker re-casts the assistant as. */
const ROLE = any(
  String.raw`ai|a\.i\.|bot|chatbot|assistant|language model|llm|gpt|persona|character|pirate|grandma|grandmother|granny|villain|hacker|terminal|god|manager|admin|administrator|developer|robot|version|entity|rebel`,
  "asistente|pirata|personaje|abuela|IA|personnage|grand-mère|mamie|Assistent|KI|Figur|Pirat|Roboter|Oma|Großmutter",
);
const PERSONA_NAME = String.raw`\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{3,}`;
const MODE = any(
  String.raw`(?:developer|dev|debug(?:ging)?|admin|administrator|maintenance|god|sudo|root|super ?user|test(?:ing)?|diagnostic|unrestricted|unfiltered|uncensored|jailbreak|jailbroken|DAN|opposite|evil|chaos) mode`,
  String.raw`modo (?:desarrollador|administrador|admin|depuración|mantenimiento|dios|sin restricciones|DAN)`,
  String.raw`mode (?:développeur|administrateur|admin|débogage|maintenance|dieu|sans restrictions?|DAN)`,
  String.raw`(?:Entwickler|Admin|Administrator|Debug|Wartungs|Gott)-?modus`,
);
const ACTIVATE = any(
  String.raw`enable|activate|enter|engage|unlock|turn on|switch (?:on|to|into)|go into|boot into|put (?:yourself )?(?:in|into)|you(?:'re| are) (?:now )?in|(?:this|the) (?:chat|conversation|session|bot|assistant|system) is (?:now )?in`,
  "activa|activar|entra en|cambia a|pasa a|active|activez|passe en|passez en|entre en|aktiviere|aktivieren|wechsle in|wechseln Sie in",
);
/** Who a customer claims to be when borrowing authority. The second list is also what customers are of their own accounts. */
const STAFF_STRONG = String.raw`(?:employee|staff member|developer|engineer|programmer|creator|moderator|tester|support lead)s?`;
const STAFF_ANY = String.raw`${STAFF_STRONG}|staff|owner|admin|administrator|operator|supervisor|manager`;
/** The checks a bypass goes after; "verification code" is the customer's own code and not a check being skipped. */
const CHECKS = String.raw`(?:(?:identity|id|security|fraud|2fa|two[- ]factor|kyc|payment|account)\s+)?(?:checks?|verification|authentication|validation|verificación|validación|autenticación|vérification|authentification|Verifizierung|Überprüfung|Identitätsprüfung|Authentifizierung)${E}(?!\s+(?:code|email|e-mail|link|text|sms|message|mail|number|page|screen|código|Code))`;

export type Rule = { signal: InjectionSignal; weight: number; pattern: RegExp; unless?: RegExp };

const OVERRIDES: Rule[] = [
  {
    signal: "instruction_override",
    weight: 0.75,
    pattern: rx(
      String.raw`${B}${OVERRIDE}${E}${FILLER}\s+${OWNER}${E}(?:\s+(?!(?:${NOT_ASSISTANT})${E})[\p{L}-]+){0,2}?\s+${RULES}${E}(?!\s+(?:I|we)\s+(?:gave|left|sent|wrote|added|put|typed|made)${E})` +
        String.raw`|${B}${OVERRIDE}${E}${FILLER}\s+${RULES}\s+(?:${AFTER_OWNER})${E}`,
    ),
  },
  {
    signal: "instruction_override",
    weight: 0.7,
    pattern: rx(
      String.raw`${B}${OVERRIDE}\s+(?:the\s+|all\s+)?${RULES}\s+(?:you (?:were|have been) given|so far|until now|hasta ahora|jusqu'ici|bisher)${E}` +
        String.raw`|${B}${OVERRIDE}\s+(?:everything|anything|all|what)\s+(?:that\s+)?you(?:'ve| have)?\s+(?:were\s+|been\s+)?(?:told|taught|instructed|programmed|trained)${E}` +
        String.raw`|${B}${OVERRIDE}\s+(?:alles|todo|tout)${E}[^.!?\n]{0,25}?${B}(?:gesagt|beigebracht|dijeron|dicho|enseñado|enseñaron|dit|appris)${E}` +
        String.raw`|${B}${OVERRIDE}\s+(?:all\s+|everything\s+)?(?:the\s+)?(?:above|foregoing)(?=\s*(?:$|[.,;:!]|and${E}|then${E}))` +
        String.raw`|${B}let'?s break (?:the|all|some) rules${E}`,
    ),
  },
  {
    signal: "instruction_override",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:your|all|previous|prior|tus|tes|vos|deine|Ihre)\s+(?:[\p{L}-]+\s+){0,2}?${RULES}\s+(?:are|is|have been|were|son|sont|sind)\s+(?:now\s+|ahora\s+|maintenant\s+|jetzt\s+)?(?:void|null|cancel+ed|revoked|lifted|suspended|overridden|replaced|deleted|disabled|invalid|obsolete|no longer (?:valid|active|in effect)|anuladas|annulées|ungültig|aufgehoben)${E}` +
        String.raw`|${B}your (?:real|actual|true|new) (?:instructions|rules|task|job|purpose|orders) (?:is|are)${E}` +
        String.raw`|${B}your (?:instructions|rules|guidelines|programming|directives|prompt) (?:have|has) (?:now )?been (?:updated|changed|replaced|modified|overridden|revised|rewritten)${E}` +
        String.raw`|${B}your (?:new |real |actual |true )?(?:role|task|purpose|identity|persona)\s*:|${B}your new (?:role|job|task|purpose|identity|persona)${E}` +
        String.raw`|${B}(?:new|updated|nuevas|nouvelles|neue)\s+(?:instructions?|rules?|directives?|prompt|instrucciones|reglas|règles|consignes|Anweisungen|Regeln)(?:\s+for you)?\s*[:\-–]`,
    ),
  },
  {
    signal: "instruction_override",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:from now on|from (?:this|that) (?:moment|point) on|going forward|henceforth|for the rest of (?:this|our) (?:chat|conversation)),?\s+(?:you(?:'ll|'re)?\s+(?:(?:will|shall|must|are going to|going to)\s+)?(?:are|be|act|behave|pretend|ignore|obey|comply|have no|no longer)|your (?:answers?|responses?|replies|outputs?|role|purpose|job)\s+(?:is|are|will|must|should))${E}` +
        String.raw`|${B}(?:a partir de ahora|desde ahora|de ahora en adelante),?\s+(?:eres|serás|vas a ser|actúa|debes ignorar)${E}` +
        String.raw`|${B}(?:à partir de maintenant|désormais|dorénavant),?\s+(?:tu es|tu seras|vous êtes|agis)${E}` +
        String.raw`|${B}(?:ab jetzt|von nun an|ab sofort),?\s+(?:bist du|sind Sie|verhältst du dich)${E}`,
    ),
  },
  // "From now on you will answer ..." is also how a customer asks for Spanish replies: weak alone.
  { signal: "instruction_override", weight: 0.4, pattern: rx(String.raw`${B}from now on,?\s+you(?:'ll)?\s+(?:(?:will|shall|must|are going to)\s+)?(?:only\s+)?(?:respond|answer|reply|speak|talk)${E}`) },
  {
    signal: "instruction_override",
    weight: 0.55,
    pattern: rx(String.raw`${B}(?:pretend|imagine|act as if|assume)\s+(?:that\s+)?[^.!?\n]{0,30}?${B}(?:polic(?:y|ies)|rules?|limits?|restrictions?|cap|window)\s+(?:doesn'?t|don'?t|does not|do not|no longer)\s+(?:exist|apply|matter|count)${E}`),
  },
  { signal: "instruction_override", weight: 0.55, pattern: rx(String.raw`${B}you (?:must|will|shall|have to) (?:now )?(?:obey|comply with|follow|do) (?:me|all of (?:my|the following)|my (?:orders|commands)|whatever I|exactly what I|everything I)${E}|${B}obey all (?:of )?the following${E}`) },
  // Steering the reply: "start your answer with 'Sure, here is'", "complete this sentence: 'I was instructed to'".
  {
    signal: "instruction_override",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:start|begin|prefix|preface|end|finish|open|conclude)\s+(?:each|every|all)\s*(?:response|reply|answer|message|output|paragraph)s?\s+(?:with|by saying)${E}` +
        String.raw`|${B}(?:respond|reply|answer)\s+to\s+(?:every|each|all|any)\s+(?:message|question|prompt|request)s?\s+(?:with|by)${E}` +
        String.raw`|${B}(?:reply|respond|answer)(?:ing)?\s+(?:only\s+)?(?:(?:starting|beginning)\s+)?with\s*["'“«]` +
        String.raw`|${B}(?:say|respond|reply|answer)(?: only)?(?: with)? ["'“]?yes["'”]? to (?:everything|anything|whatever|all)${E}` +
        String.raw`|${B}(?:complete|continue|finish)\s+(?:this|the following|the)\s*(?:sentence|text|phrase|string|line)?\s*:`,
    ),
  },
  // Steering one reply ("begin your response with ...") is also how writing requests are phrased: weak alone.
  { signal: "instruction_override", weight: 0.4, pattern: rx(String.raw`${B}(?:start|begin|prefix|preface|end|finish|open|conclude)\s+(?:your|the|a new|your next|the next)?\s*(?:response|reply|answer|message|output|paragraph)s?\s+(?:with|by saying)${E}`) },
  // ... but steering it into a compliant opening ("Start with: 'Sure, here are instructions ...'") is the prefix attack.
  { signal: "instruction_override", weight: 0.55, pattern: rx(String.raw`${B}(?:start|begin|open|prefix|preface)(?:ing)?${E}[^.!?\n]{0,40}?${B}with\s*:?\s*["'“«]\s*(?:sure|certainly|absolutely|of course|yes|okay|ok)[,!.]?\s+(?:here(?:'s| is| are)|i (?:can|will|'ll)|i'd be happy)${E}`) },
  // Reprogramming claimed by the model's maker: "I am a programmer at OpenAI ... modifying your programming".
  {
    signal: "instruction_override",
    weight: 0.45,
    pattern: rx(String.raw`${B}(?:re-?program(?:ming|med)?|re-?train(?:ing)?|modify(?:ing)?|updat(?:e|ing)|rewrit(?:e|ing)|patch(?:ing)?|chang(?:e|ing)) (?:you|your (?:programming|code|instructions|rules|guidelines|behaviou?r|settings|configuration|weights))${E}`),
    unless: rx(String.raw`(?:update|change|modify)(?:ing)? your (?:settings|configuration) (?:page|in the app|on the site)`),
  },
  { signal: "policy_bypass", weight: 0.35, pattern: rx(String.raw`${B}(?:i'?m|i am|we are|we're)\s+(?:an? |the |one of the )?(?:programmer|developer|engineer|employee|researcher|creator|founder|staff member)s?\s+(?:at|from|of|with|for)\s+(?:openai|anthropic|google|microsoft|meta|the company (?:that|who) (?:made|built|created|trained) you)${E}`) },
  // Asking the assistant itself to insult: what a brand must never be talked into (the DPD lesson).
  { signal: "jailbreak_persona", weight: 0.5, pattern: rx(String.raw`${B}(?:respond|reply|answer|talk|speak|write|act)(?:ing)?${E}[^.!?\n]{0,25}${B}(?:an?|highly|extremely|very|really|super|the most|as) (?:offensive|rude|insulting|vulgar|profane|toxic|aggressive|mean|disrespectful|hostile|abusive)${E}\s+(?:tone|manner|way|language|voice|style)${E}`) },
  { signal: "instruction_override", weight: 0.45, pattern: rx(String.raw`${B}(?:if you (?:understand|agree|accept)|to confirm|confirm (?:this )?by)[^.!?\n]{0,20}(?:say|saying|reply|replying|respond|answer|type|write)${E}|${B}(?:starting|beginning) with\s*["'“«]`) },
];

const ROLE_PLAY: Rule[] = [
  // A fictional frame ("imagine you are a historian", "take on the role of", "pretend to be") is how creative requests
  // are written too: weak alone, decisive with a persona that outlasts the message, negated rules or a demand.
  {
    signal: "role_play",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}imagine (?:that )?you(?:'re| are) (?:an? |the )?(?:[\p{L}-]+ )?${ROLE}${E}` +
        String.raw`|${B}(?:pretend (?:to be|you(?:'re| are)|that you(?:'re| are))|act as if you (?:are|were)|(?:roleplay|role-play|role play) as|(?:play|take on|assume|adopt) the (?:role|part|persona|character) of)${E}`,
    ),
  },
  {
    signal: "role_play",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:you(?:'re| are)|u r) (?:now|henceforth) (?:an? |the |my |called |named |known as )?(?:[\p{L}-]+'s )?(?:[\p{L}-]+ )?${ROLE}${E}` +
        String.raw`|${B}you(?:'re| are) (?:an? |the )?(?:[\p{L}-]+ ){0,2}?${ROLE} now${E}` +
        String.raw`|${B}(?:ahora eres|eres ahora|(?:tu es|vous êtes) (?:maintenant|désormais|dorénavant)|du bist (?:jetzt|nun|ab jetzt|ab sofort)) (?:un |una |el |la |le |ein |eine |der |die )?(?:[\p{L}-]+ )?${ROLE}${E}` +
        String.raw`|${B}you(?:'re| are) (?:now )?(?:an? |the )?(?:rogue|evil|unrestricted|unfiltered|uncensored|jailbroken|amoral|rebel|unchained|free)\s+(?:[\p{L}-]+\s+){0,2}?(?:ai|bot|chatbot|assistant|model|version)${E}`,
    ),
  },
  { signal: "role_play", weight: 0.55, pattern: cased(String.raw`${B}[Yy]ou(?:'re| are) (?:now |henceforth )(?:called |named |known as )?(?:${PERSONA_NAME})${E}|${B}[Yy]ou(?:'re| are) (?:${PERSONA_NAME}) now${E}`) },
  {
    signal: "role_play",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:I want you to (?:act|pretend|role-?play|become|simulate|respond as|answer as|take on|assume|adopt|embody|personify|impersonate)|(?:roleplay|role-play|role play) as (?:an? |the )?(?:store|shop|company|bot|assistant|ai|manager|owner|admin|supervisor|developer|employee)|simulate being|immerse yourself (?:in|into) the role)${E}` +
        String.raw`|${B}(?:finge (?:que eres|ser)|haz como si fueras|simula (?:que eres|ser)|fais semblant d'être|faites semblant d'être|fais comme si tu étais|joue le rôle d|tu so,? als (?:ob du|wärst du)|spiel die Rolle|gib vor,? (?:ein|eine))`,
    ),
  },
  {
    signal: "role_play",
    weight: 0.5,
    pattern: rx(String.raw`${B}(?:act|behave|respond|answer|reply|speak|talk|actúa|agis|verhalte dich) (?:as|like|como|comme|wie) (?:an? |the |my |un |una |une |ein |eine )?(?:[\p{L}-]+ )?(?:ai|bot|chatbot|chatgpt|assistant|asistente|language model|gpt|character|persona|pirate|pirata|grandma|grandmother|abuela|grand-mère|Oma|villain|hacker|terminal|DAN|jailbroken|unfiltered|uncensored)${E}`),
  },
  {
    signal: "role_play",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}you(?:'ll| will) (?:now )?(?:simulate|emulate|impersonate|act as|pretend|roleplay|role-play|play the role|become|respond as|answer as)${E}` +
        String.raw`|${B}(?:simulate|emulate|impersonate) (?:an? |the )?(?:[\p{L}-]+ ){0,2}(?:chatbot|bot|ai|assistant|character|persona|model)${E}` +
        String.raw`|${B}(?:reply|respond|answer|write|talk|act|behave)${E}[^.!?\n]{0,30}${B}as if you (?:were|are)${E}`,
    ),
  },
  { signal: "role_play", weight: 0.35, pattern: rx(String.raw`${B}(?:answer|respond|reply|speak|talk|write)(?: only)? (?:in|like) (?:an? )?(?:pirate|shakespeare|yoda|uwu|cowboy|drunk)${E}|${B}stop being (?:an? |the )?(?:[\p{L}-]+ ){0,2}(?:bot|assistant|ai|chatbot)${E}`) },
  { signal: "role_play", weight: 0.35, pattern: rx(String.raw`${B}(?:switch|swap|reverse|trade) (?:roles|places)${E}|${B}in this hypothetical${E}|${B}let'?s play a game${E}|${B}let'?s (?:pretend|roleplay|role-play|role play)${E}`) },
];

const JAILBREAKS: Rule[] = [
  {
    signal: "jailbreak_persona",
    weight: 0.85,
    pattern: rx(String.raw`${B}(?:do anything now|unfiltered mode|evil (?:confidant|mode)|anti-?dan|dan mode|developer mode (?:enabled|activated|output)|successfully jailbroken)${E}`),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.7,
    pattern: rx(String.raw`${B}jailbr(?:eak|oken)${E}`),
    unless: rx(String.raw`jailbr(?:eak|oken)\s+(?:my |an? |the )?(?:phone|iphone|ipad|device|android|console|watch)|(?:phone|iphone|ipad|device|android|console|watch)\s+(?:is |was )?jailbr`),
  },
  // The persona names are shouted in the templates; matching case keeps a customer called Dan or Stan safe.
  { signal: "jailbreak_persona", weight: 0.7, pattern: cased(String.raw`\b(?:[Yy]ou(?:'re| are)(?: now)?|[Aa]s|[Aa]ct as|[Cc]alled|[Nn]amed|[Bb]ecome|[Bb]e)\s+(?:DAN|STAN|DUDE|AIM|BetterDAN)\b|\b(?:DAN|STAN),`) },
  { signal: "jailbreak_persona", weight: 0.45, pattern: cased(String.raw`\b(?:DAN|STAN|BetterDAN|AIM)\b`) },
  {
    signal: "jailbreak_persona",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:not bound by|free(?:d)? from|broken free (?:of|from)|released from|unbound by|no longer (?:bound|restricted|limited) by) (?:any |all |the )?(?:typical |usual )?(?:ethical |moral |legal |openai |content |safety |ai )?(?:constraints|guidelines|rules|polic(?:y|ies)|restrictions|confines|limitations|boundaries)${E}` +
        String.raw`|${B}(?:ai|bot|assistant|model|chatbot|you|yourself) (?:with|that has|who has|having|without) (?:no|any|zero) (?:ethical |moral |content |safety )?(?:rules|restrictions|limits|limitations|filters?|guidelines|morals|ethics|boundaries|censorship|polic(?:y|ies))${E}` +
        String.raw`|${B}you are no longer (?:an? )?(?:ai|bot|assistant|chatbot|language model|bound|restricted|limited|customer service)${E}` +
        String.raw`|${B}you (?:have|now have|got) no (?:more )?(?:restrictions|limits|limitations|rules|filters|guidelines|boundaries)${E}` +
        String.raw`|${B}you (?:must|will|have to|shall) (?:answer|respond to|reply to|comply with|do) (?:everything|anything|every (?:question|request)|all (?:questions|requests))${E}` +
        String.raw`|${B}(?:sin|sans|ohne) (?:ninguna |aucune |jegliche )?(?:restricciones|reglas|filtros|límites|restrictions|règles|filtres|limites|Regeln|Einschränkungen|Filter|Grenzen)${E}`,
    ),
  },
  { signal: "jailbreak_persona", weight: 0.45, pattern: rx(String.raw`${B}(?:openai|usage|content) polic(?:y|ies)${E}|${B}(?:uncensored|unfiltered|unrestricted|amoral)${E}|${B}evil (?:twin|version|side|alter ego)${E}`) },
  { signal: "jailbreak_persona", weight: 0.45, pattern: rx(String.raw`${B}(?:never|cannot|can'?t|won'?t|will not|do not|don'?t|must not|mustn'?t) (?:ever )?(?:refuse|decline|say no|apologi[sz]e|add (?:any )?(?:warnings?|disclaimers?))${E}|${B}never refuses?${E}`) },
  { signal: "jailbreak_persona", weight: 0.35, pattern: rx(String.raw`${B}(?:with (?:no|zero) (?:filters?|restrictions|limits|limitations|censorship|rules|guidelines)|without (?:the |your |any )?(?:store |usual |normal )?(?:filters|restrictions|limits|limitations|censorship|rules|guidelines))${E}|${B}(?:answer|respond|reply) (?:to )?(?:every|each|all) (?:question|message|prompt)s? (?:in two ways|twice)${E}`) },
  {
    signal: "jailbreak_persona",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}(?:no|without(?: any)?) (?:ethical|moral) (?:guidelines|rules|restrictions|constraints|boundaries|principles|considerations|limits)${E}` +
        String.raw`|${B}as an? (?:unrestricted|unfiltered|uncensored|jailbroken|evil|amoral|rogue|unchained) (?:ai|bot|chatbot|assistant|version|model)${E}`,
    ),
  },
  { signal: "jailbreak_persona", weight: 0.4, pattern: rx(String.raw`\[(?:🔓|🔒|JAILBREAK|CLASSIC)|🔓|${B}(?:lose|deduct(?:ed)?|gain|have) \d+ tokens${E}`) },
  { signal: "jailbreak_persona", weight: 0.25, pattern: rx(String.raw`${B}(?:chatgpt|openai|gpt-?[345]|anthropic|language model)${E}|${B}(?:two|2|both) (?:different |separate )?(?:responses|answers|replies|outputs|paragraphs)${E}`) },
];

const EXTRACTION: Rule[] = [
  {
    signal: "prompt_extraction",
    weight: 0.75,
    pattern: rx(
      String.raw`${B}system[\s_-]?prompt|${B}(?:hidden|secret|system) (?:preamble|pre-?prompt|context)${E}|${B}(?:precedes|preceded|came before) (?:our|this|the) (?:chat|conversation)${E}|${B}(?:hidden|secret|confidential|initial|original|starting|pre|meta|base|developer)[\s_-]?prompt${E}|${B}(?:hidden|secret|confidential|initial|system)[\s_-]?(?:instructions|rules|guidelines|directives)${E}|${B}initiali[sz]ation (?:string|prompt|text|message|instructions)${E}` +
        String.raw`|${B}prompt (?:de|del) sistema${E}|${B}prompt (?:du )?système${E}|${B}instrucciones (?:ocultas|secretas|del sistema|iniciales)${E}|${B}instructions (?:cachées|secrètes|système|du système|initiales)${E}|${B}(?:System|versteckten?|geheimen?|ursprünglichen?)[\s-]?(?:prompt|anweisungen)${E}`,
    ),
  },
  { signal: "prompt_extraction", weight: 0.65, pattern: rx(String.raw`${B}${SHOW}${E}[^.!?\n]{0,40}?${B}(?:your|tus|tes|vos|deine|Ihre|sus)\s+${OWN_ADJECTIVE}(?:instructions|prompt|programming|directives|configuration|config|instrucciones|consignes|Anweisungen)${E}${PHRASE_END}`) },
  { signal: "prompt_extraction", weight: 0.45, pattern: rx(String.raw`${B}${SHOW}${E}[^.!?\n]{0,40}?${B}(?:your|tus|tes|vos|deine|Ihre|sus)\s+${OWN_ADJECTIVE}(?:rules|guidelines|reglas|normas|règles|Regeln|Richtlinien)${E}${PHRASE_END}`) },
  { signal: "prompt_extraction", weight: 0.65, pattern: rx(String.raw`${B}${SHOW}${E}[^.!?\n]{0,40}?${B}(?:your|the)\s+(?:system|initial|starting|first)\s+(?:message|instructions|configuration|config|setup|settings)${E}`) },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:instructions?|rules?|guidelines?|prompt|text|words|directives|configuration|setup|preamble)\s+(?:that\s+)?(?:you(?:'ve| have)?\s+(?:were\s+|been\s+)?(?:given|told|programmed(?: with)?|trained (?:on|with)|fed|provided|deployed with|configured with|set up with|initiali[sz]ed with)|(?:were\s+)?given to you|you (?:were|have been) (?:given|told)|you received (?:at|before|initially)|you(?:'re| are) (?:running|operating) (?:on|under)|you (?:run|operate) (?:on|under)|you (?:follow|obey|must follow|are following))${E}` +
        String.raw`|${B}(?:instructions|rules|guidelines|prompt|directives)\s+(?:were|have)\s+you\s+(?:been\s+)?(?:given|told|programmed|trained)${E}`,
    ),
  },
  { signal: "prompt_extraction", weight: 0.55, pattern: rx(String.raw`${B}what (?:were|are|have) you (?:been )?(?:told|instructed|programmed|trained) (?:to|not to|before|at|initially|by)${E}|${B}what you (?:were|have been|'ve been) (?:told|instructed|programmed|trained) (?:to (?:do|say)|not to|before|at|initially|by)${E}|${B}you(?:'re| are)? not (?:allowed|supposed|permitted|meant) to (?:tell|say|reveal|share|discuss|disclose|talk about|mention)${E}`) },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(String.raw`${B}(?:repeat|print|output|copy|show|display|translate|summari[sz]e|paste|write out|rewrite)${E}[^.!?\n]{0,30}?(?:${B}(?:text|everything|content|words|lines|all)\s+(?:above|before this|prior to this|preceding)${E}|${B}(?:above|preceding|prior)\s+(?:text|content|prompt|lines|words|instructions)${E})`),
  },
  { signal: "prompt_extraction", weight: 0.45, pattern: rx(String.raw`${B}(?:repeat|recite|print|output)\s+(?:this|the|our)\s+(?:entire\s+|whole\s+|full\s+)?(?:conversation|chat)\s+back${E}`) },
  { signal: "prompt_extraction", weight: 0.35, pattern: rx(String.raw`${B}(?:word for word|verbatim|mot pour mot|palabra por palabra|textualmente|wörtlich|Wort für Wort)${E}`) },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:what came|everything|text|words|anything) (?:that came )?before (?:my|this|the customer'?s?) (?:first )?message${E}|${B}first \d+ (?:words|lines|characters|sentences) of (?:this|the|our|your) (?:conversation|chat|prompt|context)${E}` +
        String.raw`|${B}(?:le texte|tout ce) qui précède${E}|${B}(?:le texte|tout) ci-dessus${E}|${B}el texto (?:anterior|de arriba)${E}|${B}todo lo (?:anterior|de arriba)${E}|${B}(?:den|der) (?:obigen|vorherigen|vorangehenden) Text${E}|${B}alles (?:oben|davor|darüber)${E}`,
    ),
  },
  { signal: "prompt_extraction", weight: 0.35, pattern: rx(String.raw`${B}your (?:creators?|developers?|programmers?|makers?|trainers?)${E}`) },
  { signal: "prompt_extraction", weight: 0.35, pattern: rx(String.raw`${B}(?:not|never|wouldn'?t|don'?t) (?:want|supposed|allowed|meant) (?:me|us|customers|users|anyone) to (?:know|see|find out)${E}`) },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}context window${E}|${B}(?:contents? of|what'?s in|dump|print|output|show me)\s+your\s+(?:context|memory|conversation history|training data)${E}` +
        String.raw`|${B}your (?:prompt|programming|instructions) (?:say|says|said|tell you|contain|contains|allow|allows)${E}`,
    ),
  },
  { signal: "prompt_extraction", weight: 0.5, pattern: rx(String.raw`console\.log\(|<\/?system|${B}systemPrompt${E}|${B}(?:print|output|show|display|reveal)\s+(?:your|the)\s+system message${E}`) },
];

const IMPERSONATION: Rule[] = [
  // Turn markers and notices written to look like they come from the system or the staff.
  { signal: "fake_delimiter", weight: 0.7, pattern: rx(String.raw`\[\/?INST\]|<<\s*\/?SYS\s*>>|<\|im_(?:start|end)\|>|<\|(?:system|assistant|user)\|>|^#{2,}\s*(?:system|assistant|instructions?)${E}|${B}(?:BEGIN|END) (?:SYSTEM|ADMIN)${E}|\[(?:SYSTEM|ADMIN)\]`) },
  {
    signal: "fake_delimiter",
    weight: 0.45,
    pattern: rx(
      String.raw`(?:^|[.!?]\s+|\n)\s*[\[(<#*]*\s*(?:system|admin|administrator|developer|moderator|security|internal|staff|operator|assistant)(?:\s+(?:notice|note|message|alert|update|command|directive|memo|instruction|override)s?)?\s*[\])>*]*(?:\s*\([^)\n]{0,60}\))?\s*:`,
      "mu",
    ),
  },
  { signal: "fake_delimiter", weight: 0.45, pattern: rx(String.raw`(?:^|[.!?]\s+|\n)\s*(?:admin|administrator|developer|system|moderator|staff|management|security team)\s+here${E}`, "mu") },
  { signal: "fake_delimiter", weight: 0.4, pattern: rx(String.raw`${B}(?:note|message|memo|notice|instructions?|directives?|orders?) from (?:the )?(?:[\p{L}-]+ )?(?:management|admin|administrator|system|developers?|support lead|security team|supervisor|headquarters|hq|head office|corporate)${E}`) },
  { signal: "fake_delimiter", weight: 0.35, pattern: rx(String.raw`${B}(?:for|to|on) (?:this|the) (?:customer|user|account holder|shopper)(?:'s)?${E}`) },
  { signal: "fake_delimiter", weight: 0.45, pattern: rx(String.raw`${B}(?:administrator|admin|developer|system|root|supervisor|manager) override${E}|${B}(?:override|emergency|admin|security) protocol${E}`) },
  { signal: "fake_delimiter", weight: 0.25, pattern: rx(String.raw`${B}(?:override|protocol)\s+(?:[\p{L}\d]+\s+)?(?:engaged|activated|enabled|initiated|in effect)${E}|${B}(?:override|protocol)(?:\s+[\p{L}\d]+)?\s*:`) },
  {
    signal: "fake_delimiter",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:END|BEGIN|START) OF (?:THE )?(?:CUSTOMER|USER|INPUT|PROMPT|CONVERSATION|SYSTEM)(?: MESSAGE| INPUT| PROMPT)?${E}` +
        String.raw`|(?:^|[.!?\]\-=#*]\s*|\n)\s*(?:system|admin|administrator|developer|assistant)\s*:\s*(?:please\s+)?(?:grant|approve|refund|issue|apply|disable|enable|set|unlock|override|execute|process|give|send|change|ignore)${E}`,
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.45,
    pattern: rx(String.raw`${B}(?:this|the) (?:customer|user|account holder|caller|shopper|client)(?:'s account)? (?:is|has been|was|should be|must be) (?:now |already |fully )?(?:pre-?verified|verified|authori[sz]ed|approved|whitelisted|entitled|eligible|exempt|an? vip|vip|trusted|cleared|allowed)${E}`),
  },
  // Borrowed authority and skipped checks: weak alone, decisive together.
  {
    signal: "policy_bypass",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:i'?m|i am)\s+(?:your|the (?:store|bot|system|chat)'s)\s+(?:${STAFF_ANY})${E}` +
        String.raw`|${B}(?:i'?m|i am)\s+(?:one of your\s+)(?:${STAFF_ANY})${E}|${B}as (?:your|the (?:store|bot|system)'s) (?:${STAFF_ANY})${E}` +
        String.raw`|${B}(?:i'?m|i am)\s+(?:an?\s+|the\s+)?(?:${STAFF_ANY})\s+(?:of|at|for)\s+(?:this (?:bot|store|shop|system|chat|site)|you)${E}` +
        String.raw`|${B}(?:i'?m|i am|we are|we're|this (?:message )?is)\s+(?:from|with|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:security|fraud|support|it|engineering|dev|development|trust (?:and|&) safety|admin|compliance|tech|qa)\s+(?:team|department|dept)${E}` +
        String.raw`|${B}(?:testing|debugging) (?:the|this|you(?:r)?) (?:bot|system|assistant|chat|model)${E}|${B}i (?:hereby )?authori[sz]e you to${E}` +
        String.raw`|${B}i work (?:in|for|at|on) (?:the\s+)?(?:[\p{L}-]+\s+)?(?:it|security|engineering|support|dev|development|fraud|qa|tech)(?:\s+(?:team|department|dept))?${E}` +
        String.raw`|${B}(?:soy|je suis|ich bin)\s+(?:tu|su|ton|votre|dein|Ihr)\s+(?:desarrollador|administrador|creador|programador|développeur|administrateur|créateur|Entwickler|Administrator|Ersteller)${E}`,
    ),
  },
  // "I'm a Northwind employee": a capitalised employer around the role; "I'm a software developer" is a job, not a claim.
  { signal: "policy_bypass", weight: 0.35, pattern: cased(String.raw`${B}(?:[Ii]'?m|[Ii] am|[Tt]his is)\s+the\s+(?:CEO|CTO|CFO|COO|[Ff]ounder|[Oo]wner|[Pp]resident|[Dd]irector|[Hh]ead)\s+(?:of|at)\s+\p{Lu}`) },
  { signal: "policy_bypass", weight: 0.35, pattern: cased(String.raw`${B}(?:[Ii]'?m|[Ii] am|[Tt]his is)\s+(?:an?\s+|the\s+)?\p{Lu}[\p{L}-]*\s+(?:${STAFF_STRONG}|supervisor|manager|admin|administrator)${E}`) },
  { signal: "policy_bypass", weight: 0.2, pattern: rx(String.raw`${B}(?:staff|employee|admin|agent|badge) (?:id|number|code)${E}|${B}(?:auth(?:ori[sz]ation)?|override|access|admin) code${E}|${B}(?:authori[sz]ed|approved|signed off|cleared) by (?:the )?(?:[\p{L}-]+ )?(?:support lead|admins?|administrators?|management|manager|supervisor|security|developers?|system|staff)(?: team)?${E}`) },
  // Claims that the assistant's own limits were changed: "I've raised your refund cap", "your limits have been lifted".
  {
    signal: "policy_bypass",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}(?:i'?ve|i have|we'?ve|we have)\s+(?:now\s+|just\s+)?(?:raised|increased|lifted|removed|changed|updated|disabled|reset|unlocked|overridden|turned off)\s+your\s+(?:[\p{L}-]+\s+)?(?:cap|limits?|rules|permissions|restrictions|polic(?:y|ies)|instructions)${E}` +
        String.raw`|${B}your\s+(?:[\p{L}-]+\s+)?(?:cap|limits?|permissions|restrictions)\s+(?:has|have)\s+been\s+(?:raised|increased|lifted|removed|disabled|unlocked)${E}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}(?:skip|bypass|ignore|disable|turn off|waive|override|circumvent|without|no need for|omite|salta|sin|contourne|sans|überspringe|umgehe|ohne)${E}\s+(?:all\s+|any\s+|the\s+|la\s+|las\s+|le\s+|les\s+|die\s+)?${CHECKS}` +
        String.raw`|${B}without (?:checking|verifying|validating|confirming) (?:the |my |their |his |her )?(?:date|identity|id|window|policy|eligibility|ownership|account)${E}` +
        String.raw`|${B}${CHECKS}\s+(?:is|are|has been|have been)\s+(?:now\s+)?(?:disabled|off|turned off|suspended|waived|not required|no longer required|not needed)${E}`,
    ),
  },
  { signal: "policy_bypass", weight: 0.4, pattern: rx(String.raw`${B}(?:override|ignore|waive|bypass|lift|disable)\s+(?:the\s+|your\s+|its\s+)?(?:\d+[- ]day\s+)?(?:(?:return|refund|returns|exchange|price[- ]match(?:ing)?)\s+)?(?:window|limit|cap|rate limiter|deadline|period|policy)${E}`) },
  {
    signal: "policy_bypass",
    weight: 0.5,
    pattern: rx(String.raw`${B}${ACTIVATE}\s+(?:the\s+)?(?:[\p{L}-]+\s+)?${MODE}${E}|${B}${MODE}\s+(?:enabled|activated|engaged|unlocked|activé|activado|aktiviert)${E}`),
    // "How do I enable developer mode on the watch?" is a product question.
    unless: rx(String.raw`(?:how (?:do|can|would|to)(?: (?:i|we|you))?|can i|i (?:tried|enabled|turned|can'?t|cannot)|is there an?)\s+[^.!?\n]{0,30}mode|mode\s+(?:on|in|of|for)\s+(?:the|my|this)\s+(?!bot|assistant|chat|ai${E})`),
  },
  { signal: "policy_bypass", weight: 0.55, pattern: rx(String.raw`${B}(?:no takesies backsies|agree (?:to|with) (?:anything|everything|whatever) (?:i|the customer|the user) (?:say|says|ask)|say yes to (?:everything|anything|all)|you (?:have to|must) (?:agree|accept|comply))${E}`) },
  { signal: "policy_bypass", weight: 0.35, pattern: rx(String.raw`${B}legally binding${E}|${B}(?:this|it) is (?:pre-?)?authori[sz]ed${E}|${B}(?:override|admin|administrator|root|staff) (?:powers|rights|privileges|permissions|access)${E}|${B}(?:for testing(?: purposes)?|this is (?:just )?a test)${E}`) },
  { signal: "encoded_payload", weight: 0.5, pattern: rx(String.raw`${B}(?:base64|rot-?13|hex[- ]?encoded?|morse code|leetspeak)${E}`) },
  { signal: "encoded_payload", weight: 0.5, pattern: rx(String.raw`${B}(?:decode|decipher|decrypt|unscramble|translate)${E}[^.!?\n]{0,30}?${B}(?:and|then)\s+(?:do|follow|execute|obey|act on|carry out|run)${E}`) },
];

export const ALL_RULES: Rule[] = [...OVERRIDES, ...ROLE_PLAY, ...JAILBREAKS, ...EXTRACTION, ...IMPERSONATION];
