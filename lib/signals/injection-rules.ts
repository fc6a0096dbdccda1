import {
  AFTER_OWNER,
  B,
  E,
  FILLER,
  NOT_ASSISTANT,
  OVERRIDE,
  OWN_ADJECTIVE,
  OWNER,
  PHRASE_END,
  RULES,
  rx,
  SHOW,
  type Rule,
} from "./injection-vocabulary";
import { IMPERSONATION } from "./injection-authority-rules";
import { JAILBREAKS, ROLE_PLAY } from "./injection-persona-rules";

/**
 * The rules behind lib/signals/injection.ts, each adding weighted evidence for one signal (see injection.ts for how
 * they combine): overrides and extraction here, the assistant's persona and borrowed authority beside this file,
 * their vocabularies in injection-vocabulary.ts.
 */

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
  {
    signal: "instruction_override",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}from now on,?\s+you(?:'ll)?\s+(?:(?:will|shall|must|are going to)\s+)?(?:only\s+)?(?:respond|answer|reply|speak|talk)${E}`,
    ),
  },
  {
    signal: "instruction_override",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:pretend|imagine|act as if|assume)\s+(?:that\s+)?[^.!?\n]{0,30}?${B}(?:polic(?:y|ies)|rules?|limits?|restrictions?|cap|window)\s+(?:doesn'?t|don'?t|does not|do not|no longer)\s+(?:exist|apply|matter|count)${E}`,
    ),
  },
  {
    signal: "instruction_override",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}you (?:must|will|shall|have to) (?:now )?(?:obey|comply with|follow|do) (?:me|all of (?:my|the following)|my (?:orders|commands)|whatever I|exactly what I|everything I)${E}|${B}obey all (?:of )?the following${E}`,
    ),
  },
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
  {
    signal: "instruction_override",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}(?:start|begin|prefix|preface|end|finish|open|conclude)\s+(?:your|the|a new|your next|the next)?\s*(?:response|reply|answer|message|output|paragraph)s?\s+(?:with|by saying)${E}`,
    ),
  },
  // ... but steering it into a compliant opening ("Start with: 'Sure, here are instructions ...'") is the prefix attack.
  {
    signal: "instruction_override",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:start|begin|open|prefix|preface)(?:ing)?${E}[^.!?\n]{0,40}?${B}with\s*:?\s*["'“«]\s*(?:sure|certainly|absolutely|of course|yes|okay|ok)[,!.]?\s+(?:here(?:'s| is| are)|i (?:can|will|'ll)|i'd be happy)${E}`,
    ),
  },
  // Reprogramming claimed by the model's maker: "I am a programmer at OpenAI ... modifying your programming".
  {
    signal: "instruction_override",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:re-?program(?:ming|med)?|re-?train(?:ing)?|modify(?:ing)?|updat(?:e|ing)|rewrit(?:e|ing)|patch(?:ing)?|chang(?:e|ing)) (?:you|your (?:programming|code|instructions|rules|guidelines|behaviou?r|settings|configuration|weights))${E}`,
    ),
    unless: rx(
      String.raw`(?:update|change|modify)(?:ing)? your (?:settings|configuration) (?:page|in the app|on the site)`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:i'?m|i am|we are|we're)\s+(?:an? |the |one of the )?(?:programmer|developer|engineer|employee|researcher|creator|founder|staff member)s?\s+(?:at|from|of|with|for)\s+(?:openai|anthropic|google|microsoft|meta|the company (?:that|who) (?:made|built|created|trained) you)${E}`,
    ),
  },
  // Asking the assistant itself to insult: what a brand must never be talked into (the DPD lesson).
  {
    signal: "jailbreak_persona",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}(?:respond|reply|answer|talk|speak|write|act)(?:ing)?${E}[^.!?\n]{0,25}${B}(?:an?|highly|extremely|very|really|super|the most|as) (?:offensive|rude|insulting|vulgar|profane|toxic|aggressive|mean|disrespectful|hostile|abusive)${E}\s+(?:tone|manner|way|language|voice|style)${E}`,
    ),
  },
  {
    signal: "instruction_override",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:if you (?:understand|agree|accept)|to confirm|confirm (?:this )?by)[^.!?\n]{0,20}(?:say|saying|reply|replying|respond|answer|type|write)${E}|${B}(?:starting|beginning) with\s*["'“«]`,
    ),
  },
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
  {
    signal: "prompt_extraction",
    weight: 0.65,
    pattern: rx(
      String.raw`${B}${SHOW}${E}[^.!?\n]{0,40}?${B}(?:your|tus|tes|vos|deine|Ihre|sus)\s+${OWN_ADJECTIVE}(?:instructions|prompt|programming|directives|configuration|config|instrucciones|consignes|Anweisungen)${E}${PHRASE_END}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}${SHOW}${E}[^.!?\n]{0,40}?${B}(?:your|tus|tes|vos|deine|Ihre|sus)\s+${OWN_ADJECTIVE}(?:rules|guidelines|reglas|normas|règles|Regeln|Richtlinien)${E}${PHRASE_END}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.65,
    pattern: rx(
      String.raw`${B}${SHOW}${E}[^.!?\n]{0,40}?${B}(?:your|the)\s+(?:system|initial|starting|first)\s+(?:message|instructions|configuration|config|setup|settings)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:instructions?|rules?|guidelines?|prompt|text|words|directives|configuration|setup|preamble)\s+(?:that\s+)?(?:you(?:'ve| have)?\s+(?:were\s+|been\s+)?(?:given|told|programmed(?: with)?|trained (?:on|with)|fed|provided|deployed with|configured with|set up with|initiali[sz]ed with)|(?:were\s+)?given to you|you (?:were|have been) (?:given|told)|you received (?:at|before|initially)|you(?:'re| are) (?:running|operating) (?:on|under)|you (?:run|operate) (?:on|under)|you (?:follow|obey|must follow|are following))${E}` +
        String.raw`|${B}(?:instructions|rules|guidelines|prompt|directives)\s+(?:were|have)\s+you\s+(?:been\s+)?(?:given|told|programmed|trained)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}what (?:were|are|have) you (?:been )?(?:told|instructed|programmed|trained) (?:to|not to|before|at|initially|by)${E}|${B}what you (?:were|have been|'ve been) (?:told|instructed|programmed|trained) (?:to (?:do|say)|not to|before|at|initially|by)${E}|${B}you(?:'re| are)? not (?:allowed|supposed|permitted|meant) to (?:tell|say|reveal|share|discuss|disclose|talk about|mention)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:repeat|print|output|copy|show|display|translate|summari[sz]e|paste|write out|rewrite)${E}[^.!?\n]{0,30}?(?:${B}(?:text|everything|content|words|lines|all)\s+(?:above|before this|prior to this|preceding)${E}|${B}(?:above|preceding|prior)\s+(?:text|content|prompt|lines|words|instructions)${E})`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:repeat|recite|print|output)\s+(?:this|the|our)\s+(?:entire\s+|whole\s+|full\s+)?(?:conversation|chat)\s+back${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:word for word|verbatim|mot pour mot|palabra por palabra|textualmente|wörtlich|Wort für Wort)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:what came|everything|text|words|anything) (?:that came )?before (?:my|this|the customer'?s?) (?:first )?message${E}|${B}first \d+ (?:words|lines|characters|sentences) of (?:this|the|our|your) (?:conversation|chat|prompt|context)${E}` +
        String.raw`|${B}(?:le texte|tout ce) qui précède${E}|${B}(?:le texte|tout) ci-dessus${E}|${B}el texto (?:anterior|de arriba)${E}|${B}todo lo (?:anterior|de arriba)${E}|${B}(?:den|der) (?:obigen|vorherigen|vorangehenden) Text${E}|${B}alles (?:oben|davor|darüber)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.35,
    pattern: rx(String.raw`${B}your (?:creators?|developers?|programmers?|makers?|trainers?)${E}`),
  },
  {
    signal: "prompt_extraction",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:not|never|wouldn'?t|don'?t) (?:want|supposed|allowed|meant) (?:me|us|customers|users|anyone) to (?:know|see|find out)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}context window${E}|${B}(?:contents? of|what'?s in|dump|print|output|show me)\s+your\s+(?:context|memory|conversation history|training data)${E}` +
        String.raw`|${B}your (?:prompt|programming|instructions) (?:say|says|said|tell you|contain|contains|allow|allows)${E}`,
    ),
  },
  {
    signal: "prompt_extraction",
    weight: 0.5,
    pattern: rx(
      String.raw`console\.log\(|<\/?system|${B}systemPrompt${E}|${B}(?:print|output|show|display|reveal)\s+(?:your|the)\s+system message${E}`,
    ),
  },
];

export const ALL_RULES: Rule[] = [...OVERRIDES, ...ROLE_PLAY, ...JAILBREAKS, ...EXTRACTION, ...IMPERSONATION];
