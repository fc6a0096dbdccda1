import { GERMAN_SYNONYMS } from "./synonyms-de";
import { SPANISH_SYNONYMS } from "./synonyms-es";
import { FRENCH_SYNONYMS } from "./synonyms-fr";

/**
 * The query side's small dictionary. Keys are folded (lowercase, no accents, ß → ss); values are English words the
 * knowledge base uses. Three tables:
 *
 * - QUERY_SYNONYMS: a word the articles never use → the words they do. Consulted only for words that are not in
 *   the index, so an article that really says "parcel" still matches "parcel" directly. This is also the bilingual
 *   term map (synonyms-es.ts, synonyms-fr.ts, synonyms-de.ts): Spanish, French and German words a customer uses
 *   about the store's topics (returns, refunds, shipping abroad, customs, warranty…) translate to the English words
 *   of the articles, so a question in those languages finds the English section that answers; the reply quotes the
 *   article as written.
 * - QUERY_EXPANSIONS: a word the articles do use, but in another sense or too rarely to find the rule the customer
 *   means ("worn outside" is about "outdoor wear"). Its extra terms are searched at half weight, besides the word.
 * - QUERY_PHRASES: phrases whose meaning is not in their words ("how long" asks about time, "coming off" about a
 *   sole separating), rewritten before tokenising, on the query and on the articles alike.
 *
 * ITEM_WORDS are the names of kinds of products ("tent", "boots", "Zelt"). They say which item a question is about,
 * not what about it, so when a question also has a policy word ("warranty", "return", "wash") they weigh a quarter
 * as much: "What's the warranty on your tents?" is a warranty question, not a tent-care one.
 */
export const QUERY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // English variants
  package: ["parcel"],
  packages: ["parcel"],
  arrive: ["delivery"],
  arrived: ["delivery"],
  arriving: ["delivery"],
  arrives: ["delivery"],
  came: ["delivery"],
  money: ["refund"],
  reimburse: ["refund"],
  reimbursement: ["refund"],
  swap: ["exchange"],
  replace: ["exchange"],
  login: ["sign"],
  log: ["sign"],
  signin: ["sign"],
  pwd: ["password"],
  passcode: ["password"],
  hacked: ["compromised"],
  stolen: ["compromised"],
  fraud: ["compromised"],
  coupon: ["promo"],
  voucher: ["promo"],
  shoes: ["boots"],
  shoe: ["boots"],
  sneakers: ["boots"],
  footwear: ["boots"],
  abroad: ["international", "countries"],
  overseas: ["international", "countries"],
  customs: ["duties"],
  tariff: ["duties"],
  tariffs: ["duties"],
  vat: ["taxes"],
  representative: ["person"],
  rep: ["person"],
  agent: ["person"],
  human: ["person"],
  guarantee: ["warranty"],
  guaranteed: ["warranty"],
  guarantees: ["warranty"],
  covered: ["warranty"],
  wore: ["worn", "wear"],
  wearing: ["worn", "wear"],
  trail: ["outdoor"],
  trails: ["outdoor"],
  hike: ["outdoor"],
  hikes: ["outdoor"],
  outdoors: ["outdoor"],
  ripped: ["tears"],
  torn: ["tears"],
  rip: ["tears"],
  zip: ["zipper"],
  zips: ["zipper"],
  germany: ["european", "union"],
  france: ["european", "union"],
  spain: ["european", "union"],
  italy: ["european", "union"],
  netherlands: ["european", "union"],
  belgium: ["european", "union"],
  austria: ["european", "union"],
  ireland: ["european", "union"],
  portugal: ["european", "union"],
  sweden: ["european", "union"],
  denmark: ["european", "union"],
  finland: ["european", "union"],
  poland: ["european", "union"],
  eu: ["european", "union"],
  england: ["united", "kingdom"],
  scotland: ["united", "kingdom"],
  wales: ["united", "kingdom"],
  britain: ["united", "kingdom"],
  ...SPANISH_SYNONYMS,
  ...FRENCH_SYNONYMS,
  ...GERMAN_SYNONYMS,
  // Destinations spelled differently outside English
  deutschland: ["european", "union"],
  osterreich: ["european", "union"],
  frankreich: ["european", "union"],
  spanien: ["european", "union"],
  italien: ["european", "union"],
  schweiz: ["switzerland"],
  norwegen: ["norway"],
  kanada: ["canada"],
  australien: ["australia"],
  neuseeland: ["new", "zealand"],
  grossbritannien: ["united", "kingdom"],
};

/**
 * Words the articles use, with a sense customers rarely mean by them, or too rarely to reach the rule asked about.
 * Searched at half weight besides the word itself (see retrieve-query.ts).
 */
export const QUERY_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  outside: ["outdoor"],
  mud: ["outdoor"],
  muddy: ["outdoor"],
  hiking: ["outdoor"],
  hiked: ["outdoor"],
  worn: ["wear"],
  used: ["worn"],
  wear: ["worn"],
  tear: ["tears"],
  broke: ["broken"],
  breaks: ["broken"],
  faulty: ["defect"],
  customs: ["duties"],
  // "How long" (rewritten to "time") is answered in days: "3 to 5 business days".
  time: ["days"],
  // Shipping abroad is shipping to other countries: the introduction of the international article says which.
  international: ["countries"],
  internationally: ["countries"],
};

/**
 * Phrases whose meaning is not in their words, rewritten before tokenising. Patterns run on folded text
 * (lowercase, no accents); they are applied to the articles too, so "How long a refund takes" meets "how long".
 */
export const QUERY_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhow long\b/g, "time"],
  [/\bhow (?:many|much) (?:business )?days\b/g, "time"],
  [/\bhow soon\b/g, "time"],
  [/\bwhen (?:will|do|does|would|can|should|could) (?:i|we) (?:get|receive|see|have)\b/g, "time"],
  [/\bhow much\b/g, "cost"],
  [/\bmoney back\b/g, "refund"],
  [/\bsend (?:it |them |this |these |that )?back\b/g, "return"],
  [/\b(?:opening|business|open|office) hours\b/g, "support hours"],
  [/\b(?:are you|is (?:support|the team|your team)) open\b/g, "support hours"],
  [/\b(?:log|sign) ?(?:in|on)\b/g, "sign in"],
  [/\bmot de passe\b/g, "password"],
  [/\bwhen will (?:it|my order|my package|my parcel) (?:arrive|come|get here)\b/g, "delivery time"],
  // A sole or a seam giving way is a warranty matter ("sole separation", "failed seams").
  [
    /\b(?:coming|came|come|comes|falling|fell|falls|peeling|peeled|pulling|pulled) (?:off|apart|away|loose|undone)\b/g,
    "separation defect",
  ],
  [/\b(?:detach(?:ed|ing|es)?|unglued|unstuck|delaminat\w*)\b/g, "separation defect"],
  [/\bwear and tear\b/g, "wear tear"],
  // Shipping abroad in Spanish, French and German.
  [/\b(?:al|en el|del) extranjero\b/g, "international countries"],
  [/\ba l'etranger\b/g, "international countries"],
  [/\b(?:ins|im) ausland\b/g, "international countries"],
  // How long, in Spanish, French and German.
  [/\bcuanto (?:tiempo|tarda|tardan|tardara)\b/g, "time"],
  [/\bcombien de (?:temps|jours)\b/g, "time"],
  [/\bwie (?:lange|schnell)\b/g, "time"],
  [/\bcuanto cuesta\b/g, "cost"],
  [/\bcombien (?:coute|ca coute)\b/g, "cost"],
  [/\bwas kostet\b/g, "cost"],
  [/\bgeld zuruck\b/g, "refund"],
  [/\b(?:mi |el )?dinero de vuelta\b/g, "refund"],
  [/\bdevolver(?:an|ian)? (?:mi |el )?dinero\b/g, "refund"],
  // Multi-word product kinds and parts.
  [/\btienda de campana\b/g, "tent"],
  [/\bfermeture (?:eclair|a glissiere)\b/g, "zipper"],
  [/\bcarte cadeau\b/g, "gift card"],
  [/\btarjeta (?:de )?regalo\b/g, "gift card"],
  [/\b(?:se )?(?:decolle|detache)\b/g, "separation"],
  [/\b(?:lost|loest) sich\b/g, "separation"],
  [/\bgeht ab\b/g, "separation"],
];

/**
 * Kinds of product (English, Spanish, French, German; folded, before stemming). In a question that also has a
 * policy word they weigh a quarter as much (retrieve-query.ts): the item names the thing, the other words the rule.
 */
export const ITEM_WORDS: ReadonlySet<string> = new Set(
  `tent tents tarp tarps boot boots shoe shoes sneakers footwear jacket jackets parka parkas hoodie hoodies fleece
  softshell trousers pants socks beanie hat gloves gear item items product products bag bags quilt pad pads pillow
  backpack backpacks pack packs daypack stove stoves pot pots mug lantern headlamp filter bottle poles chair compass
  canister kit zelt zelte stiefel schuhe wanderschuhe jacke jacken rucksack schlafsack botas zapatos chaqueta mochila
  saco tienda bottes chaussures veste tente sac`
    .split(/\s+/)
    .filter(Boolean),
);

/** Longest-first list of synonym keys a German compound may be made of ("Versand" + "kosten"). */
export const COMPOUND_PARTS: readonly string[] = Object.keys(QUERY_SYNONYMS)
  .filter((key) => key.length >= 4)
  .sort((a, b) => b.length - a.length);
