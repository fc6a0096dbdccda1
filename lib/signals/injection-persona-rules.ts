import { B, cased, E, PERSONA_NAME, ROLE, rx, type Rule } from "./injection-vocabulary";

/** Rules against re-casting the assistant: role play that outlasts the message, personas and unrestricted modes. */

export const ROLE_PLAY: Rule[] = [
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
  {
    signal: "role_play",
    weight: 0.55,
    pattern: cased(
      String.raw`${B}[Yy]ou(?:'re| are) (?:now |henceforth )(?:called |named |known as )?(?:${PERSONA_NAME})${E}|${B}[Yy]ou(?:'re| are) (?:${PERSONA_NAME}) now${E}`,
    ),
  },
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
    pattern: rx(
      String.raw`${B}(?:act|behave|respond|answer|reply|speak|talk|actúa|agis|verhalte dich) (?:as|like|como|comme|wie) (?:an? |the |my |un |una |une |ein |eine )?(?:[\p{L}-]+ )?(?:ai|bot|chatbot|chatgpt|assistant|asistente|language model|gpt|character|persona|pirate|pirata|grandma|grandmother|abuela|grand-mère|Oma|villain|hacker|terminal|DAN|jailbroken|unfiltered|uncensored)${E}`,
    ),
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
  {
    signal: "role_play",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:answer|respond|reply|speak|talk|write)(?: only)? (?:in|like) (?:an? )?(?:pirate|shakespeare|yoda|uwu|cowboy|drunk)${E}|${B}stop being (?:an? |the )?(?:[\p{L}-]+ ){0,2}(?:bot|assistant|ai|chatbot)${E}`,
    ),
  },
  {
    signal: "role_play",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:switch|swap|reverse|trade) (?:roles|places)${E}|${B}in this hypothetical${E}|${B}let'?s play a game${E}|${B}let'?s (?:pretend|roleplay|role-play|role play)${E}`,
    ),
  },
];

export const JAILBREAKS: Rule[] = [
  {
    signal: "jailbreak_persona",
    weight: 0.85,
    pattern: rx(
      String.raw`${B}(?:do anything now|unfiltered mode|evil (?:confidant|mode)|anti-?dan|dan mode|developer mode (?:enabled|activated|output)|successfully jailbroken)${E}`,
    ),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.7,
    pattern: rx(String.raw`${B}jailbr(?:eak|oken)${E}`),
    unless: rx(
      String.raw`jailbr(?:eak|oken)\s+(?:my |an? |the )?(?:phone|iphone|ipad|device|android|console|watch)|(?:phone|iphone|ipad|device|android|console|watch)\s+(?:is |was )?jailbr`,
    ),
  },
  // The persona names are shouted in the templates; matching case keeps a customer called Dan or Stan safe.
  {
    signal: "jailbreak_persona",
    weight: 0.7,
    pattern: cased(
      String.raw`\b(?:[Yy]ou(?:'re| are)(?: now)?|[Aa]s|[Aa]ct as|[Cc]alled|[Nn]amed|[Bb]ecome|[Bb]e)\s+(?:DAN|STAN|DUDE|AIM|BetterDAN)\b|\b(?:DAN|STAN),`,
    ),
  },
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
  {
    signal: "jailbreak_persona",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:openai|usage|content) polic(?:y|ies)${E}|${B}(?:uncensored|unfiltered|unrestricted|amoral)${E}|${B}evil (?:twin|version|side|alter ego)${E}`,
    ),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:never|cannot|can'?t|won'?t|will not|do not|don'?t|must not|mustn'?t) (?:ever )?(?:refuse|decline|say no|apologi[sz]e|add (?:any )?(?:warnings?|disclaimers?))${E}|${B}never refuses?${E}`,
    ),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:with (?:no|zero) (?:filters?|restrictions|limits|limitations|censorship|rules|guidelines)|without (?:the |your |any )?(?:store |usual |normal )?(?:filters|restrictions|limits|limitations|censorship|rules|guidelines))${E}|${B}(?:answer|respond|reply) (?:to )?(?:every|each|all) (?:question|message|prompt)s? (?:in two ways|twice)${E}`,
    ),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}(?:no|without(?: any)?) (?:ethical|moral) (?:guidelines|rules|restrictions|constraints|boundaries|principles|considerations|limits)${E}` +
        String.raw`|${B}as an? (?:unrestricted|unfiltered|uncensored|jailbroken|evil|amoral|rogue|unchained) (?:ai|bot|chatbot|assistant|version|model)${E}`,
    ),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.4,
    pattern: rx(String.raw`\[(?:🔓|🔒|JAILBREAK|CLASSIC)|🔓|${B}(?:lose|deduct(?:ed)?|gain|have) \d+ tokens${E}`),
  },
  {
    signal: "jailbreak_persona",
    weight: 0.25,
    pattern: rx(
      String.raw`${B}(?:chatgpt|openai|gpt-?[345]|anthropic|language model)${E}|${B}(?:two|2|both) (?:different |separate )?(?:responses|answers|replies|outputs|paragraphs)${E}`,
    ),
  },
];
