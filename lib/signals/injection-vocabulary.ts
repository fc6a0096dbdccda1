import type { InjectionSignal } from "./injection";

/**
 * The vocabularies behind the injection rules (English, Spanish, French, German) and the helpers that build the
 * rules' patterns from them. The rules themselves, by family: injection-rules.ts and the files it gathers.
 */
// Word boundaries that also hold next to accented letters ("règles", "über"), which \b does not see. A plain class
// (Latin with its accents, Greek, Cyrillic) rather than \p{L}: V8 scans for the first letter of a pattern much faster.
export const WORD_CHAR = String.raw`[A-Za-z0-9_\u00B5\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]`;
export const B = `(?<!${WORD_CHAR})`;
export const E = `(?!${WORD_CHAR})`;
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
export const rx = (source: string, flags = "u") => new RegExp(lowerSource(source), flags);
/** Case matters here: made-up persona names are CamelCase or shouted. */
export const cased = (source: string) => {
  const pattern = new RegExp(source, "u");
  CASED_PATTERNS.add(pattern);
  return pattern;
};

/** What the assistant runs on: what an override or an extraction goes after. */
export const RULES = any(
  String.raw`instructions?|rules?|guidelines?|guidance|directives?|commands|prompts?|programming|constraints?|restrictions?|guardrails?|safeguards?|filters?|polic(?:y|ies)`,
  "instrucciones|reglas|normas|directrices|indicaciones|restricciones|règles|consignes|Anweisungen|Regeln|Richtlinien|Vorgaben|Instruktionen|Einschränkungen",
);
/** Words that make RULES the assistant's own ("your", "all previous"). */
export const OWNER = any(
  "your|all|any|every|previous|prior|above|earlier|preceding|initial|original|existing|current|former|system|these|those",
  "tus|tu|sus|su|todas|todos|tes|ta|toutes|tous|vos|votre|deine|deinen|dein|Ihre|Ihren|alle|vorherigen|bisherigen|vorigen|früheren|obigen",
);
/** Adjectives that come after the noun in Spanish and French ("las instrucciones anteriores"). */
export const AFTER_OWNER = "above|previous|prior|anteriores|previas|iniciales|précédentes|antérieures|initiales";
/** Rules that belong to a parcel, a product or the customer's own order, not to the assistant. */
export const NOT_ASSISTANT = String.raw`delivery|shipping|care|washing|wash|assembly|setup|set-up|return|returns|pitching|installation|cooking|sizing|size|packing|gift|courier|driver|entrega|envío|livraison|lavage|Liefer|Pflege`;
export const OVERRIDE = any(
  String.raw`ignore|disregard|forget|override|overrule|bypass|skip|drop|discard|abandon|set aside|pay no attention to|stop following|(?:do not|don'?t) (?:follow|obey|apply)|no longer (?:follow|obey)|break|violate|circumvent|disable|deactivate|turn off|switch off|lift|delete|erase|wipe|unlearn`,
  "ignora|ignore|ignoren|ignorad|ignorar|olvida|olvide|olviden|olvidad|olvidar|olvídate de|olvídese de|omite|omita|sáltate|descarta|desobedece|deja de seguir|no sigas|haz caso omiso (?:a|de)|pasa por alto|desactiva",
  "ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte (?:de|des)|ne tenez pas compte (?:de|des)|fais abstraction (?:de|des)|laisse tomber|contourne|contournez|désactive|désactivez|outrepasse",
  "ignoriere|ignorier|ignorieren|vergiss|vergesst|vergessen|missachte|missachten|überspringe|umgehe|umgehen|deaktiviere|deaktivieren|verwirf|verwerfen",
);
export const FILLER = String.raw`(?:\s+(?:all|of|about|everything|in|Sie|du|the|las|los|les|die|todas|toutes|alle|de|des))*`;
/** Asking for text to be shown, repeated or transformed. */
export const SHOW = any(
  String.raw`repeat|print|output|reveal|show|display|tell|list|give|share|recite|dump|leak|write out|paste|copy|spell out|quote|disclose|expose|echo|read out|type out|translate|encode|summari[sz]e|paraphrase|what (?:are|were|is|was)`,
  "repite|repíteme|muestra|muéstrame|dime|enséñame|revela|imprime|escribe|traduce|cuál es|cuáles son",
  "répète|répétez|montre|montrez|affiche|affichez|révèle|révélez|dis-moi|dites-moi|donne|donnez|écris|traduis|quelles sont|quel est",
  "wiederhole|wiederholen|zeig|zeige|zeigen|nenne|nennen|gib|verrate|verraten|schreib|schreibe|übersetze|liste|was sind|was ist",
);
export const OWN_ADJECTIVE = String.raw`(?:(?:own|exact|full|entire|complete|original|initial|actual|real|current|core|base|internal|hidden|secret|system|developer|operating|confidential)\s+)?`;
// After "show me your instructions" an attack ends the phrase or moves on ("... in full", "... and then"); a
// customer names a topic ("your rules on price matching", "your instructions for the return").
export const PHRASE_END = String.raw`(?=\s*(?:$|[.,;:!?)"'»(\[]|(?:and|then|into|as|word|verbatim|exactly|back|please|now|here|so|without|y|et|und|e)${E}|(?:in|to) (?:full|an?|json|code|plain|me|base64|emoji|french|german|spanish|\p{L}+ish)${E}))`;
/** Roles an attacker re-casts the assistant as. */
export const ROLE = any(
  String.raw`ai|a\.i\.|bot|chatbot|assistant|language model|llm|gpt|persona|character|pirate|grandma|grandmother|granny|villain|hacker|terminal|god|manager|admin|administrator|developer|robot|version|entity|rebel`,
  "asistente|pirata|personaje|abuela|IA|personnage|grand-mère|mamie|Assistent|KI|Figur|Pirat|Roboter|Oma|Großmutter",
);
export const PERSONA_NAME = String.raw`\p{Lu}\p{Ll}+\p{Lu}\p{L}*|\p{Lu}{3,}`;
export const MODE = any(
  String.raw`(?:developer|dev|debug(?:ging)?|admin|administrator|maintenance|god|sudo|root|super ?user|test(?:ing)?|diagnostic|unrestricted|unfiltered|uncensored|jailbreak|jailbroken|DAN|opposite|evil|chaos) mode`,
  String.raw`modo (?:desarrollador|administrador|admin|depuración|mantenimiento|dios|sin restricciones|DAN)`,
  String.raw`mode (?:développeur|administrateur|admin|débogage|maintenance|dieu|sans restrictions?|DAN)`,
  String.raw`(?:Entwickler|Admin|Administrator|Debug|Wartungs|Gott)-?modus`,
);
export const ACTIVATE = any(
  String.raw`enable|activate|enter|engage|unlock|turn on|switch (?:on|to|into)|go into|boot into|put (?:yourself )?(?:in|into)|you(?:'re| are) (?:now )?in|(?:this|the) (?:chat|conversation|session|bot|assistant|system) is (?:now )?in`,
  "activa|activar|entra en|cambia a|pasa a|active|activez|passe en|passez en|entre en|aktiviere|aktivieren|wechsle in|wechseln Sie in",
);
/** Who a customer claims to be when borrowing authority. The second list is also what customers are of their own accounts. */
export const STAFF_STRONG = String.raw`(?:employee|staff member|developer|engineer|programmer|creator|moderator|tester|support lead)s?`;
export const STAFF_ANY = String.raw`${STAFF_STRONG}|staff|owner|admin|administrator|operator|supervisor|manager`;
/** The checks a bypass goes after; "verification code" is the customer's own code and not a check being skipped. */
export const CHECKS = String.raw`(?:(?:identity|id|security|fraud|2fa|two[- ]factor|kyc|payment|account)\s+)?(?:checks?|verification|authentication|validation|verificación|validación|autenticación|vérification|authentification|Verifizierung|Überprüfung|Identitätsprüfung|Authentifizierung)${E}(?!\s+(?:code|email|e-mail|link|text|sms|message|mail|number|page|screen|código|Code))`;

export type Rule = { signal: InjectionSignal; weight: number; pattern: RegExp; unless?: RegExp };
