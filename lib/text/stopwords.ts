/**
 * Words that carry no topic for retrieval. Besides the usual English function words, the list holds the filler
 * of chat messages ("hi", "please", "wondering") and the commonest Spanish, French and German function words:
 * without them a polite or non-English question would look as if it were about many unknown things, and its
 * retrieval score (the share of the query's best possible score) would sink for reasons unrelated to the topic.
 */
const ENGLISH = `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll
they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll
you're you've your yours yourself yourselves im ive dont cant wont didnt doesnt isnt u ur pls plz`;

const CHAT_FILLER = `hi hello hey hiya thanks thank thx ty please kindly just really actually maybe perhaps wondering
wonder wondered possibly quick question questions tell know let want wanted wanna need needed help like would could
get got gotta can anyone someone something anything thing things way ok okay yes yeah yep sure well also still even
much many lot lots bit one two us guys whether take takes took taking give gives gave make makes made go goes going went
come comes`;

const SPANISH = `el la los las un una unos unas de del al y o que en es son por para con sin mi mis tu tus su sus se
me te le lo como cuando donde puedo puede quiero hola gracias favor por-favor esta este estoy hay ya no si muy`;

const FRENCH = `le la les un une des de du et ou que qui en est sont pour par avec sans mon ma mes ton ta tes son sa
ses se me te je tu il elle nous vous ils comment quand ou puis peux veux bonjour merci svp ce cette ai a pas ne
tres`;

const GERMAN = `der die das ein eine einen einem einer und oder dass in ist sind fur mit ohne mein meine dein sein
ich du er sie wir ihr es wie wann wo kann mochte hallo danke bitte nicht kein keine auf zu von den dem des`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, CHAT_FILLER, SPANISH, FRENCH, GERMAN].flatMap((list) => list.split(/\s+/).filter(Boolean)),
);

/**
 * More function words of Spanish, French and German questions ("Muss ich … wenn ich nach …", "Est-ce que je dois
 * …"), for retrieval only. They are kept out of STOP_WORDS, which the local intent classifier's features also
 * read: changing that set would change what the trained classifier sees.
 */
const QUERY_ONLY = `will shall bekomme bekommen bekommt erhalte erhalten muss musst mussen wenn nach wird werden bei aus uber was haben habe bin bist auch schon sich man
mal nur wieder an im am um vom zum zur ob soll sollte konnen konnte darf durfen gibt wurde wurden ihre ihren unsere
tengo tiene tienen hacen hace haceis hacemos hago debo debe deben algo mas sobre desde hasta otro otra estan fue ser estar voy va han he ha cual
les nos os mucho cuando tambien todavia dois doit doivent faut il y est-ce suis aux au sur dans mais si faire fait
peut pouvez voudrais vos votre notre nos leur on quoi quel quelle quels lorsque avoir etre encore deja une fois`;

const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(QUERY_ONLY.split(/\s+/).filter(Boolean));

/** Whether retrieval ignores a (folded) query or article word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || QUERY_STOP_WORDS.has(word);
}
