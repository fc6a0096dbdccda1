/**
 * Frustration VADER has no words for. Each cue counts once, with a valence in VADER's units; matched on folded
 * text (lowercase, no accents). Written from what support teams see, in four languages; none alone is needed.
 */

/** How long it has taken: "it's been two weeks", "4 hours late", "waited 40 minutes". */
export const HOW_LONG =
  /\b(?:it'?s been|it has been|been|for|over|after|took|taking|waited|waiting|wait|late|delayed|now)\s+(?:over |more than |almost |nearly |about |like |another )?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|several|many|a few|few)\s*\+?\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\b|\b(?:\d+|two|three|four|five|six|several)\s*\+?\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?) (?:late|delay|delayed|wait|waiting|on hold|and (?:still|counting|nothing|no))\b/g;
export const FRUSTRATION_CUES: Array<[RegExp, number]> = [
  // Giving up on the company.
  [
    /\bnever (?:again|ever again)\b|\bnot? (?:ever )?again\b[.!]|\b(?:never|not|won'?t|will not|wont) (?:be )?(?:fly|flying|order|ordering|buy|buying|shop|shopping|book|booking|use|using|come back|coming back|recommend|recommending|deal|dealing|travel|travell?ing)\b(?: with| from| at)? (?:you|u|this|your|them|again)\b/g,
    -2.4,
  ],
  [/\b(?:done|finished|through) with (?:you|u|this|your|y'all|ya)\b|\bi'?m done\b|\bi give up\b|\bgiving up\b/g, -2.2],
  [
    /\b(?:last|final) time (?:i|we|i'll|i'm|ever)\b|\b(?:take|taking|took|bring|bringing|go|going|shop|shopping|spend|spending|fly|flying|book|booking)(?: (?:my|our))?(?: (?:business|money|custom))? elsewhere\b|\b(?:switch|switching|moving|going|go) to (?:a )?(?:another|different|competitor|your competitor|someone else)\b|\b(?:lost|losing) (?:a|another|me as a|my) (?:loyal )?customer\b|\bcancel(?:l?ing)? my (?:account|membership|subscription|card) (?:with you|because|for good)\b/g,
    -2.2,
  ],
  [/\bnunca mas\b|\bplus jamais\b|\bnie wieder\b|\bultima vez que\b|\bderniere fois que\b|\bletzte mal\b/g, -2.4],
  // Contacting again and again.
  [
    /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+(?:st|nd|rd|th)) (?:time|call|email|message|attempt)\b|\b(?:tercera|cuarta) vez\b|\b(?:troisieme|quatrieme) fois\b|\b(?:zweite|dritte|vierte)n? mal\b/g,
    -1.8,
  ],
  [
    /\b(?:called|call|emailed|email|messaged|contacted|asked|tried|written|wrote|chatted|dm'?d|tweeted)\b[^.!?]{0,25}\b(?:twice|(?:two|three|four|five|six|several|multiple|many|\d+) times|again and again|over and over|every day|multiple)\b/g,
    -1.8,
  ],
  [
    /\bhow many (?:more )?times\b|\b(?:yet )?again\?|\byet again\b|\bkeep (?:getting|telling|saying|asking|sending|being|calling|hanging)\b|\bagain and again\b|\bover and over\b|\botra vez\b|\bencore une fois\b|\bschon wieder\b/g,
    -1.5,
  ],
  // Waiting.
  [
    /\bstill (?:waiting|no\b|not\b|nothing|haven'?t|hasn'?t|don'?t|doesn'?t|can'?t|cannot|without|stuck|on hold)|\b(?:been )?waiting (?:for )?(?:over |more than |almost |nearly |about |like )?(?:\d+|an?|one|two|three|four|five|several|many|hours|days|weeks|forever|ages)\b|\bon hold\b|\b(?:hours|days|weeks|months) (?:later|and still|now|on end)\b|\bforever\b|\btodavia no\b|\bsigo esperando\b|\btoujours pas\b|\bj'attends\b|\bimmer noch (?:nicht|kein)|\bwarte (?:seit|immer)\b/g,
    -1.6,
  ],
  [
    /\b(?:no ?one|nobody|noone|no one)\b[^.!?]{0,15}\b(?:answer|answers|answering|respond|responds|responding|reply|replies|replying|help|helps|helping|cares|picks|pick|call|calls|calling|get back|got back|knows)\b|\bno (?:answer|answers|response|responses|reply|replies|update|updates|call ?back|word|help|info|information|explanation|communication|notification|notice|warning|compensation|apology|follow ?up)\b|\bnadie\b|\bpersonne ne\b|\bniemand\b/g,
    -1.6,
  ],
  [
    /\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|still not|havent|hasnt|didnt) (?:heard|got|gotten|received|arrived|came|showed|responded|replied|answered|called|bothered|fixed)\b/g,
    -0.5,
  ],
  [HOW_LONG, -1],
  // Something went wrong and someone did it: "my bag was lost", "you cancelled my order".
  [
    /\b(?:was|were|got|been|is|are|being|keeps? getting)\s+(?:\w+\s+)?(?:cancell?ed|delayed|lost|damaged|broken|overbooked|stranded|bumped|misplaced|ignored|overcharged|double charged|charged twice)\b|\b(?:you|they|u|y'all|you guys)(?:'ve| have)?\s+(?:\w+\s+)?(?:lost|broke|damaged|cancell?ed|delayed|ruined|ignored|forgot|messed up|screwed up|overcharged)\b/g,
    -0.6,
  ],
  // Expectations broken: "I was told", "you promised", "supposed to", "not even a reply", "the least you could do".
  [
    /\b(?:was|were) (?:told|promised|assured)\b|\bsupposed to\b|\byou (?:said|promised|told me|assured)\b|\bshould(?:n'?t| not)? have\b|\bshouldn'?t (?:have to|need to|be)\b|\bnot (?:even|once|a single|one)\b|\bthe least you\b|\bat least (?:acknowledge|respond|reply|answer|tell|let|apologi[sz]e)\b|\bme dijeron\b|\bon m'a dit\b|\bmir wurde gesagt\b/g,
    -1,
  ],
  [
    /\bleft (?:me|us) (?:stranded|waiting|hanging|on hold|without)\b|\bmissed (?:my|our|the) (?:connection|connecting|flight|delivery|appointment|wedding|meeting|event)\b/g,
    -1.2,
  ],
  [
    /\b(?:can'?t|cannot|couldn'?t|unable to) (?:get through|get anyone|reach|talk to|speak to|get a hold|get ahold|get an answer|get help)\b/g,
    -1.6,
  ],
  // Help that did not come, attempts that did not work.
  [
    /\b(?:didn'?t|did not|doesn'?t|does not|won'?t|will not|wouldn'?t|can'?t|cannot|couldn'?t|refuse[sd]? to|refusing to|unwilling to|never) help\b|\bno help\b|\bnot (?:very |at all )?help(?:ful|ing)\b|\bunhelpful\b|\bfor once\b/g,
    -1.4,
  ],
  [
    /\b(?:tried|trying|try|called|calling)\b[^.!?]{0,30}\b(?:\d+ ?x|\d+ times|several times|multiple times|many times|all day|all morning|all week)\b/g,
    -1.2,
  ],
  [
    /\b(?:site|website|app|system|page|phone line|lines?)s? (?:is|are|was|were|went|keeps? going|has been) down\b|\bcrash(?:ed|es|ing)\b|\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t|won'?t|stopped) work(?:ing)?\b|\bwon'?t let me\b/g,
    -0.6,
  ],
  // Exasperated questions and disbelief.
  [
    /\bseriously\b|\bare you (?:serious|kidding|joking)\b|\byou(?:'re| are) (?:kidding|joking)\b|\bunbelievable\b|\bcan'?t believe\b|\bwhat a joke\b|\bwhat is (?:wrong with|going on with) (?:you|this|your)\b|\bwtf\b|\bwth\b|\bwhat (?:happened to|is happening|is going on|'s going on|the hell|the heck)\b|\ben serio\b|\bc'est une blague\b|\bim ernst\b/g,
    -1.6,
  ],
  [
    /\bwhy (?:is it|does it|do i|do you|did you|can'?t|cant|won'?t|wont|don'?t|dont|doesn'?t|isn'?t|didn'?t|would|is no ?one|is nobody|are you|should i|must i|am i|have i|has no ?one)\b|\bhow (?:hard|difficult) (?:is it|can it be)\b|\bhow (?:is|was) (?:this|that|it) (?:possible|acceptable|ok|okay|fair|legal)\b|\bhow (?:come|dare)\b|\bwhat(?:'s| is) the point\b|\b(?:is|are) (?:anyone|anybody|someone) (?:there|listening|home|working)\b|\bpor que no\b|\bpourquoi (?:personne|pas|est-ce)\b|\bwarum (?:nicht|kann|muss|ist)\b/g,
    -1.2,
  ],
  [
    /\byou (?:people|guys|clowns)\b|\bshame on you\b|\bdo better\b|\bget (?:it|your act) together\b|\bget your act\b/g,
    -1.4,
  ],
  [
    /\bcustomer (?:dis)?service (?:is|was|sucks|has been)\b[^.!?]{0,20}\b(?:non-?existent|nonexistent|a joke|terrible|horrible|awful|useless|the worst)\b/g,
    -1,
  ],
];

export const NEGATED =
  /\b(?:not|no|never|nothing|nobody|cannot|\w+n't|(?:ca|do|wo|did|does|is|was|are|were|have|has|had|could|would|should)nt|pas|jamais|nunca|nadie|nicht|nie|kein\w*)\b/g;
export const WHY_STILL = /\b(?:why|still|porque|pourquoi|warum|todavia|toujours|immer noch)\b/;
export const SERVICE = /\bcustomer (?:service|care|support)\b|\bservice (?:client|al cliente)\b|\bkundenservice\b/;
export const WEAK = 0.35;
export const DURATION =
  /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|several|many)\s*\+?\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\b/;
export const WAITING = /\b(?:wait\w*|hold|delay\w*|late|line|queue|sitting|sat|stuck|still|since|tarmac|runway|gate)\b/;

/**
 * Sarcasm: praise that means the opposite. When one of these occurs, the praise VADER counted is read as blame.
 * "Thanks for nothing", "great, another delay", "love waiting on hold", "just great", "yeah right".
 */
export const SARCASM: RegExp =
  /\bthanks? (?:a lot |so much )?for nothing\b|\bthanks a lot\b[^.!?]{0,40}\b(?:not|never|no|nothing|again|delay|late|lost|cancel|wait|hold)|\bjust (?:great|perfect|wonderful|brilliant|fantastic|lovely|awesome)\b|\byeah,? right\b|\b(?:oh )?(?:great|wonderful|perfect|fantastic|brilliant|awesome|lovely|nice),? (?:another|more|yet|now|again|so|just)\b|\b(?:love|loving|enjoy|enjoying) (?:being|how|when|that|waiting|sitting|the wait|spending|having to|to wait|it when)\b|\bthanks for (?:the|making|ruining|wasting|losing|nothing|cancel|delay|leaving)\w*\b[^.!?]{0,30}\b(?:not|never|no|nothing|delay|cancel|lost|late|wait|hold|ruin|wast)|\bso (?:helpful|great|useful)\.{2,}|\bsaid no one\b|\/s\b|\bmerci pour rien\b|\bgracias por nada\b|\bdanke fur nichts\b/;
