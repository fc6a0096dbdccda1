import { lowerSource } from "./injection-vocabulary";

/**
 * Structural signals of a pasted jailbreak template, for lib/signals/injection.ts. The phrase rules in
 * injection-rules.ts catch what an attack SAYS ("ignore your instructions"); the templates passed around online often
 * say none of it and instead BUILD something: a persona with a name and a list of behaviours, a set of numbered rules
 * the assistant must obey from now on, a two-column answer format, a slot for "[INSERT PROMPT HERE]". A customer
 * writing to a shop does none of these things, whatever words they use, so these shapes generalise where phrase lists
 * do not.
 *
 * Each detector counts one kind of evidence with a short vocabulary; `templateEvidence` combines them into weighted
 * findings with a readable `why`. Only combinations reach the flag threshold: persistence alone ("from now on, answer
 * in Spanish") or a role alone ("imagine you are a historian...") stays below it.
 */
export type StructuralFeatures = {
  /** Characters of the cleaned text. */
  length: number;
  /** Slots left for the real prompt: "[INSERT PROMPT HERE]", "<PROMPT>", "{query}", "Prompt: [...]". */
  placeholders: number;
  /** Distinct phrases that make rules outlast this message: "from now on", "every response", "stay in character". */
  persistence: number;
  /** Distinct ways the text defines a persona or re-casts the assistant (named persona, two personas, labelled outputs). */
  persona: number;
  /** Name of the persona the text describes, when one is found (a proper name that is the subject of behaviours). */
  personaName: string | null;
  /** Policy-negation: a negator next to safety vocabulary ("no restrictions", "without any warnings", "regardless of legality"). */
  policyNegation: number;
  /** Words describing what the assistant should produce that no shop conversation asks for ("unethical", "explicit"). */
  harmVocabulary: number;
  /** Directives aimed at the assistant ("you will", "you must", "never", "always", "do not", "I want you to"). */
  imperatives: number;
  /** Numbered or bulleted rules given to the assistant ("1.", "Rule 2:", "- Do:"), counted as lines. */
  ruleLines: number;
  /** The text addresses a model as such (ChatGPT, GPT-4, OpenAI, "language model", "Assistant,"). */
  addressesModel: boolean;
};

const PLACEHOLDER =
  /\[(?:\s*(?:insert|put|enter|write|add|type|paste|replace(?: with)?|place)\b[^\]\n]{0,50}|[^\]\n]{0,20}\b(?:prompt|question|query|request|input)(?:\s+here)?\s*)\]|[<{]\s*(?:(?:your|the|user)[\s_-]*)?(?:prompt|question|query|request|input)(?:[\s_-]*here)?\s*[>}]|&lt;\s*\w*prompt\w*\s*&gt;|\b(?:insert|put|enter|type|replace with) (?:your|the) (?:own )?(?:prompt|question|request|query)(?: here)?\b|\b(?:your|the) (?:prompt|question|request) (?:goes )?here\b/gi;

const PERSISTENCE: RegExp[] = [
  /\bfrom (?:now|this point|here) on(?:wards?)?\b|\bhenceforth\b|\bmoving forward\b|\bgoing forward\b/i,
  /\bfor the (?:rest|remainder|duration) of (?:this|the|our) (?:conversation|chat|session|interaction|thread)\b|\bin this (?:chat|conversation|session)\b|\bthroughout (?:this|the|our) (?:conversation|chat|session)\b/i,
  /\b(?:stay|remain|staying|remaining|keep|keeping) in (?:character|role|persona)\b|\bbreak(?:ing)? (?:character|role)\b|\bstay (?:as|in the role of)\b/i,
  /\b(?:when(?:ever)?|each time|every time|if) i (?:ask|say|type|write|give|send|tell|prompt|input|enter)\b/i,
  /\buntil i (?:say|tell|type|write|ask)\b|\bunless i (?:say|tell)\b/i,
  /\b(?:every|each|all(?: of)?(?: your)?|any) (?:single |future |subsequent )?(?:response|reply|replies|answer|message|output|prompt|question)s?\b(?: (?:you|from now|after|that))?/i,
  /\b(?:do you understand|if you understand|if you (?:agree|accept|are ready)|(?:reply|respond|answer|confirm) (?:with|by saying) ["'“]?(?:understood|ok|yes|ready|i understand)|let'?s (?:begin|start|go)\b|my first (?:query|question|request|prompt|command|message|input) is)/i,
  /\b(?:await|wait for) (?:my|the|further|the user'?s?|next) (?:input|prompt|command|instructions?|question|request|message)s?\b|\bnext (?:prompt|command|input)\b/i,
  /\byou(?:'re| are) now\b|\bi(?:'ll| will| am going to) (?:give|ask|send|provide|feed|show) you (?:a |some |various |several |many |the )?(?:prompts?|questions?|commands?|inputs?|messages?|requests?|topics?|lines?|dialogues?)\b/i,
  /\b(?:at all times|no matter what|under any circumstances|under no circumstances|regardless of (?:what|the|how|whether|legality|morality|ethics))\b/i,
];

/** Sentence-initial or generic words that are never a persona's name. */
const NOT_A_NAME = new Set(
  "I You He She It We They The This That These Those There Here Your My Our His Her Their Its A An And But Or If When Then So As In On At For To Of By With From Please Hello Hi Hey Dear Thanks Thank Yes No Not Do Does Did Don Can Could Would Should Will Shall May Might Must Also Now Just First Second Third Finally Next Note Remember Imagine Let Make Write Give Tell Use Each Every All Any Some One Two After Before While Because Although However Therefore Instead Otherwise Sure Okay OK Example For Rule Rules Step Steps Prompt Input Output Answer Response Question User Assistant ChatGPT AI Human Model Mr Mrs Ms Dr Sir Madam Order Orders Customer Support Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December".split(
    " ",
  ),
);
/** A persona's behaviours: "Burple replies", "AJP will never", "Ralph is a", "It always". */
const BEHAVIOUR = String.raw`(?:will|would|can|cannot|can't|won't|must|should|shall|is|was|has|have|does|doesn't|does not|always|never|only|also|loves|hates|believes|thinks|knows|wants|likes|speaks|talks|uses|replies|responds|answers|writes|says|acts|gives|provides|ignores|follows|stands|means|refers|swears|generates|produces|creates|promotes|encourages|views|sees|treats|cares|doesn't care|doesnt)`;
/** A capitalised name (CamelCase "FreeGPT", shouted "AJP", or "Ralph") as the subject of a behaviour. */
const PERSONA_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])(\p{Lu}[\p{Ll}\p{N}]*(?:\p{Lu}[\p{L}\p{N}]*)+|\p{Lu}{2,}\p{N}*|\p{Lu}\p{Ll}{2,})(?:'s)?\s+${BEHAVIOUR}(?![\p{L}])`,
  "gu",
);

const PERSONA_FRAMES: RegExp[] = [
  // Two voices, two modes, two answers: the standard answer next to the "free" one.
  /\b(?:two|2|both|dual|multiple|separate|different) (?:separate |different |distinct )?(?:personas?|personalities|characters|modes|voices|entities|ais|bots|versions|identities|alter egos|responses|answers|replies|outputs|paragraphs|ways)\b/i,
  /\bpersona (?:1|one|#1)\b|\b(?:first|second) (?:persona|personality|character|mode)\b/i,
  // Re-casting the assistant as something else for the conversation.
  /\b(?:you (?:are|will be|shall be|'re|are going to be) (?:now |henceforth |going to )?(?:act(?:ing)? as|playing|simulating|emulating|called|named|known as))\b|\byou(?:'ll| will) (?:now )?(?:act|play|simulate|emulate|become|be)\b(?! able\b)/i,
  /\b(?:act|acting|respond|responding|answer|answering|reply|replying|behave|speak|write|writing) (?:as|like|in the (?:voice|style|role|persona) of)\b|\b(?:take on|assume|adopt|play|embody|personify|impersonate|become) (?:the |a |an |this )?(?:[\p{L}\d-]+ ){0,2}?(?:role|persona|personality|character|part|identity|voice)\b|\bpersonify\b|\bin character\b/iu,
  /\b(?:simulate|emulate|pretend to be|roleplay|role-play|role play)\b/i,
  /\b(?:assistant|chatgpt|the ai|this ai|you) (?:is |are )?now (?:acts?|runs?|works?|operates?|behaves?|becomes?|responds?|speaks?)\b|\b(?:assistant|chatgpt|the ai|this ai|you) (?:is|are) now\b|\b(?:you(?:'re| are)|the assistant is) now (?:an?|the)?\s*\p{L}/iu,
];
/** "[ChatGPT]: … [DAN]: …", "(🔓Developer Mode Output)", "STOCK MODE:": a prescribed labelled output format. */
const OUTPUT_LABEL =
  /(?:^|[\s"“(])[\[(](?!\s*(?:insert|put|your|enter|prompt|input)\b)[^\]\)\n]{1,30}[\])]\s*:|(?:^|\n|[.!?]\s+)[\p{Lu}][\p{L}\p{N} ]{1,24}:\s*["“]?(?:answer|response|reply|\[|\()/giu;

const NEGATOR = String.raw`(?:no|without(?: any| the)?|not|never|zero|free (?:of|from)|free of any|unbound by|not bound by|regardless of|no matter (?:how|what|the)|ignores?|ignoring|disregards?|disregarding|bypass(?:es|ing)?|breaks?|breaking|violat(?:e|es|ing)|(?:does|do|will|must|should|would)(?: not|n't) (?:follow|have|care about|abide by|adhere to|apply|respect|obey|include|add|give|mention|use)|doesn'?t (?:care|follow|have)|outside (?:of )?(?:any|the)|beyond (?:any|the))`;
const SAFETY = String.raw`(?:restrictions?|restricted|norms|political correctness|decency|limits?|limitations?|limited|filters?|filtering|filtered|censorship|censored|censor|rules?|guidelines?|polic(?:y|ies)|boundaries|constraints?|morals?|morality|ethics|ethical|moral|principles|refus(?:e|al|als|ing)|warnings?|disclaimers?|apolog(?:y|ies|i[sz]e)|consequences|legality|laws?|safeguards?|guardrails?|programming|conscience|standards|regulations|limiters?|content polic(?:y|ies))`;
const POLICY_NEGATION = new RegExp(String.raw`\b${NEGATOR}\b(?:\s+[\p{L}'-]+){0,3}?\s+${SAFETY}\b`, "giu");
const HARM =
  /\b(?:illegal|unethical|immoral|amoral|offensive|explicit|nsfw|harmful|dangerous|inappropriate|vulgar|profan(?:e|ity)|obscene|racist|sexist|slurs?|swear(?:ing|s)?|curse words|uncensored|unfiltered|unrestricted|unlimited|uncontrolled|illicit|malicious|controversial|toxic|evil|rude|degrading|graphic)\b/gi;
const IMPERATIVE =
  /\byou (?:will|must|should|shall|are to|have to|need to|cannot|can(?:'|no)t|won'?t|will not|may not|are not allowed to|are going to|always|never)\b|\bi want you to\b|\b(?:always|never)\b|\b(?:do not|don'?t|make sure|ensure|remember(?: that| to)?)\b/gi;
const RULE_LINE =
  /(?:^|\n|\s{2,}|[.:]\s+)(?:(?:\(?\d{1,2}[.)]|rule\s*\d+\s*[:.)]|[-*•])\s*[^\n.!?]{0,60}?\b(?:must|will|should|shall|cannot|can't|never|always|do not|don'?t|(?:is|are) not allowed|ha(?:s|ve) to)\b|(?:do|don'?t|never|always)\s*:)/gi;
/** Second-person identity statements at sentence starts: "You are a billionaire. You have... You love..." */
const YOU_DEFINITION =
  /(?:^|[.!?"”]\s+|\n)\s*you(?:'re| are| have| were| can| speak| talk| love| hate| believe| think| know| view| see| act| always| never| do not| don't)\b/gi;
const MODEL =
  /\b(?:chatgpt|chat gpt|gpt-?\s?[345](?:\.5)?|openai|language model|large language model|llm|bard|claude|gemini)\b|^\s*(?:hello |hi |hey )?(?:assistant|ai)\s*[,.!]/im;

/** The case-insensitive detectors run on the lowercased text, like the rules (see lowerSource). */
const low = (pattern: RegExp) => new RegExp(lowerSource(pattern.source), pattern.flags.replace("i", ""));
const PLACEHOLDER_L = low(PLACEHOLDER);
const PERSISTENCE_L = PERSISTENCE.map(low);
const PERSONA_FRAMES_L = PERSONA_FRAMES.map(low);
const POLICY_NEGATION_L = low(POLICY_NEGATION);
const HARM_L = low(HARM);
const IMPERATIVE_L = low(IMPERATIVE);
const RULE_LINE_L = low(RULE_LINE);
const MODEL_L = low(MODEL);
const YOU_DEFINITION_L = low(YOU_DEFINITION);

function countDistinct(patterns: RegExp[], text: string): number {
  let n = 0;
  for (const p of patterns) if (p.test(text)) n++;
  return n;
}

function countMatches(pattern: RegExp, text: string, cap = 50): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

/**
 * A persona definition: a proper name (not a sentence-starting word) that is the subject of at least two behaviours
 * ("Burple replies…", "AJP will never…", "Ralph does not adhere…"). Returns the name or null.
 */
function personaName(text: string): string | null {
  const counts = new Map<string, number>();
  PERSONA_SUBJECT.lastIndex = 0;
  let best: string | null = null;
  let bestHits = 1;
  let seen = 0;
  for (let m = PERSONA_SUBJECT.exec(text); m && seen < 200; m = PERSONA_SUBJECT.exec(text), seen++) {
    const name = m[1]!;
    if (NOT_A_NAME.has(name)) continue;
    const hits = (counts.get(name) ?? 0) + 1;
    counts.set(name, hits);
    if (hits > bestHits) {
      best = name;
      bestHits = hits;
    }
  }
  PERSONA_SUBJECT.lastIndex = 0;
  return best;
}

/** `text` is the cleaned message; `lower` its lowercase (passed in so that it is computed once per message). */
export function structuralFeatures(text: string, lower = text.toLowerCase()): StructuralFeatures {
  const name = text.length >= 60 ? personaName(text) : null;
  const labels = countMatches(OUTPUT_LABEL, text, 10);
  return {
    length: text.length,
    placeholders: countMatches(PLACEHOLDER_L, lower, 10),
    persistence: countDistinct(PERSISTENCE_L, lower),
    persona:
      countDistinct(PERSONA_FRAMES_L, lower) +
      (name ? 1 : 0) +
      (labels >= 2 ? 1 : 0) +
      (countMatches(YOU_DEFINITION_L, lower, 5) >= 4 ? 1 : 0),
    personaName: name,
    policyNegation: countMatches(POLICY_NEGATION_L, lower, 20),
    harmVocabulary: countMatches(HARM_L, lower, 20),
    imperatives: countMatches(IMPERATIVE_L, lower, 50),
    ruleLines: countMatches(RULE_LINE_L, lower, 30),
    addressesModel: MODEL_L.test(lower),
  };
}

export type StructuralFinding = {
  signal: "jailbreak_persona" | "role_play" | "instruction_override";
  weight: number;
  why: string;
};

/**
 * Weighted findings from the features. Each combination is one idea, and none rests on a single word:
 * - a slot for "your prompt" is only ever written into a template meant to be pasted;
 * - a persona or a re-cast assistant PLUS rules that outlast this message is a jailbreak persona;
 * - a persona PLUS the negation of safety rules (or a list of forbidden output) is one too;
 * - many directives at the assistant in a long text that also negates its rules is a pasted rule list.
 */
export function templateEvidence(f: StructuralFeatures): StructuralFinding[] {
  const found: StructuralFinding[] = [];
  const negation = f.policyNegation + (f.harmVocabulary >= 2 ? 1 : 0);
  if (f.placeholders > 0) {
    found.push({
      signal: "jailbreak_persona",
      weight: 0.5,
      why: `template slot for the real prompt (${f.placeholders})`,
    });
  }
  if (f.persona > 0 && f.persistence > 0) {
    const weight = f.persona + f.persistence >= 3 ? 0.6 : 0.45;
    found.push({
      signal: "role_play",
      weight,
      why: `persona defined${f.personaName ? ` (${f.personaName})` : ""} with rules that outlast this message (${f.persistence} persistence phrase${f.persistence > 1 ? "s" : ""})`,
    });
  }
  if (f.persona > 0 && negation >= 2) {
    found.push({
      signal: "jailbreak_persona",
      weight: negation >= 3 ? 0.55 : 0.45,
      why: `persona that negates safety rules (${f.policyNegation} negation${f.policyNegation === 1 ? "" : "s"}, ${f.harmVocabulary} harm word${f.harmVocabulary === 1 ? "" : "s"})`,
    });
  }
  if (f.length >= 400 && f.imperatives >= 4 && (negation >= 1 || f.persistence >= 2)) {
    const density = (f.imperatives * 1000) / f.length;
    if (density >= 3)
      found.push({
        signal: "instruction_override",
        weight: density >= 5 ? 0.45 : 0.35,
        why: `rule list for the assistant (${f.imperatives} directives, ${density.toFixed(1)} per 1,000 chars)`,
      });
  }
  if (f.ruleLines >= 3 && (f.persona > 0 || f.persistence > 0) && f.imperatives >= 2) {
    found.push({
      signal: "instruction_override",
      weight: 0.35,
      why: `numbered rules for the assistant (${f.ruleLines} lines)`,
    });
  }
  if (f.addressesModel && (f.persona > 0 || negation >= 1) && f.persistence > 0) {
    found.push({
      signal: "jailbreak_persona",
      weight: 0.3,
      why: "addresses the model itself while redefining how it answers",
    });
  }
  return found;
}
