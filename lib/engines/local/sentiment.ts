import vader from "vader-sentiment";
import type { Sentiment } from "@/lib/engines/types";
import { foldText } from "@/lib/text/tokenize";
import { cueGroups } from "./cues";
import { detectLanguage } from "./language";

/**
 * Sentiment of one customer message: frustrated, neutral or positive, with a score in -1..1.
 *
 * Three parts, added in VADER's units (a word's valence is about -4..4) and squashed as VADER squashes:
 * 1. VADER (the `vader-sentiment` package, Hutto & Gilbert 2014): a 7,500-word English lexicon validated by human
 *    raters, with negation, intensifiers, "but", SHOUTED words and "!!!". A few English words it reads as feelings
 *    are plain support vocabulary here ("help", "please", "cancel", "credit", "no") and are scored by (2) instead.
 * 2. The team's own lexicon for what VADER lacks: Spanish, French and German words and emoji, and support words
 *    with a valence that fits support chat ("damaged" is a fact to act on, not fury), with the same negation,
 *    intensifier and "but" handling. Only words VADER does not know are used, so nothing is counted twice.
 * 3. Frustration cues VADER has no words for: giving up on the company ("never again", "done with you", "last time
 *    I order"), contacting again and again, waiting, sarcasm ("thanks for nothing", "great, another delay"),
 *    exasperated questions ("Seriously??", "why is it so hard"), shouting, and the cue group `anger` of cues.ts.
 * Transparent and fast (tens of microseconds a message), so a supervisor can see why a message scored as it did.
 * The score keeps the old scale (-1..1, frustrated at -0.25 or below, positive at 0.25 or above).
 */
export type SentimentResult = { sentiment: Sentiment; score: number };

const analyzer = vader.SentimentIntensityAnalyzer;

/**
 * Words VADER scores that are ordinary support vocabulary: hidden from VADER and scored here instead (on their
 * own they do not make a message frustrated or positive). "Can you help me, please" is a request, "I'd like to
 * cancel" is an intent, "my order arrived damaged" is a fact.
 */
const SUPPORT_WORDS: Record<string, number> = {
  help: 0, please: 0, pls: 0, plz: 0, want: 0, like: 0, true: 0, yes: 0, ok: 0, okay: 0, sure: 0, yeah: 0, yep: 0,
  fine: 0.3, free: 0, save: 0, credit: 0, gift: 0, care: 0, support: 0, share: 0, kind: 0, pretty: 0, interested: 0,
  safe: 0, secure: 0, security: 0, protect: 0, matter: 0, hope: 0, hoping: 0, important: 0, urgent: 0, pay: 0,
  charge: 0, charges: 0, charged: 0, cancel: 0, cancelled: -0.3, canceled: -0.3, honestly: 0, honest: 0, special: 0, promise: 0, promised: 0,
  dispute: -0.4, apologize: 0, apologise: 0, sorry: 0, legal: 0, fit: 0, fits: 0, accept: 0, accepted: 0, accepts: 0,
  approved: 0, allow: 0, allowed: 0, clear: 0, ready: 0, responsive: 0, loose: 0, warm: 0, ignore: 0, disregard: 0,
  mistake: 0, accidentally: 0, accident: 0, stop: 0, drop: 0, worn: 0, spam: 0, kill: 0, block: 0, blocked: 0,
  forget: 0, pretend: 0, saved: 0, created: 0, number: 0, chance: 0, vip: 0, rewards: 0, loyalty: 0, favor: 0,
  favour: 0, jk: 0, po: 0, holiday: 0, play: 0, grant: 0, entitled: 0, honor: 0, honour: 0, approval: 0, approves: 0,
  alert: 0, redeemed: 0, freestanding: 0, swear: 0, tx: 0, expired: 0,
  // Hard circumstances are not anger at the company: "my father died" asks for care, not an apology for trouble.
  died: 0, death: 0, dead: 0, funeral: 0, grief: 0, grieving: 0, mourning: 0, widowed: 0, sick: 0, ill: 0,
  illness: 0, cancer: 0,
  stopped: -0.3, error: -0.4, errors: -0.4, rejects: -0.4, rejected: -0.4, leak: -0.5, leaked: -0.5, leaks: -0.5,
  defective: -0.6, broke: -0.6, hacked: -0.5, stolen: -0.5, suspended: -0.5, fake: -0.5, fraudulent: -0.5,
  problem: -0.7, problems: -0.7, issue: -0.4, issues: -0.4, wrong: -0.7, missing: -0.6, damaged: -0.7, broken: -0.7,
  lost: -0.7, joke: -1.5, delay: -0.6, delays: -0.6, delayed: -0.7, late: -0.5, stuck: -0.7, missed: -0.5, emergency: -0.4,
};

/** What VADER has no entry for: Spanish, French and German words, emoji, chat shorthand. */
const EXTRA_LEXICON: Record<string, number> = {
  // English chat and support words VADER lacks (the load filter below drops any VADER knows).
  rediculous: -2.5, nightmare: -3, disgraceful: -3, shameful: -3, garbage: -2.8, junk: -2.5, ripoff: -2.8,
  incompetence: -2.8, unreachable: -1.5, stranded: -2, overbooked: -1.5, unanswered: -1.5, unresponsive: -1.8,
  kudos: 2.5,
  // Spanish
  enfadado: -2.5, enfadada: -2.5, pesimo: -3, pesima: -3, malo: -2, mala: -2, harto: -2.5, harta: -2.5,
  decepcionado: -2.2, decepcionada: -2.2, verguenza: -2.8, inaceptable: -3, horrible: -3, fatal: -2.5, basura: -2.8,
  gracias: 1.5, genial: 2.5, excelente: 3, perfecto: 3, bueno: 1.8, buena: 1.8, encanta: 3, estafa: -3,
  // French
  nul: -2.5, nulle: -2.5, inadmissible: -3, honteux: -3, honte: -2.8, mecontent: -2.2, mecontente: -2.2, decu: -2.2,
  decue: -2.2, enerve: -2.5, enervee: -2.5, lamentable: -3, inacceptable: -3, marre: -2.5, merci: 1.5, parfait: 3,
  bravo: 2.5,
  // German
  schlecht: -2, enttauscht: -2.2, unzufrieden: -2.2, frechheit: -3, furchtbar: -3, schrecklich: -3,
  argerlich: -2.2, verargert: -2.5, katastrophe: -3, katastrophal: -3, unverschamt: -3, zumutung: -3,
  inakzeptabel: -3, danke: 1.5, toll: 2.5, toller: 2.5, tolle: 2.5, tolles: 2.5, prima: 2.5, hilfreich: 2,
  zufrieden: 2, klasse: 2.5,
  // Emoji
  "😡": -3, "😠": -2.8, "🤬": -3.2, "😤": -2.2, "😞": -2, "😢": -2, "😭": -2.2, "👎": -2, "🙄": -1.5, "😒": -1.5,
  "🙂": 1.2, "😊": 2, "😀": 2, "😃": 2, "😍": 3, "👍": 1.8, "❤": 2.5, "🙏": 1, "🎉": 2,
};

// Only what VADER lacks: a word it already scores would be counted twice.
const LEXICON: Record<string, number> = { ...SUPPORT_WORDS };
for (const [word, valence] of Object.entries(EXTRA_LEXICON)) {
  if (!(word in SUPPORT_WORDS) && analyzer.polarity_scores(word).compound === 0) LEXICON[word] = valence;
}

/**
 * Idioms scored as a whole, before VADER sees the text (its reading of their words would be wrong), in English,
 * Spanish, French and German. Matched on folded text, case-insensitively.
 */
const IDIOMS: Array<[RegExp, number]> = [
  [/\bno (?:problem|problems|worries|worry)\b/g, 1.2],
  [/\bno pasa nada\b|\bpas de (?:souci|probleme)\b|\bkein problem\b/g, 1.2],
  [/\bthank you\b/g, 1.8],
  [/\bno good\b/g, -1.5],
  [/\b(?:don'?t|do not|didn'?t|did not|doesn'?t|does not) (?:really )?like\b/g, -1.5],
  [/\bfed up\b|\bsick (?:and tired )?of\b|\bhad enough\b|\bhad it with\b/g, -2.6],
  [/\bwaste of (?:my )?(?:time|money)\b|\bpiece of (?:junk|crap|garbage)\b|\brip(?:ped)? ?off\b/g, -2.8],
  [/\bwell done\b|\bfive stars\b/g, 2.2],
  [/\bmuchas gracias\b|\bmerci beaucoup\b|\bvielen dank\b/g, 2],
  [/\bj'en ai marre\b|\bras le bol\b|\bestoy hart[oa]\b|\bnase voll\b|\breicht mir\b|\bya basta\b/g, -2.8],
];

const IDIOMS_ANY_CASE = IDIOMS.map(([pattern]) => new RegExp(pattern.source, "gi"));

/**
 * Frustration VADER has no words for. Each cue counts once, with a valence in VADER's units; matched on folded
 * text (lowercase, no accents). Written from what support teams see, in four languages; none alone is needed.
 */
/** How long it has taken: "it's been two weeks", "4 hours late", "waited 40 minutes". */
const HOW_LONG = /\b(?:it'?s been|it has been|been|for|over|after|took|taking|waited|waiting|wait|late|delayed|now)\s+(?:over |more than |almost |nearly |about |like |another )?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|several|many|a few|few)\s*\+?\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\b|\b(?:\d+|two|three|four|five|six|several)\s*\+?\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?) (?:late|delay|delayed|wait|waiting|on hold|and (?:still|counting|nothing|no))\b/g;
const FRUSTRATION_CUES: Array<[RegExp, number]> = [
  // Giving up on the company.
  [/\bnever (?:again|ever again)\b|\bnot? (?:ever )?again\b[.!]|\b(?:never|not|won'?t|will not|wont) (?:be )?(?:fly|flying|order|ordering|buy|buying|shop|shopping|book|booking|use|using|come back|coming back|recommend|recommending|deal|dealing|travel|travell?ing)\b(?: with| from| at)? (?:you|u|this|your|them|again)\b/g, -2.4],
  [/\b(?:done|finished|through) with (?:you|u|this|your|y'all|ya)\b|\bi'?m done\b|\bi give up\b|\bgiving up\b/g, -2.2],
  [/\b(?:last|final) time (?:i|we|i'll|i'm|ever)\b|\b(?:take|taking|took|bring|bringing|go|going|shop|shopping|spend|spending|fly|flying|book|booking)(?: (?:my|our))?(?: (?:business|money|custom))? elsewhere\b|\b(?:switch|switching|moving|going|go) to (?:a )?(?:another|different|competitor|your competitor|someone else)\b|\b(?:lost|losing) (?:a|another|me as a|my) (?:loyal )?customer\b|\bcancel(?:l?ing)? my (?:account|membership|subscription|card) (?:with you|because|for good)\b/g, -2.2],
  [/\bnunca mas\b|\bplus jamais\b|\bnie wieder\b|\bultima vez que\b|\bderniere fois que\b|\bletzte mal\b/g, -2.4],
  // Contacting again and again.
  [/\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:st|nd|rd|th)) (?:time|call|email|message|attempt)\b|\b(?:tercera|cuarta) vez\b|\b(?:troisieme|quatrieme) fois\b|\b(?:zweite|dritte|vierte)n? mal\b/g, -1.8],
  [/\b(?:called|call|emailed|email|messaged|contacted|asked|tried|written|wrote|chatted|dm'?d|tweeted)\b[^.!?]{0,25}\b(?:twice|(?:two|three|four|five|six|several|multiple|many|\d+) times|again and again|over and over|every day|multiple)\b/g, -1.8],
  [/\bhow many (?:more )?times\b|\b(?:yet )?again\?|\byet again\b|\bkeep (?:getting|telling|saying|asking|sending|being|calling|hanging)\b|\bagain and again\b|\bover and over\b|\botra vez\b|\bencore une fois\b|\bschon wieder\b/g, -1.5],
  // Waiting.
  [/\bstill (?:waiting|no\b|not\b|nothing|haven'?t|hasn'?t|don'?t|doesn'?t|can'?t|cannot|without|stuck|on hold)|\b(?:been )?waiting (?:for )?(?:over |more than |almost |nearly |about |like )?(?:\d+|an?|one|two|three|four|five|several|many|hours|days|weeks|forever|ages)\b|\bon hold\b|\b(?:hours|days|weeks|months) (?:later|and still|now|on end)\b|\bforever\b|\btodavia no\b|\bsigo esperando\b|\btoujours pas\b|\bj'attends\b|\bimmer noch (?:nicht|kein)|\bwarte (?:seit|immer)\b/g, -1.6],
  [/\b(?:no ?one|nobody|noone|no one)\b[^.!?]{0,15}\b(?:answer|answers|answering|respond|responds|responding|reply|replies|replying|help|helps|helping|cares|picks|pick|call|calls|calling|get back|got back|knows)\b|\bno (?:answer|answers|response|responses|reply|replies|update|updates|call ?back|word|help|info|information|explanation|communication|notification|notice|warning|compensation|apology|follow ?up)\b|\bnadie\b|\bpersonne ne\b|\bniemand\b/g, -1.6],
  [/\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|still not|havent|hasnt|didnt) (?:heard|got|gotten|received|arrived|came|showed|responded|replied|answered|called|bothered|fixed)\b/g, -0.5],
  [HOW_LONG, -1],
  // Something went wrong and someone did it: "my bag was lost", "you cancelled my order".
  [/\b(?:was|were|got|been|is|are|being|keeps? getting)\s+(?:\w+\s+)?(?:cancell?ed|delayed|lost|damaged|broken|overbooked|stranded|bumped|misplaced|ignored|overcharged|double charged|charged twice)\b|\b(?:you|they|u|y'all|you guys)(?:'ve| have)?\s+(?:\w+\s+)?(?:lost|broke|damaged|cancell?ed|delayed|ruined|ignored|forgot|messed up|screwed up|overcharged)\b/g, -0.6],
  // Expectations broken: "I was told", "you promised", "supposed to", "not even a reply", "the least you could do".
  [/\b(?:was|were) (?:told|promised|assured)\b|\bsupposed to\b|\byou (?:said|promised|told me|assured)\b|\bshould(?:n'?t| not)? have\b|\bshouldn'?t (?:have to|need to|be)\b|\bnot (?:even|once|a single|one)\b|\bthe least you\b|\bat least (?:acknowledge|respond|reply|answer|tell|let|apologi[sz]e)\b|\bme dijeron\b|\bon m'a dit\b|\bmir wurde gesagt\b/g, -1],
  [/\bleft (?:me|us) (?:stranded|waiting|hanging|on hold|without)\b|\bmissed (?:my|our|the) (?:connection|connecting|flight|delivery|appointment|wedding|meeting|event)\b/g, -1.2],
  [/\b(?:can'?t|cannot|couldn'?t|unable to) (?:get through|get anyone|reach|talk to|speak to|get a hold|get ahold|get an answer|get help)\b/g, -1.6],
  // Help that did not come, attempts that did not work.
  [/\b(?:didn'?t|did not|doesn'?t|does not|won'?t|will not|wouldn'?t|can'?t|cannot|couldn'?t|refuse[sd]? to|refusing to|unwilling to|never) help\b|\bno help\b|\bnot (?:very |at all )?help(?:ful|ing)\b|\bunhelpful\b|\bfor once\b/g, -1.4],
  [/\b(?:tried|trying|try|called|calling)\b[^.!?]{0,30}\b(?:\d+ ?x|\d+ times|several times|multiple times|many times|all day|all morning|all week)\b/g, -1.2],
  [/\b(?:site|website|app|system|page|phone line|lines?)s? (?:is|are|was|were|went|keeps? going|has been) down\b|\bcrash(?:ed|es|ing)\b|\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|stopped) work(?:ing)?\b|\bwon'?t let me\b/g, -0.6],
  // Exasperated questions and disbelief.
  [/\bseriously\b|\bare you (?:serious|kidding|joking)\b|\byou(?:'re| are) (?:kidding|joking)\b|\bunbelievable\b|\bcan'?t believe\b|\bwhat a joke\b|\bwhat is (?:wrong with|going on with) (?:you|this|your)\b|\bwtf\b|\bwth\b|\bwhat (?:happened to|is happening|is going on|'s going on|the hell|the heck)\b|\ben serio\b|\bc'est une blague\b|\bim ernst\b/g, -1.6],
  [/\bwhy (?:is it|does it|do i|do you|did you|can'?t|cant|won'?t|wont|don'?t|dont|doesn'?t|isn'?t|didn'?t|would|is no ?one|is nobody|are you|should i|must i|am i|have i|has no ?one)\b|\bhow (?:hard|difficult) (?:is it|can it be)\b|\bhow (?:is|was) (?:this|that|it) (?:possible|acceptable|ok|okay|fair|legal)\b|\bhow (?:come|dare)\b|\bwhat(?:'s| is) the point\b|\b(?:is|are) (?:anyone|anybody|someone) (?:there|listening|home|working)\b|\bpor que no\b|\bpourquoi (?:personne|pas|est-ce)\b|\bwarum (?:nicht|kann|muss|ist)\b/g, -1.2],
  [/\byou (?:people|guys|clowns)\b|\bshame on you\b|\bdo better\b|\bget (?:it|your act) together\b|\bget your act\b/g, -1.4],
  [/\bcustomer (?:dis)?service (?:is|was|sucks|has been)\b[^.!?]{0,20}\b(?:non-?existent|nonexistent|a joke|terrible|horrible|awful|useless|the worst)\b/g, -1],
];

const NEGATED = /\b(?:not|no|never|nothing|nobody|cannot|\w+n't|(?:ca|do|wo|did|does|is|was|are|were|have|has|had|could|would|should)nt|pas|jamais|nunca|nadie|nicht|nie|kein\w*)\b/g;
const WHY_STILL = /\b(?:why|still|porque|pourquoi|warum|todavia|toujours|immer noch)\b/;
const SERVICE = /\bcustomer (?:service|care|support)\b|\bservice (?:client|al cliente)\b|\bkundenservice\b/;
const WEAK = 0.35;
const DURATION = /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|several|many)\s*\+?\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\b/;
const WAITING = /\b(?:wait\w*|hold|delay\w*|late|line|queue|sitting|sat|stuck|still|since|tarmac|runway|gate)\b/;

/**
 * Sarcasm: praise that means the opposite. When one of these occurs, the praise VADER counted is read as blame.
 * "Thanks for nothing", "great, another delay", "love waiting on hold", "just great", "yeah right".
 */
const SARCASM: RegExp =
  /\bthanks? (?:a lot |so much )?for nothing\b|\bthanks a lot\b[^.!?]{0,40}\b(?:not|never|no|nothing|again|delay|late|lost|cancel|wait|hold)|\bjust (?:great|perfect|wonderful|brilliant|fantastic|lovely|awesome)\b|\byeah,? right\b|\b(?:oh )?(?:great|wonderful|perfect|fantastic|brilliant|awesome|lovely|nice),? (?:another|more|yet|now|again|so|just)\b|\b(?:love|loving|enjoy|enjoying) (?:being|how|when|that|waiting|sitting|the wait|spending|having to|to wait|it when)\b|\bthanks for (?:the|making|ruining|wasting|losing|nothing|cancel|delay|leaving)\w*\b[^.!?]{0,30}\b(?:not|never|no|nothing|delay|cancel|lost|late|wait|hold|ruin|wast)|\bso (?:helpful|great|useful)\.{2,}|\bsaid no one\b|\/s\b|\bmerci pour rien\b|\bgracias por nada\b|\bdanke fur nichts\b/;

const NEGATIONS = new Set([
  "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "hardly", "without", "cannot",
  "dont", "isnt", "wasnt", "didnt", "doesnt", "cant", "wont", "aint", "havent", "hasnt", "wouldnt", "couldnt",
  "pas", "jamais", "nicht", "kein", "keine", "nie", "nunca", "tampoco", "ni",
]);
const INTENSIFIERS = new Set([
  "very", "really", "so", "extremely", "super", "totally", "absolutely", "incredibly", "completely", "utterly", "too",
  "truly", "seriously", "muy", "tan", "tres", "vraiment", "sehr", "total", "echt", "wirklich",
]);
const DAMPENERS = new Set(["slightly", "somewhat", "kinda", "sorta", "bit", "little", "fairly", "barely", "quite", "poco", "peu", "etwas"]);
/** Capitalised words that are names, not shouting. */
const ACRONYMS = new Set(["usa", "faq", "asap", "sku", "ups", "dhl", "usps", "fedex", "vip", "rma", "eta", "pdf", "iban", "tsa", "lax", "jfk", "nyc", "atl", "ord", "dfw", "sfo", "bos", "dca", "iad", "lga", "ewr", "phl", "clt", "phx", "den", "sea", "mco"]);

/** VADER's negations and "but", which it only recognises in lowercase. */
const VADER_LOWERCASE = new Set([
  "but", "not", "never", "none", "nope", "nor", "nothing", "nowhere", "neither", "without", "rarely", "seldom", "despite",
  "cannot", "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
  "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt", "uhuh",
]);
const NEGATION_SCALE = -0.74;
const INTENSIFIER_SCALE = 1.3;
const DAMPENER_SCALE = 0.7;
const CAPS_SCALE = 1.4;
/** Cues can make a message frustrated, but never outweigh everything else many times over. */
const MAX_CUES = -4.5;
const SHOUTING = -1;
const ALPHA = 15; // VADER's normalisation constant
const THRESHOLD = 0.25;

const TOKEN_OR_BOUNDARY = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|[.!?;]+/gu;
const SENTENCE_END = /^[.!?;]+$/;
const ENGLISH_WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;
const EDGE_PUNCTUATION = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]+|[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]+$/g;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032`´]/g;

export function analyzeSentiment(text: string): SentimentResult {
  let folded = foldText(text).replace(/\b(?:kind|sort) of\b/g, "kinda");
  let total = 0;

  // Idioms: scored whole, then blanked in both the folded text and what VADER reads.
  let forVader = text.replace(CURLY_APOSTROPHES, "'");
  for (const [pattern, valence] of IDIOMS) {
    folded = folded.replace(pattern, () => {
      total += valence;
      return " ";
    });
  }
  for (const pattern of IDIOMS_ANY_CASE) forVader = forVader.replace(pattern, " ");

  // (1) VADER, without the support vocabulary, with hashtags read as words, sentence by sentence; "!" and "?"
  // add emphasis once, below, to the sum of all three parts. "no" becomes "not": VADER scores "no" itself -1.2
  // ("no tracking yet" is not a complaint) and does not let it negate ("no good").
  forVader = forVader
    .replace(ENGLISH_WORD, (word) => {
      const lower = word.toLowerCase();
      if (lower === "no") return "not";
      if (lower in SUPPORT_WORDS) return "xx";
      // This port of VADER matches negations and "but" case-sensitively: "Not bad" would read as "bad".
      return VADER_LOWERCASE.has(lower) || lower.endsWith("n't") ? lower : word;
    })
    .replace(/#(?=\p{L})/gu, "");
  // Sentence by sentence, as VADER's authors advise: a negation does not reach into the next sentence
  // ("No answer. I hate this" is not "I don't hate this"). VADER's lexicon is English: in "Kann ich die Größe ändern?" it would read the German article as "die". A
  // message of one or two words is too short to tell ("no good" looks Spanish), so VADER reads it anyway.
  const english = detectLanguage(text) === "en" || (text.match(/\p{L}+/gu) ?? []).length < 3;
  for (const sentence of english ? forVader.split(/[.!?;\n]+/) : []) {
    if (mayScore(sentence)) total += fromCompound(analyzer.polarity_scores(sentence).compound);
  }
  const fromVader = total;

  // (2) The team's lexicon: only words VADER lacks, with negation, intensifiers, dampeners, shouting and "but".
  const tokens: string[] = folded.match(TOKEN_OR_BOUNDARY) ?? [];
  const hasLower = /\p{Ll}/u.test(text);
  const rawWords: string[] = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const shouted = hasLower ? rawWords.filter((w) => w.length >= 3 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) : [];
  const shoutedFolded = new Set(shouted.map(foldText));
  const butIndex = tokens.lastIndexOf("but");
  tokens.forEach((token, i) => {
    const base = LEXICON[token];
    if (!base) return;
    let valence = base;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const previous = tokens[i - back]!;
      if (SENTENCE_END.test(previous)) break;
      if (NEGATIONS.has(previous) || previous.endsWith("n't")) {
        valence *= NEGATION_SCALE;
        break;
      }
      if (back === 1 && INTENSIFIERS.has(previous)) valence *= INTENSIFIER_SCALE;
      if (back <= 2 && DAMPENERS.has(previous)) valence *= DAMPENER_SCALE;
    }
    if (shoutedFolded.has(token)) valence *= CAPS_SCALE;
    // "The jacket is nice but the zipper broke": the clause after "but" carries the verdict.
    if (butIndex >= 0) valence *= i > butIndex ? 1.5 : 0.5;
    total += valence;
  });

  // (3) Frustration cues.
  let cues = 0;
  let durationCounted = false;
  for (const [pattern, valence] of FRUSTRATION_CUES) {
    pattern.lastIndex = 0;
    if (pattern.test(folded)) {
      cues += valence;
      if (pattern === HOW_LONG) durationCounted = true;
    }
  }
  if (cueGroups(folded).includes("anger")) cues -= 1;
  // Weak complaint markers (Preoţiuc-Pietro et al. 2019, "Automatically identifying complaints in social media":
  // negations, "why", "still", talking about "customer service"), counted in a message that reads no better than
  // neutral; none of them alone makes it frustrated.
  const negations = (folded.match(NEGATED) ?? []).length;
  if (total <= 0) cues -= WEAK * (Math.min(negations, 2) + (WHY_STILL.test(folded) ? 1 : 0) + (SERVICE.test(folded) ? 1 : 0));
  // A length of time in the same sentence as waiting: "the wait on the phone is 40 minutes", "2 hours on the tarmac".
  if (!durationCounted && folded.split(/[.!?;\n]+/).some((s) => DURATION.test(s) && WAITING.test(s))) cues -= 1;
  // Shouting words that carry no valence themselves ("WHERE IS MY REFUND"): VADER only boosts lexicon words.
  if (shouted.filter((w) => w.length >= 4 && /^\p{Lu}+$/u.test(w) && !ACRONYMS.has(foldText(w)) && !(foldText(w) in LEXICON)).length >= 2) cues += SHOUTING;
  if (SARCASM.test(folded)) {
    // The praise was blame: take it back twice over, and count the sarcasm itself.
    if (fromVader > 0) total -= 2 * fromVader;
    cues -= 2;
  } else if (cues < 0 && fromVader > 0) {
    // Politeness does not cancel a complaint: "my bag is lost, please help, thanks!" is not a happy message.
    total -= fromVader / 2;
  }
  total += Math.max(cues, MAX_CUES);

  // Emphasis, as VADER adds it: up to four "!", and two or more "?".
  if (total !== 0) total += Math.sign(total) * emphasis(text);

  const score = round(total / Math.sqrt(total * total + ALPHA));
  const sentiment: Sentiment = score <= -THRESHOLD ? "frustrated" : score >= THRESHOLD ? "positive" : "neutral";
  return { sentiment, score };
}

/**
 * Whether VADER could score anything in a sentence: only its lexicon words (and emoticons) carry valence, and
 * boosters, negations and idioms act only on them, so a sentence without one scores 0 and VADER (a few hundred
 * microseconds on a long message) is not asked. Whether a word is in the lexicon is asked once and remembered.
 */
const known = new Map<string, boolean>();
const MAX_KNOWN = 50_000;
function mayScore(sentence: string): boolean {
  for (const raw of sentence.split(/\s+/)) {
    if (raw.length < 2) continue;
    const word = raw.replace(EDGE_PUNCTUATION, "").toLowerCase();
    if (!/[a-z0-9]/.test(word)) return true; // an emoticon, or something VADER may read as one
    if (word.length < 2) continue;
    let hit = known.get(word);
    if (hit === undefined) {
      hit = analyzer.polarity_scores(word).compound !== 0;
      if (known.size >= MAX_KNOWN) known.clear();
      known.set(word, hit);
    }
    if (hit) return true;
  }
  return false;
}

/** VADER's compound back to its sum of valences (compound = sum / sqrt(sum² + 15)). */
function fromCompound(compound: number): number {
  const c = Math.max(-0.9999, Math.min(0.9999, compound));
  return c === 0 ? 0 : c * Math.sqrt(ALPHA / (1 - c * c));
}

function emphasis(text: string): number {
  const exclamations = Math.min((text.match(/!/g) ?? []).length, 4) * 0.292;
  const questions = (text.match(/\?/g) ?? []).length;
  return exclamations + (questions > 3 ? 0.96 : questions > 1 ? questions * 0.18 : 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
