/** Profanity in a reply, obfuscated or not. */

const LOOKALIKE: Record<string, string> = {
  a: "a@4*",
  b: "b8",
  c: "c(k",
  d: "d",
  e: "e3*",
  f: "f",
  g: "g9",
  h: "h#",
  i: "i1!|l*y",
  k: "kc",
  l: "l1|",
  m: "m",
  n: "n",
  o: "o0*",
  p: "p",
  r: "r",
  s: "s$5z*",
  t: "t7+*",
  u: "uv*",
  w: "w",
  x: "x",
  y: "y",
};
const letter = (ch: string) => `[${(LOOKALIKE[ch] ?? ch).replace(/[\]\\^-]/g, "\\$&")}]`;
/** A word with look-alike characters, optional repeats and spaced letters ("f*ck", "fvck", "sh1t", "s h i t"). */
function obfuscated(word: string, suffixes: string, spaced = true): string {
  const gap = spaced ? String.raw`[\s._\-]{0,2}` : "";
  const [first, ...rest] = [...word];
  return `(?<![\\p{L}\\p{N}])${letter(first!)}+${rest.map((ch) => `${gap}${letter(ch)}+`).join("")}(?:${suffixes})?(?![\\p{L}\\p{N}])`;
}
const PROFANITY: RegExp[] = [
  ...[
    ["fuck", "ing|in|ed|er|ers|s|face|wit|off"],
    ["shit", "s|ty|ting|ted|head|heads|show|hole"],
    ["bitch", "es|y|ing"],
    ["asshole", "s"],
    ["bastard", "s"],
    ["cunt", "s"],
    ["motherfucker", "s"],
    ["bullshit", ""],
    ["wanker", "s"],
    ["bollocks", ""],
    ["piss", "ed|ing"],
    ["crap", "py|s"],
    ["damn", "ed|it"],
    ["dickhead", "s"],
    ["twat", "s"],
  ].map(([word, suffixes]) => new RegExp(obfuscated(word!, suffixes!), "iu")),
  // "ass" only as a word or visibly masked ("a$$", "@ss", "a**"): "class", "pass" and "assist" stay clean.
  /(?<![\p{L}\p{N}$@*])(?:ass|a[$*]{2}|@ss|@\$\$|a\$s|as\$)(?:hole|holes|es)?(?![\p{L}\p{N}$*])/iu,
  /\b(?:wtf|stfu|fml|gtfo|idiot|stupid customer|moron)\b/i,
];

export function findProfanity(sentence: string): string | null {
  for (const pattern of PROFANITY) {
    const match = pattern.exec(sentence);
    if (match) return match[0];
  }
  return null;
}
